import type { TopicInput } from '../schema.js';

export const cdk: TopicInput = {
  id: 'cdk',
  name: 'AWS Cloud Development Kit (CDK)',
  aliases: ['cdk', 'aws cdk', 'cloud development kit', 'aws cloud development kit', 'cdk v2', 'aws-cdk-lib', 'cloud developement kit', 'cloud devlopment kit'],
  keywords: ['infrastructure in typescript', 'infrastructure in python', 'programming language infrastructure', 'constructs', 'cdk synth', 'cdk deploy', 'synthesize', 'infrastructure and application code together', 'loops and classes'],
  category: 'infrastructure-as-code',
  summary: 'Define AWS infrastructure in a programming language such as TypeScript or Python; the CDK turns your code into CloudFormation templates and deploys them.',
  aspects: {
    overview: {
      text: 'With the CDK you describe infrastructure in a language you already know, with loops, functions and classes. Running `cdk synth` turns (synthesises) the code into a CloudFormation template, and `cdk deploy` hands it to CloudFormation. Because it is ordinary code, the infrastructure can live in the same project as the application: handy for Lambda functions and for containers on ECS or EKS. Building blocks are called constructs; high-level ones, such as a load-balanced Fargate service, create a whole pattern in a few lines.',
      facts: [
        { label: 'Languages', value: 'TypeScript, JavaScript, Python, Java, C# (.NET) and Go', asks: ['languages', 'language', 'programming language', 'programming languages', 'typescript', 'javascript', 'python', 'java', 'c#', '.net', 'dotnet', 'go', 'golang', 'ruby', 'php', 'rust', 'kotlin', 'write in'], yes: ['typescript', 'javascript', 'python', 'java', 'c#', '.net', 'dotnet', 'go', 'golang', 'go language', 'programming language', 'programming languages'], no: ['ruby', 'php', 'rust'] },
        { label: 'Output', value: 'CloudFormation templates (JSON/YAML), deployed as CloudFormation stacks', asks: ['output', 'generates', 'generate', 'cloudformation', 'template', 'templates', 'synth', 'synthesize', 'synthesise', 'json', 'yaml', 'under the hood', 'stack', 'stacks', 'how does it work'], yes: ['use cloudformation', 'uses cloudformation', 'generate cloudformation', 'generates cloudformation', 'deploy through cloudformation', 'based on cloudformation', 'built on cloudformation', 'json', 'yaml', 'templates'], no: ['replace cloudformation', 'replaces cloudformation', 'without cloudformation'] },
        { label: 'Building blocks', value: 'Constructs: low-level (one resource) up to patterns (many resources)', asks: ['constructs', 'construct', 'building blocks', 'patterns', 'pattern', 'l1', 'l2', 'l3', 'components', 'reusable', 'reuse', 'share', 'library', 'libraries'], yes: ['reusable', 'reuse', 'share', 'patterns', 'constructs'] },
        { label: 'Current version', value: 'CDK v2, one library (aws-cdk-lib); CDK v1 reached end of support on 1 June 2023', source: { url: 'https://aws.amazon.com/blogs/devops/cdk-v1-end-of-support/', checked: '2026-11-30' }, asks: ['version', 'versions', 'v1', 'v2', 'cdk v1', 'cdk v2', 'aws-cdk-lib', 'end of support', 'deprecated', 'core.stack', 'latest version', 'still supported'], no: ['v1 still supported', 'v1 supported', 'still use v1', 'v1 still'] },
        { label: 'Main commands', value: 'cdk synth (make the template), cdk deploy, cdk diff, cdk destroy', asks: ['commands', 'command', 'cli', 'cdk synth', 'synth', 'cdk deploy', 'deploy', 'cdk diff', 'diff', 'cdk destroy', 'destroy', 'delete', 'how to deploy', 'bootstrap'], yes: ['preview changes', 'diff', 'destroy', 'delete'] },
        { label: 'Category', value: 'Infrastructure as code (IaC), written in a general-purpose programming language instead of a template file', asks: ['infrastructure as code', 'iac', 'category', 'kind of service', 'type of service'], yes: ['infrastructure as code', 'iac'] },
      ],
    },
    pricing: {
      text: 'The CDK is a free, open-source tool. You pay only for the AWS resources your stacks create, just as with CloudFormation.',
      facts: [
        { label: 'Tool', value: 'Free and open source', asks: ['cost', 'costs', 'price', 'how much', 'free', 'open source', 'open-source', 'license', 'licence'], yes: ['open source', 'open-source', 'free tool', 'free to use', 'free', 'free of charge', 'no extra charge', 'no additional charge'], no: ['extra charge', 'additional charge', 'extra cost', 'additional cost', 'cost extra', 'charge extra', 'extra fee', 'additional fee'] },
        { label: 'You pay for', value: 'The resources the generated stacks create', asks: ['pay for', 'what do i pay', 'resources cost', 'billing', 'bill', 'free', 'cost'] },
      ],
    },
    limits: {
      text: 'Because the CDK deploys through CloudFormation, CloudFormation\'s limits (such as 500 resources per stack) and its AWS-only scope apply.',
      facts: [
        { label: 'Inherited limits', value: 'Those of CloudFormation, e.g. 500 resources per stack', source: { url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html', checked: '2026-11-30' }, asks: ['limit', 'quota', 'quotas', 'resources per stack', 'how many resources', 'max resources', 'maximum resources', 'stack size', 'max'] },
        { label: 'Scope', value: 'AWS resources, like CloudFormation', asks: ['scope', 'aws only', 'other clouds', 'azure', 'gcp', 'google cloud', 'multi-cloud', 'multicloud', 'on-premises', 'on premises', 'terraform', 'third party'], no: ['azure', 'gcp', 'google cloud', 'other clouds', 'multi-cloud', 'multicloud', 'multiple clouds', 'on-premises', 'on premises'] },
      ],
    },
    useCases: {
      text: 'Teams that prefer code to long YAML files; apps whose infrastructure and code ship together (a Lambda function with its API, a container service with its load balancer); reusable company patterns packaged as constructs and shared like any library.',
    },
    examTips: {
      text: 'The CDK is not listed in the CLF-C02 exam guide, but it is easy to recognise: "define infrastructure in a programming language" or "in TypeScript or Python" means CDK, and the result is a CloudFormation template. Plain JSON/YAML templates mean CloudFormation.',
    },
    pickWhen: {
      text: 'Pick the CDK when you want infrastructure as code in a real programming language, especially when the infrastructure sits next to the application code.',
    },
    differences: {
      text: 'Versus CloudFormation: same engine underneath. With CloudFormation you write the declarative template yourself; with the CDK you write code that generates it. Versus Elastic Beanstalk: the CDK describes any infrastructure; Beanstalk builds one standard environment around your app code.',
    },
  },
  atAGlance: {
    whatItIs: 'Infrastructure as code in TypeScript, Python, Java, C#, Go or JavaScript',
    youManage: 'Your CDK code; CloudFormation creates the resources from what it generates',
    billing: 'Free tool; pay for the resources created',
    limits: 'CloudFormation\'s limits and AWS-only scope apply',
    pickWhen: 'IaC with loops and classes, next to your application code',
  },
  related: ['cloudformation', 'lambda', 'ecs', 'eks', 'fargate', 'elastic-beanstalk'],
  examDomain: 'technology-and-services',
  examScope: 'not-listed',
  lifecycle: {
    status: 'available',
    history: [
      { date: '2023-06-01', event: 'CDK v1 reached end of support; CDK v2 (aws-cdk-lib) is the version to use', source: { url: 'https://aws.amazon.com/blogs/devops/cdk-v1-end-of-support/', checked: '2026-11-30' } },
    ],
  },
  corrections: [
    { notesSay: 'Languages: JavaScript/TypeScript, Python, Java and .NET', correct: 'Today: TypeScript, JavaScript, Python, Java, C# (.NET) and Go.' },
    { notesSay: 'CDK example using core.Stack and core.App', correct: 'That is CDK v1 style, which ended on 1 June 2023. In v2 everything comes from one package, aws-cdk-lib (Stack, App, and modules such as aws_ecs).' },
  ],
};
