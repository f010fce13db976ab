import type { TopicInput } from '../schema.js';

export const cloudformation: TopicInput = {
  id: 'cloudformation',
  name: 'AWS CloudFormation',
  aliases: ['cloudformation', 'cfn', 'cloud formation', 'aws cfn', 'cloudformaton', 'cloudfromation', 'cloud formaton', 'cloudformation stack'],
  keywords: ['infrastructure as code', 'iac', 'template', 'templates', 'stack', 'stacks', 'yaml template', 'json template', 'stacksets', 'change set', 'custom resource', 'recreate environment', 'repeat across regions', 'infrastructure composer', 'delete dev environment at night'],
  category: 'infrastructure-as-code',
  summary: 'Describe your AWS resources in a JSON or YAML template and CloudFormation creates, updates and deletes them for you, in the right order, as one stack.',
  aspects: {
    overview: {
      text: 'CloudFormation is AWS\'s own infrastructure as code service. You write a template that simply declares what you want (say, a security group, two EC2 instances using it, an S3 bucket and a load balancer in front), and CloudFormation works out the order and builds exactly that. Everything created from one template is a stack, so you can update or delete it as a unit. Almost every AWS resource type is supported; for anything else you can write a custom resource, usually backed by a Lambda function. To see a template as a diagram, use Infrastructure Composer, which replaced the old CloudFormation Designer.',
      facts: [
        { label: 'Model', value: 'Declarative infrastructure as code: you say what you want, CloudFormation decides how and in which order' },
        { label: 'Template formats', value: 'JSON or YAML' },
        { label: 'Stack', value: 'All the resources created from one template, managed (updated, deleted) together' },
        { label: 'Unsupported resources', value: 'Custom resources (often a Lambda function) fill the gaps' },
        { label: 'Visual editor', value: 'AWS Infrastructure Composer (replaced CloudFormation Designer)' },
        { label: 'Multi-account / multi-Region', value: 'StackSets deploy one template to many accounts and Regions' },
        { label: 'Safer updates', value: 'Change sets preview what an update will change; a failed update rolls back' },
      ],
    },
    pricing: {
      text: 'CloudFormation itself costs nothing for AWS resource types: you pay only for the resources the stack creates. CloudFormation tags each resource it can tag with the stack name, so once you activate that tag as a cost allocation tag in the Billing console you can see what each stack costs. A classic saving: let a schedule delete the dev stack at 5 PM and recreate it from the same template at 8 AM, so nobody pays for idle dev resources overnight.',
      facts: [
        { label: 'Service charge', value: 'None for AWS resource types; you pay for what the stack creates' },
        { label: 'Third-party resource types', value: 'Small per-operation charge for registry extensions from outside AWS, after a monthly free allowance' },
        { label: 'Cost per stack', value: 'Resources get tags such as aws:cloudformation:stack-name; activate it as a cost allocation tag to report by stack' },
        { label: 'Dev saving', value: 'Delete dev stacks in the evening and recreate them from the template in the morning' },
      ],
    },
    limits: {
      text: 'The quotas are generous for exam purposes. Very large systems are split into nested stacks or several stacks that share outputs.',
      facts: [
        { label: 'Resources per template', value: '500', source: { url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html', checked: '2026-11-30' } },
        { label: 'Stacks per Region', value: 'A default quota per account and Region (adjustable through Service Quotas)' },
        { label: 'Parameters / outputs', value: '200 each per template', source: { url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html', checked: '2026-11-30' } },
        { label: 'Template size', value: '51,200 bytes sent directly; 1 MB when the template is read from S3', source: { url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html', checked: '2026-11-30' } },
        { label: 'Scope', value: 'AWS resources only (plus registry extensions); it does not configure on-premises servers' },
      ],
    },
    useCases: {
      text: 'Recreating the same environment again and again: dev, test and prod copies, or the same setup in several Regions and accounts (StackSets). Disaster recovery, because you can rebuild a whole environment from its template. Tearing down and rebuilding short-lived environments to save money. Reviewing infrastructure changes like code, because the template lives in Git.',
      facts: [
        { label: 'Identical environments', value: 'One template -> dev, test and prod stacks' },
        { label: 'Many Regions and accounts', value: 'StackSets' },
        { label: 'Ready-made templates', value: 'Reuse published templates and samples instead of starting from zero' },
      ],
    },
    examTips: {
      text: 'Keywords: infrastructure as code, template, stack, JSON/YAML, "repeat across Regions and accounts", "recreate the environment". CloudFormation is AWS-only (not hybrid). If the question says "in a programming language such as Python or TypeScript", the answer is the CDK, which produces CloudFormation templates. If it says "just upload my code", the answer is Elastic Beanstalk, not CloudFormation.',
    },
    pickWhen: {
      text: 'Pick CloudFormation when you want any set of AWS resources described in a file, created in the right order and rebuilt identically whenever you need them.',
    },
    differences: {
      text: 'Versus Elastic Beanstalk: Beanstalk takes your code and builds a standard web-app environment for you (it uses CloudFormation behind the scenes); CloudFormation builds whatever infrastructure you describe, but does not deploy your app code. Versus CDK: the CDK lets you write the same thing in a programming language and turns it into a CloudFormation template. Versus Systems Manager: CloudFormation creates resources; Systems Manager operates servers (patching, commands).',
    },
  },
  atAGlance: {
    whatItIs: 'Infrastructure as code: JSON/YAML templates become stacks of AWS resources',
    youManage: 'The template; CloudFormation creates, updates and deletes the resources',
    billing: 'Free for AWS resources; pay for what the stack creates',
    limits: '500 resources per template; AWS resources only',
    pickWhen: 'Repeatable, reviewable infrastructure across environments, Regions and accounts',
  },
  related: ['cdk', 'elastic-beanstalk', 'systems-manager', 'codepipeline', 'ec2', 's3', 'elastic-load-balancing', 'lambda'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'CloudFormation Stack Designer draws diagrams of your templates', correct: 'The visual designer is now AWS Infrastructure Composer, which replaced CloudFormation Designer.' },
    { notesSay: 'In dev, automate the deletion of templates at 5 PM and recreate them at 8 AM', correct: 'It is the stacks (the resources) that you delete and recreate; the template stays and is used to rebuild them.', aspect: 'pricing' },
    { notesSay: 'Each resource is tagged so you can easily see how much a stack costs', correct: 'The stack tags are added automatically, but they appear in cost reports only after you activate them as cost allocation tags in Billing.', aspect: 'pricing' },
  ],
};
