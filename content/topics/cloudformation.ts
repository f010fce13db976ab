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
        { label: 'Model', value: 'Declarative infrastructure as code: you say what you want, CloudFormation decides how and in which order', asks: ['declarative', 'imperative', 'infrastructure as code', 'iac', 'how does it work', 'how it works', 'order', 'dependencies', 'desired state'], yes: ['declarative', 'infrastructure as code', 'iac'], no: ['imperative', 'procedural'] },
        { label: 'Template formats', value: 'JSON or YAML', asks: ['format', 'formats', 'json', 'yaml', 'yml', 'template format', 'language', 'languages', 'written in', 'syntax', 'file type'], yes: ['json', 'yaml', 'yml'], no: ['written in python', 'write in python', 'templates in python', 'written in typescript', 'in a programming language', 'programming language'] },
        { label: 'Stack', value: 'All the resources created from one template, managed (updated, deleted) together', asks: ['stack', 'stacks', 'update', 'delete', 'delete everything', 'as a unit', 'group', 'tear down', 'teardown'], yes: ['delete all resources', 'delete everything', 'as a unit', 'tear down', 'update resources'] },
        { label: 'Unsupported resources', value: 'Custom resources (often a Lambda function) fill the gaps', asks: ['custom resource', 'custom resources', 'unsupported', 'not supported', 'lambda-backed', 'any resource', 'all services', 'every service'], yes: ['custom resource', 'custom resources'] },
        { label: 'Visual editor', value: 'AWS Infrastructure Composer (replaced CloudFormation Designer)', asks: ['designer', 'visual', 'visual editor', 'diagram', 'diagrams', 'drag and drop', 'infrastructure composer', 'application composer', 'gui', 'visualize', 'visualise', 'draw'], yes: ['visual editor', 'diagram', 'diagrams', 'visualize', 'visualise', 'drag and drop'], no: ['cloudformation designer', 'stack designer', 'designer still', 'have a designer', 'still have designer', 'designer still exist'] },
        { label: 'Multi-account / multi-Region', value: 'StackSets deploy one template to many accounts and Regions', asks: ['stacksets', 'stackset', 'stack sets', 'multiple accounts', 'multiple regions', 'many accounts', 'many regions', 'multi-account', 'multi-region', 'cross-account', 'cross-region', 'organizations', 'regions', 'accounts'], yes: ['multiple accounts', 'multiple regions', 'many accounts', 'many regions', 'multi-account', 'multi-region', 'cross-account', 'cross-region', 'stacksets', 'several regions', 'different regions', 'other regions'] },
        { label: 'Safer updates', value: 'Change sets preview what an update will change; a failed update rolls back', asks: ['change set', 'change sets', 'changeset', 'changesets', 'preview', 'preview changes', 'rollback', 'roll back', 'rolls back', 'failed update', 'update fails', 'undo'], yes: ['rollback', 'roll back', 'rolls back', 'preview', 'preview changes', 'change sets', 'change set'] },
      ],
    },
    pricing: {
      text: 'CloudFormation itself costs nothing for AWS resource types: you pay only for the resources the stack creates. CloudFormation tags each resource it can tag with the stack name, so once you activate that tag as a cost allocation tag in the Billing console you can see what each stack costs. A classic saving: let a schedule delete the dev stack at 5 PM and recreate it from the same template at 8 AM, so nobody pays for idle dev resources overnight.',
      facts: [
        { label: 'Service charge', value: 'None for AWS resource types; you pay for what the stack creates', asks: ['cost', 'costs', 'price', 'how much', 'free', 'charge', 'fee', 'pay'], yes: ['free', 'free of charge', 'no extra charge', 'no additional charge', 'no extra cost', 'no additional cost'], no: ['extra charge', 'additional charge', 'extra cost', 'additional cost', 'cost extra', 'charge extra', 'extra fee', 'additional fee'] },
        { label: 'Third-party resource types', value: 'Small per-operation charge for registry extensions from outside AWS, after a monthly free allowance', asks: ['third-party', 'third party', 'registry', 'extensions', 'handler operations', 'hooks', 'non-aws'] },
        { label: 'Cost per stack', value: 'Resources get tags such as aws:cloudformation:stack-name; activate it as a cost allocation tag to report by stack', asks: ['cost per stack', 'stack cost', 'tags', 'tag', 'tagging', 'cost allocation', 'cost allocation tags', 'track costs', 'billing report', 'cost report'] },
        { label: 'Dev saving', value: 'Delete dev stacks in the evening and recreate them from the template in the morning', asks: ['save money', 'savings', 'dev environment', 'development environment', 'dev stack', 'night', 'overnight', 'evening', 'weekend', 'delete at night', 'idle'], yes: ['save money', 'delete at night'] },
      ],
    },
    limits: {
      text: 'The quotas are generous for exam purposes. Very large systems are split into nested stacks or several stacks that share outputs.',
      facts: [
        { label: 'Resources per template', value: '500', source: { url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html', checked: '2026-11-30' }, asks: ['resources per template', 'resources per stack', 'how many resources', 'max resources', 'maximum resources', 'limit', 'quota', 'quotas', 'max'], no: ['unlimited resources', 'thousands of resources'] },
        { label: 'Stacks per Region', value: 'A default quota per account and Region (adjustable through Service Quotas)', asks: ['stacks per region', 'how many stacks', 'number of stacks', 'max stacks', 'stack limit', 'service quotas'] },
        { label: 'Parameters / outputs', value: '200 each per template', source: { url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html', checked: '2026-11-30' }, asks: ['parameters', 'parameter', 'outputs', 'output', 'how many parameters', 'how many outputs', 'inputs'] },
        { label: 'Template size', value: '51,200 bytes sent directly; 1 MB when the template is read from S3', source: { url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html', checked: '2026-11-30' }, asks: ['template size', 'size', 'max size', 'file size', 'bytes', 'too big', 'large template', 'upload template', 'how big'] },
        { label: 'Scope', value: 'AWS resources only (plus registry extensions); it does not configure on-premises servers', asks: ['scope', 'aws only', 'on-premises', 'on premises', 'on-prem', 'hybrid', 'other clouds', 'azure', 'gcp', 'google cloud', 'multi-cloud', 'multicloud', 'terraform', 'configure servers'], no: ['on-premises', 'on premises', 'on-prem', 'hybrid', 'azure', 'gcp', 'google cloud', 'other clouds', 'multi-cloud', 'multicloud', 'configure servers'] },
      ],
    },
    useCases: {
      text: 'Recreating the same environment again and again: dev, test and prod copies, or the same setup in several Regions and accounts (StackSets). Disaster recovery, because you can rebuild a whole environment from its template. Tearing down and rebuilding short-lived environments to save money. Reviewing infrastructure changes like code, because the template lives in Git.',
      facts: [
        { label: 'Identical environments', value: 'One template -> dev, test and prod stacks', asks: ['environments', 'dev test prod', 'dev and prod', 'staging', 'copy', 'clone', 'replicate', 'same environment', 'identical', 'repeatable', 'reproduce', 'recreate', 'consistent'], yes: ['recreate', 'identical environments', 'replicate', 'repeatable', 'same environment', 'clone', 'copy', 'reproduce'] },
        { label: 'Many Regions and accounts', value: 'StackSets', asks: ['many regions', 'many accounts', 'regions and accounts', 'stacksets'] },
        { label: 'Ready-made templates', value: 'Reuse published templates and samples instead of starting from zero', asks: ['sample templates', 'samples', 'sample', 'ready-made', 'prebuilt', 'pre-built', 'starter', 'reuse templates', 'existing templates', 'quick start'], yes: ['sample templates', 'ready-made', 'reuse templates'] },
        { label: 'Disaster recovery', value: 'Rebuild a whole environment, in the same or another Region, from its template', asks: ['disaster recovery', 'dr', 'rebuild', 'recover', 'recovery', 'another region'], yes: ['disaster recovery', 'rebuild'] },
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
      facts: [
        { label: 'App code', value: 'CloudFormation creates the infrastructure; putting your application code onto servers is the job of Elastic Beanstalk, CodeDeploy or a pipeline', asks: ['application code', 'app code', 'my code', 'deploy code', 'deploy my app', 'deploy application', 'upload code', 'beanstalk', 'elastic beanstalk'] },
      ],
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
