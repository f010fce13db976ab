import type { ComparisonInput } from '../schema.js';

export const deploymentComparisons: ComparisonInput[] = [
  {
    a: 'elastic-beanstalk',
    b: 'cloudformation',
    keyDifference: 'Elastic Beanstalk takes your application code and builds a standard environment to run it; CloudFormation builds whatever AWS infrastructure your template describes, but does not deploy code.',
    chooseA: 'Choose Elastic Beanstalk when you have a standard web app or worker and just want to upload the code, with scaling, load balancing and health handled.',
    chooseB: 'Choose CloudFormation when you want any set of AWS resources described in a JSON or YAML template and rebuilt identically across environments, Regions and accounts.',
    rows: [
      { label: 'You provide', a: 'Application code (zip, or a Docker image)', b: 'A template describing the resources' },
      { label: 'Model', a: 'Platform as a service (PaaS)', b: 'Infrastructure as code' },
      { label: 'What it can build', a: 'One known architecture: instance(s), load balancer, Auto Scaling', b: 'Almost any AWS resource, plus custom resources' },
      { label: 'Price of the service', a: 'Free; pay for the resources', b: 'Free for AWS resources; pay for the resources' },
    ],
  },
  {
    a: 'cloudformation',
    b: 'cdk',
    keyDifference: 'Same engine: with CloudFormation you write the declarative JSON or YAML template yourself; with the CDK you write code in a programming language that generates that template.',
    chooseA: 'Choose CloudFormation when you want plain declarative templates that anyone can read without knowing a programming language.',
    chooseB: 'Choose the CDK when you want loops, functions and classes in TypeScript, Python, Java, C#, Go or JavaScript, next to your application code.',
    rows: [
      { label: 'You write', a: 'JSON or YAML templates', b: 'TypeScript, JavaScript, Python, Java, C# or Go' },
      { label: 'Deploys through', a: 'CloudFormation itself', b: 'CloudFormation (cdk synth makes the template)' },
      { label: 'On CLF-C02', a: 'In scope', b: 'Not listed' },
    ],
  },
  {
    a: 'codebuild',
    b: 'codedeploy',
    keyDifference: 'CodeBuild turns source code into a tested package; CodeDeploy installs that package onto EC2, on-premises servers, Lambda or ECS.',
    chooseA: 'Choose CodeBuild to compile code and run tests in the cloud without keeping build servers.',
    chooseB: 'Choose CodeDeploy to roll out new application versions automatically to servers you already run (AWS or on-premises), or to Lambda and ECS.',
    rows: [
      { label: 'Stage', a: 'Build and test', b: 'Deploy' },
      { label: 'Runs on', a: 'Serverless build containers managed by AWS', b: 'Your targets; servers need the CodeDeploy agent' },
      { label: 'Billing', a: 'Per build minute', b: 'Free for EC2, Lambda, ECS; $0.02 per on-premises update' },
      { label: 'On CLF-C02', a: 'In scope', b: 'Out of scope' },
    ],
  },
  {
    a: 'codedeploy',
    b: 'codepipeline',
    keyDifference: 'CodeDeploy is one step, the deployment; CodePipeline orchestrates every step from source to build, test and deploy, and calls CodeDeploy (or Beanstalk, CloudFormation, ECS) for the deploy.',
    chooseA: 'Choose CodeDeploy when you need the deployment itself: in-place or blue/green releases to EC2, on-premises, Lambda or ECS.',
    chooseB: 'Choose CodePipeline when you want each change to flow automatically through all the release stages: CI/CD.',
    rows: [
      { label: 'Role', a: 'Deploys application versions', b: 'Orchestrates the whole release pipeline' },
      { label: 'Works with', a: 'EC2, on-premises servers, Lambda, ECS', b: 'CodeCommit, GitHub, CodeBuild, CodeDeploy, Beanstalk, CloudFormation' },
      { label: 'Billing', a: 'Free except $0.02 per on-premises update', b: 'V1 $1 per pipeline a month; V2 per action minute' },
      { label: 'On CLF-C02', a: 'Out of scope', b: 'In scope' },
    ],
  },
  {
    a: 'opsworks',
    b: 'systems-manager',
    keyDifference: 'OpsWorks was managed Chef and Puppet and reached end of life in May 2024; Systems Manager is AWS\'s current, hybrid tool for patching, running commands and configuring servers.',
    chooseA: 'Do not choose OpsWorks today: it is retired. Teams that must keep Chef or Puppet now run it themselves.',
    chooseB: 'Choose Systems Manager to patch, run commands on, configure and reach EC2 and on-premises servers at scale.',
    rows: [
      { label: 'Status', a: 'Retired (end of life May 2024)', b: 'Available' },
      { label: 'How it configures', a: 'Chef recipes or Puppet manifests', b: 'SSM Agent with documents, Run Command, State Manager' },
      { label: 'Hybrid', a: 'Yes (EC2 and on-premises)', b: 'Yes (EC2 and on-premises)' },
      { label: 'On CLF-C02', a: 'Not listed', b: 'In scope' },
    ],
  },
  {
    a: 'elastic-beanstalk',
    b: 'ec2',
    keyDifference: 'EC2 gives you virtual servers to set up and run yourself; Elastic Beanstalk creates and manages EC2 instances (plus load balancer and Auto Scaling) for your code.',
    chooseA: 'Choose Elastic Beanstalk when you want your web app running on AWS without setting up the servers, scaling and deployments yourself.',
    chooseB: 'Choose EC2 when you need full control of the operating system, the software installed and the instance setup.',
    rows: [
      { label: 'You manage', a: 'Your application code', b: 'OS, software, patching, scaling and deployments' },
      { label: 'Model', a: 'Platform as a service (PaaS)', b: 'Infrastructure as a service (IaaS)' },
      { label: 'Billing', a: 'Beanstalk free; pay for the EC2 and other resources', b: 'Per second or hour of each running instance' },
    ],
  },
];
