import type { TopicInput } from '../schema.js';

export const elasticBeanstalk: TopicInput = {
  id: 'elastic-beanstalk',
  name: 'AWS Elastic Beanstalk',
  aliases: ['elastic beanstalk', 'beanstalk', 'eb', 'aws beanstalk', 'elasticbeanstalk', 'elastic beanstock', 'elastic bean stalk', 'elastic beanstalck', 'beanstock'],
  keywords: ['paas', 'platform as a service', 'upload code', 'just deploy my code', 'web app', 'web application', 'worker environment', 'environment', 'eb cli', 'ebextensions', 'health dashboard', 'blue/green', 'rolling deployment', 'immutable deployment'],
  category: 'deployment-and-management',
  summary: 'A platform as a service for web apps: upload your code and Beanstalk builds and runs the environment (EC2, load balancer, Auto Scaling, health monitoring). Beanstalk is free; you pay for what it creates.',
  aspects: {
    overview: {
      text: 'Most web apps look alike: a load balancer, an Auto Scaling group of EC2 instances, maybe a database. Elastic Beanstalk builds that for you from your code. It takes care of instance setup and the OS, capacity, load balancing, scaling, deployments and health monitoring, so your job is the application. You can still see and adjust every piece it creates. Health: an agent on each instance reports to Beanstalk, which shows the environment\'s health and events and can publish health metrics to CloudWatch. Custom platforms (built with Packer) were retired in 2022.',
      facts: [
        { label: 'Model', value: 'Platform as a Service (PaaS): you bring code, Beanstalk builds and runs the environment', asks: ['paas', 'platform as a service', 'kind of service', 'type of service', 'upload code', 'just code', 'focus on code', 'what does it do', 'managed platform'], yes: ['paas', 'platform as a service', 'managed platform', 'upload code', 'upload my code', 'just upload code'], no: ['iaas', 'saas', 'infrastructure as code'] },
        { label: 'Uses', value: 'EC2, Auto Scaling, Elastic Load Balancing, CloudWatch; optionally a database; CloudFormation behind the scenes', source: { url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/Welcome.html', checked: '2026-11-30' }, asks: ['cloudformation', 'auto scaling', 'load balancer', 'elb', 'cloudwatch', 'ec2', 'what does it create', 'resources', 'components', 'under the hood', 'behind the scenes', 'database', 'rds'], yes: ['cloudformation', 'auto scaling', 'load balancer', 'load balancing', 'elb', 'ec2', 'cloudwatch', 'use cloudformation', 'use ec2', 'scale automatically', 'autoscaling', 'autoscale', 'auto scale'] },
        { label: 'Architectures', value: 'Single instance (dev); load balancer + Auto Scaling (production web apps); worker tier with Auto Scaling, fed by an SQS queue (background jobs)', asks: ['single instance', 'worker', 'worker tier', 'worker environment', 'web server', 'web server tier', 'architecture', 'environment types', 'tiers', 'tier', 'sqs', 'background jobs', 'queue'], yes: ['worker', 'worker tier', 'worker environment', 'background jobs', 'single instance', 'sqs', 'queue'] },
        { label: 'Platforms today', value: 'Docker, ECS-based Docker, Go, Java (Corretto), Tomcat, .NET on Linux, .NET on Windows/IIS, Node.js, PHP, Python, Ruby', asks: ['languages', 'language', 'platforms', 'platform', 'runtimes', 'python', 'java', 'node', 'nodejs', 'node.js', 'go', 'golang', 'php', 'ruby', '.net', 'c#', 'tomcat', 'docker', 'windows', 'iis'], yes: ['python', 'java', 'node', 'nodejs', 'node.js', 'go', 'golang', 'php', 'ruby', '.net', 'c#', 'tomcat', 'docker', 'docker containers', 'containers', 'windows', 'iis', 'corretto', 'linux'] },
        { label: 'Legacy platforms', value: 'Multi-container Docker and Preconfigured Docker', asks: ['multi-container docker', 'multicontainer docker', 'multi container', 'preconfigured docker', 'legacy platforms', 'old platforms', 'legacy', 'deprecated platforms'] },
        { label: 'Retired', value: 'Custom platforms and the Packer builder (2022)', source: { url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/custom-platforms.html', checked: '2026-11-30' }, asks: ['custom platform', 'custom platforms', 'packer', 'packer builder', 'retired', 'custom platform builder'], yes: ['custom platforms retired', 'custom platform retired', 'custom platforms deprecated', 'custom platforms gone', 'packer retired'], no: ['support custom platforms', 'use custom platforms', 'custom platforms supported', 'build custom platforms', 'custom platforms available', 'custom platforms still available', 'create a custom platform', 'use packer'] },
        { label: 'Health', value: 'Health agent on each instance -> Beanstalk health status and events; metrics can be published to CloudWatch', asks: ['health', 'monitoring', 'health checks', 'health check', 'health dashboard', 'metrics', 'health agent', 'enhanced health', 'health status', 'events'], yes: ['health monitoring', 'monitoring', 'health checks', 'health dashboard', 'metrics', 'monitor health'] },
        { label: 'Deployment policies', value: 'All at once, rolling, rolling with extra batch, immutable, traffic splitting; blue/green by swapping environment URLs', asks: ['deployment', 'deployments', 'deploy', 'deployment policies', 'deployment policy', 'rolling', 'rolling update', 'blue/green', 'blue green', 'blue-green', 'immutable', 'all at once', 'traffic splitting', 'canary', 'zero downtime', 'swap urls', 'swap environment urls'], yes: ['blue/green', 'blue green', 'blue-green', 'rolling', 'rolling deployments', 'rolling updates', 'immutable', 'immutable deployments', 'traffic splitting', 'canary', 'zero downtime', 'all at once'] },
        { label: 'Control', value: 'You keep full access to what it creates: you can see and adjust the EC2 instances, load balancer and other resources, and log in to the instances', asks: ['control', 'access', 'ssh', 'log in', 'customize', 'customise', 'modify', 'adjust', 'see the instances', 'underlying resources', 'full control'], yes: ['ssh', 'ssh into', 'access the instances', 'see the instances', 'log in to the instances', 'customize', 'customise', 'adjust', 'full control', 'control the instances', 'modify the instances'] },
      ],
    },
    pricing: {
      text: 'There is no charge for Elastic Beanstalk itself. You pay for the resources it creates for you: EC2 instances, load balancers, storage, and anything else in the environment, at their normal prices.',
      facts: [
        { label: 'Service charge', value: 'None', asks: ['free', 'service charge', 'extra charge', 'additional charge', 'fee', 'is it free', 'charge for beanstalk'], yes: ['free', 'free of charge', 'no charge', 'no extra charge', 'no additional charge', 'free to use'], no: ['extra fee', 'service fee', 'additional fee', 'charge for beanstalk itself'] },
        { label: 'You pay for', value: 'The EC2 instances, load balancer, storage and other resources in the environment', source: { url: 'https://aws.amazon.com/elasticbeanstalk/pricing/', checked: '2026-11-30' }, asks: ['what do i pay', 'pay for', 'underlying resources', 'resources cost', 'ec2 cost', 'load balancer cost', 'what costs money', 'billed for'], yes: ['pay for ec2', 'pay for the instances', 'pay for resources', 'pay for the load balancer', 'pay for the resources'] },
      ],
    },
    limits: {
      text: 'Beanstalk fits standard applications on its supported platforms. Anything unusual can still run in a Docker container on the Docker platform. It is AWS-only: it does not deploy onto your on-premises servers.',
      facts: [
        { label: 'Languages', value: 'Only the supported platforms, or anything packed in a Docker image', asks: ['unsupported language', 'other languages', 'any language', 'rust', 'elixir', 'custom language', 'unsupported', 'not supported'], yes: ['any language', 'any programming language', 'other languages in docker', 'unsupported languages in docker'] },
        { label: 'Where it runs', value: 'EC2 instances in your AWS account, which Beanstalk creates and manages', source: { url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/Welcome.html', checked: '2026-11-30' }, asks: ['where', 'on-premises', 'on premises', 'on-prem', 'instances', 'servers', 'hybrid', 'runs on', 'serverless', 'own servers', 'data center'], no: ['serverless', 'on-premises', 'on premises', 'on-prem', 'own servers', 'my servers', 'my own servers', 'hybrid', 'data center', 'my data center', 'other clouds'] },
        { label: 'Default quotas (per Region)', value: '75 applications, 1,000 application versions and 200 environments (adjustable)', source: { url: 'https://docs.aws.amazon.com/general/latest/gr/elasticbeanstalk.html', checked: '2026-11-30' }, asks: ['quota', 'quotas', 'how many applications', 'how many environments', 'max applications', 'max environments', 'application versions', 'environments limit', 'applications limit'] },
      ],
    },
    useCases: {
      text: 'Getting a standard web application or API online quickly without wiring the pieces yourself; giving every environment (dev, test, prod) the same known architecture; running background workers that read jobs from a queue in a worker environment.',
      facts: [
        { label: 'Dev', value: 'Single-instance environment', asks: ['dev', 'development', 'test environment', 'cheap environment', 'single instance', 'single-instance', 'lowest cost', 'testing'] },
        { label: 'Production web app', value: 'Load balancer + Auto Scaling group', asks: ['production', 'prod', 'high availability', 'highly available', 'scalable', 'production environment', 'web app', 'web application'] },
        { label: 'Background jobs', value: 'Worker environment reading from SQS', asks: ['background', 'background jobs', 'jobs', 'worker', 'worker environment', 'queue', 'sqs', 'async', 'asynchronous', 'batch processing'] },
      ],
    },
    examTips: {
      text: 'Keywords: PaaS, "developer just wants to upload code", "capacity, load balancing, scaling and health monitoring handled", "focus on the code". Beanstalk is free; you pay for the underlying resources. The developer is responsible only for the code. It is AWS-only (not hybrid). Infrastructure described in templates is CloudFormation, not Beanstalk.',
    },
    pickWhen: {
      text: 'Pick Elastic Beanstalk for a standard web app or worker when you want AWS to build and run the environment and you want to think only about your code.',
    },
    differences: {
      text: 'Versus CloudFormation: CloudFormation builds any infrastructure you describe but does not deploy code; Beanstalk builds one standard environment around your code. Versus EC2: on EC2 you set up and run everything yourself; Beanstalk does it on EC2 for you. Versus CodeDeploy: CodeDeploy pushes new versions onto servers you already have, including on-premises; Beanstalk deploys only into environments it created.',
    },
  },
  atAGlance: {
    whatItIs: 'Platform as a service: upload web-app code, Beanstalk runs it',
    youManage: 'Your application code (and optional settings)',
    billing: 'Beanstalk is free; pay for the EC2, load balancer and other resources',
    limits: 'Supported platforms or Docker; AWS only',
    pickWhen: 'Standard web apps and workers with deployment, scaling and health handled',
  },
  related: ['ec2', 'auto-scaling', 'elastic-load-balancing', 'cloudformation', 'codedeploy', 'three-tier-architecture', 'docker', 'lightsail'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'Platforms include Packer Builder, and you can write your own custom platform', correct: 'Custom platforms and the Packer builder were retired in 2022.' },
    { notesSay: 'Single Container Docker, Multi-Container Docker and Preconfigured Docker', correct: 'Today use the Docker platform or the ECS-based Docker platform; Multi-container and Preconfigured Docker are legacy.' },
    { notesSay: 'Platforms: Go, Java SE, Java with Tomcat, .NET on Windows Server with IIS, Node.js, PHP, Python, Ruby', correct: 'Current list: Docker, ECS-based Docker, Go, Java (Corretto), Tomcat, .NET on Linux, .NET on Windows/IIS, Node.js, PHP, Python, Ruby.' },
    { notesSay: 'ASG only: great for non-web apps (workers)', correct: 'This is the worker environment tier: an Auto Scaling group whose instances take their jobs from an Amazon SQS queue.' },
    { notesSay: 'Health agent pushes metrics to CloudWatch', correct: 'The health agent reports to Elastic Beanstalk (enhanced health); Beanstalk can then publish chosen health metrics to CloudWatch, as custom metrics.' },
  ],
};
