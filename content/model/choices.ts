import type { ModelAreaInput } from './schema.js';

/**
 * The choices that several areas share: services, ways to run them, purchase options, parts of the
 * global infrastructure and cloud concepts. Areas add their own (tasks, statements) next to their frames.
 * Labels are the names the exam uses; `names` lists what would give a choice away in a stem when the
 * label's own words are too common to ban (a stem about API Gateway may still say "API").
 */
export const sharedChoices: ModelAreaInput = {
  choices: [
    // Compute
    { id: 'ec2', label: 'Amazon EC2', group: 'service', names: ['ec2', 'elastic compute cloud'], alternativeTo: ['lightsail', 'elastic-beanstalk', 'lambda'] },
    { id: 'lambda', label: 'AWS Lambda', group: 'service', names: ['lambda'], alternativeTo: ['fargate', 'ec2', 'batch'] },
    { id: 'fargate', label: 'AWS Fargate', group: 'service', names: ['fargate'], alternativeTo: ['lambda', 'ecs-on-ec2', 'app-runner'] },
    { id: 'batch', label: 'AWS Batch', group: 'service', names: ['batch'], runsOn: ['ec2', 'fargate'] },
    { id: 'lightsail', label: 'Amazon Lightsail', group: 'service', names: ['lightsail'], alternativeTo: ['ec2', 'elastic-beanstalk'] },
    { id: 'elastic-beanstalk', label: 'AWS Elastic Beanstalk', group: 'service', names: ['elastic beanstalk', 'beanstalk'], runsOn: ['ec2'], alternativeTo: ['lightsail', 'app-runner', 'ec2'] },
    { id: 'app-runner', label: 'AWS App Runner', group: 'service', names: ['app runner'], neverKey: true },
    { id: 'auto-scaling', label: 'Amazon EC2 Auto Scaling', group: 'service', names: ['auto scaling', 'autoscaling'], partOf: ['ec2'] },
    { id: 'elastic-load-balancing', label: 'Elastic Load Balancing', group: 'service', names: ['load balancing', 'load balancer', 'load balancers', 'elb'] },
    { id: 'outposts', label: 'AWS Outposts', group: 'service', names: ['outposts', 'outpost'], hosts: ['ec2', 'ecs', 'ecs-on-ec2', 'eks', 'elastic-load-balancing'] },
    // Containers
    { id: 'ecs', label: 'Amazon ECS', group: 'service', names: ['ecs', 'elastic container service'], runsOn: ['ec2', 'fargate'], alternativeTo: ['eks'] },
    { id: 'ecs-on-ec2', label: 'Amazon ECS on EC2 instances', group: 'service', topic: 'ecs', names: ['ecs'], runsOn: ['ec2'], partOf: ['ecs'] },
    { id: 'eks', label: 'Amazon EKS', group: 'service', names: ['eks', 'elastic kubernetes service'], runsOn: ['ec2', 'fargate'], alternativeTo: ['ecs'] },
    { id: 'ecr', label: 'Amazon ECR', group: 'service', names: ['ecr', 'elastic container registry'] },
    // Serverless and integration
    { id: 'api-gateway', label: 'Amazon API Gateway', group: 'service', names: ['api gateway', 'gateway'] },
    { id: 'eventbridge', label: 'Amazon EventBridge', group: 'service', names: ['eventbridge', 'event bridge'], alternativeTo: ['sns', 'sqs', 'step-functions'] },
    { id: 'step-functions', label: 'AWS Step Functions', group: 'service', names: ['step functions', 'step function'], alternativeTo: ['eventbridge', 'sqs'] },
    { id: 'sqs', label: 'Amazon SQS', group: 'service', names: ['sqs', 'simple queue service'], alternativeTo: ['sns', 'eventbridge'] },
    { id: 'sns', label: 'Amazon SNS', group: 'service', names: ['sns', 'simple notification service'], alternativeTo: ['sqs', 'eventbridge'] },
    { id: 'amplify', label: 'AWS Amplify', group: 'service', names: ['amplify'] },
    // Storage and data, as distractors and keys where a compute scenario needs them
    { id: 's3', label: 'Amazon S3', group: 'service', names: ['s3', 'simple storage service'] },
    { id: 'dynamodb', label: 'Amazon DynamoDB', group: 'service', names: ['dynamodb', 'dynamo'] },
    // Infrastructure as code and CI/CD
    { id: 'cloudformation', label: 'AWS CloudFormation', group: 'service', names: ['cloudformation', 'cloud formation'], alternativeTo: ['elastic-beanstalk', 'systems-manager'] },
    // The CDK turns code into CloudFormation templates and deploys them as stacks: it runs on CloudFormation.
    { id: 'cdk', label: 'AWS Cloud Development Kit (AWS CDK)', group: 'service', names: ['cdk', 'cloud development kit'], neverKey: true, runsOn: ['cloudformation'] },
    { id: 'codebuild', label: 'AWS CodeBuild', group: 'service', names: ['codebuild', 'code build'], alternativeTo: ['codepipeline', 'codedeploy'] },
    { id: 'codepipeline', label: 'AWS CodePipeline', group: 'service', names: ['codepipeline', 'code pipeline'], alternativeTo: ['codebuild', 'codedeploy'] },
    { id: 'codedeploy', label: 'AWS CodeDeploy', group: 'service', names: ['codedeploy', 'code deploy'], neverKey: true },
    { id: 'codecommit', label: 'AWS CodeCommit', group: 'service', names: ['codecommit', 'code commit'], neverKey: true },
    { id: 'codeartifact', label: 'AWS CodeArtifact', group: 'service', names: ['codeartifact', 'code artifact'], neverKey: true },
    { id: 'opsworks', label: 'AWS OpsWorks', group: 'service', names: ['opsworks'], neverKey: true },
    { id: 'cloud9', label: 'AWS Cloud9', group: 'service', names: ['cloud9'], neverKey: true },
    // Operations and security
    { id: 'systems-manager', label: 'AWS Systems Manager', group: 'service', names: ['systems manager', 'ssm'] },
    { id: 'ssm-session-manager', label: 'AWS Systems Manager Session Manager', group: 'service', names: ['session manager'], partOf: ['systems-manager'] },
    { id: 'ssm-run-command', label: 'AWS Systems Manager Run Command', group: 'service', names: ['run command'], partOf: ['systems-manager'] },
    { id: 'ssm-patch-manager', label: 'AWS Systems Manager Patch Manager', group: 'service', names: ['patch manager'], partOf: ['systems-manager'] },
    { id: 'ssm-parameter-store', label: 'AWS Systems Manager Parameter Store', group: 'service', names: ['parameter store'], partOf: ['systems-manager'], alternativeTo: ['secrets-manager'] },
    { id: 'secrets-manager', label: 'AWS Secrets Manager', group: 'service', names: ['secrets manager'], alternativeTo: ['ssm-parameter-store'] },

    // EC2 purchase options: all ways to pay for the same instances, so none is "part of" another.
    { id: 'on-demand', label: 'On-Demand Instances', group: 'purchase-option', topic: 'ec2-purchase-options', names: ['on-demand', 'on demand'], alternativeTo: ['reserved-instances', 'spot', 'compute-savings-plans'] },
    { id: 'reserved-instances', label: 'Reserved Instances', group: 'purchase-option', topic: 'ec2-purchase-options', names: ['reserved instances', 'reserved instance'], alternativeTo: ['compute-savings-plans', 'capacity-reservations'] },
    { id: 'compute-savings-plans', label: 'Compute Savings Plans', group: 'purchase-option', topic: 'ec2-purchase-options', names: ['savings plans', 'savings plan'], alternativeTo: ['reserved-instances'] },
    { id: 'spot', label: 'Spot Instances', group: 'purchase-option', topic: 'spot-instances', names: ['spot'], alternativeTo: ['on-demand'] },
    { id: 'dedicated-hosts', label: 'Dedicated Hosts', group: 'purchase-option', topic: 'ec2-purchase-options', names: ['dedicated hosts', 'dedicated host'], alternativeTo: ['dedicated-instances'] },
    { id: 'dedicated-instances', label: 'Dedicated Instances', group: 'purchase-option', topic: 'ec2-purchase-options', names: ['dedicated instances', 'dedicated instance'], alternativeTo: ['dedicated-hosts'] },
    { id: 'capacity-reservations', label: 'On-Demand Capacity Reservations', group: 'purchase-option', topic: 'ec2-purchase-options', names: ['capacity reservations', 'capacity reservation'] },

    // Global infrastructure
    { id: 'regions', label: 'AWS Regions', group: 'infrastructure', names: ['region', 'regions'] },
    { id: 'availability-zones', label: 'Availability Zones', group: 'infrastructure', names: ['availability zone', 'availability zones'] },
    { id: 'local-zones', label: 'AWS Local Zones', group: 'infrastructure', names: ['local zone', 'local zones'], alternativeTo: ['wavelength', 'outposts-infra'] },
    { id: 'wavelength', label: 'AWS Wavelength', group: 'infrastructure', names: ['wavelength'], alternativeTo: ['local-zones'] },
    { id: 'outposts-infra', label: 'AWS Outposts', group: 'infrastructure', topic: 'outposts', names: ['outposts', 'outpost'], hosts: ['ec2', 'ecs', 'eks'] },
    { id: 'edge-locations', label: 'Edge locations', group: 'infrastructure', topic: 'regions', names: ['edge location', 'edge locations'], neverKey: true },

    // Cloud concepts and benefits
    { id: 'elasticity', label: 'Elasticity', group: 'concept', topic: 'cloud-benefits', names: ['elasticity', 'elastic'], alternativeTo: ['scalability'] },
    { id: 'scalability', label: 'Scalability', group: 'concept', topic: 'cloud-benefits', names: ['scalability'], alternativeTo: ['elasticity'] },
    { id: 'high-availability', label: 'High availability', group: 'concept', topic: 'cloud-benefits', names: ['high availability', 'highly available'], alternativeTo: ['fault-tolerance'] },
    { id: 'fault-tolerance', label: 'Fault tolerance', group: 'concept', topic: 'cloud-benefits', names: ['fault tolerance', 'fault tolerant', 'fault-tolerant'], alternativeTo: ['high-availability'] },
    { id: 'agility', label: 'Agility', group: 'concept', topic: 'cloud-benefits', names: ['agility', 'agile'] },
    { id: 'economies-of-scale', label: 'Economies of scale', group: 'concept', topic: 'cloud-benefits', names: ['economies of scale', 'economy of scale'] },
    { id: 'pay-as-you-go', label: 'Pay-as-you-go pricing', group: 'concept', topic: 'cloud-benefits', names: ['pay-as-you-go', 'pay as you go'] },
    { id: 'serverless-computing', label: 'Serverless computing', group: 'concept', topic: 'serverless', names: ['serverless'] },
    { id: 'microservices-architecture', label: 'A microservices architecture', group: 'concept', topic: 'microservices', names: ['microservices', 'microservice'], alternativeTo: ['monolithic-architecture'] },
    { id: 'monolithic-architecture', label: 'A monolithic architecture', group: 'concept', topic: 'microservices', names: ['monolith', 'monolithic'], alternativeTo: ['microservices-architecture'] },
    { id: 'containers-concept', label: 'Containers', group: 'concept', topic: 'docker-vs-vm', names: ['container', 'containers'], alternativeTo: ['virtual-machines'] },
    { id: 'virtual-machines', label: 'Virtual machines', group: 'concept', topic: 'docker-vs-vm', names: ['virtual machine', 'virtual machines', 'vm', 'vms'], alternativeTo: ['containers-concept'] },
    { id: 'infrastructure-as-code', label: 'Infrastructure as code', group: 'concept', topic: 'cloudformation', names: ['infrastructure as code', 'iac'] },
  ],
};
