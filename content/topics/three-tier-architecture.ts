import type { TopicInput } from '../schema.js';

export const threeTierArchitecture: TopicInput = {
  id: 'three-tier-architecture',
  name: 'Three-tier web architecture',
  aliases: [
    '3-tier', '3 tier', 'three tier', 'three-tier', '3-tier architecture', '3 tier architecture', 'three tier architecture',
    'three tier web app', 'three-tier web app', '3-tier web app', 'web app 3-tier', 'n-tier', 'multi-tier architecture',
    'three teir', '3 teir', 'thre tier',
  ],
  keywords: ['web tier', 'application tier', 'data tier', 'presentation tier', 'typical web app', 'highly available web app', 'alb asg rds', 'session data', 'elasticache', 'rds', 'multi-az', 'public and private subnets'],
  category: 'architecture',
  summary: 'The classic AWS web app: a load balancer in front, EC2 instances in an Auto Scaling group across several Availability Zones in the middle, and RDS plus ElastiCache as the data tier.',
  aspects: {
    overview: {
      text: 'The app is split into three layers that scale and fail separately. The web (presentation) tier is the entry point: users reach an Elastic Load Balancer, usually through a Route 53 domain, placed in public subnets. The application tier runs the code on EC2 instances in an Auto Scaling group spread over at least two Availability Zones, in private subnets, so servers are added when load grows and replaced when they fail. The data tier keeps state out of the servers: Amazon RDS for the relational data (with a Multi-AZ standby) and Amazon ElastiCache for session data and cached query results. Security groups chain the tiers: only the load balancer may reach the instances, only the instances may reach the databases.',
      facts: [
        { label: 'Web tier', value: 'Route 53 -> Elastic Load Balancer (public subnets, several AZs)', source: { url: 'https://docs.aws.amazon.com/whitepapers/latest/web-application-hosting-best-practices/an-aws-cloud-architecture-for-web-hosting.html', checked: '2026-11-30' }, asks: ['web tier', 'presentation tier', 'front end', 'frontend', 'entry point', 'load balancer', 'elb', 'alb', 'route 53', 'dns', 'public subnet', 'public subnets', 'first tier'], yes: ['load balancer', 'elb', 'alb', 'elastic load balancer', 'application load balancer', 'route 53'] },
        { label: 'Application tier', value: 'EC2 instances in an Auto Scaling group across 2+ AZs (private subnets)', source: { url: 'https://docs.aws.amazon.com/whitepapers/latest/web-application-hosting-best-practices/an-aws-cloud-architecture-for-web-hosting.html', checked: '2026-11-30' }, asks: ['application tier', 'app tier', 'logic tier', 'business logic', 'middle tier', 'ec2', 'auto scaling', 'auto scaling group', 'asg', 'private subnet', 'private subnets', 'app servers', 'application servers'], yes: ['ec2', 'auto scaling', 'auto scaling group', 'asg', 'multiple availability zones', 'multiple azs', 'multi-az', 'two availability zones'] },
        { label: 'Data tier', value: 'Amazon RDS (read/write data, Multi-AZ) + Amazon ElastiCache (sessions, cache)', asks: ['data tier', 'database tier', 'database', 'databases', 'rds', 'elasticache', 'cache', 'caching', 'session data', 'sessions', 'session state', 'redis', 'memcached', 'third tier', 'storage', 'aurora'], yes: ['rds', 'elasticache', 'database', 'a database', 'cache', 'caching', 'redis', 'session data', 'sessions', 'relational database', 'multi-az database'] },
        { label: 'Security', value: 'Security groups allow each tier to be reached only by the tier in front of it', asks: ['security', 'security groups', 'security group', 'firewall', 'who can reach', 'access between tiers', 'network', 'nacl', 'subnets'], yes: ['security groups', 'security group', 'chained security groups'] },
        { label: 'Why it works', value: 'Stateless app servers can be added, removed or replaced freely', asks: ['stateless', 'state', 'why', 'benefits', 'advantages', 'highly available', 'high availability', 'scalable', 'scalability', 'elastic', 'fault tolerant', 'replace servers', 'sticky sessions'], yes: ['stateless', 'highly available', 'high availability', 'scalable', 'elastic', 'fault tolerant', 'fault-tolerant', 'survive an az failure'], no: ['single point of failure', 'store sessions on the server', 'sessions on the instance', 'state on the server'] },
      ],
    },
    pricing: {
      text: 'There is no price for the pattern itself: you pay for each part, the load balancer per hour and capacity unit, the EC2 instances while they run (fewer at quiet times thanks to Auto Scaling), and the RDS and ElastiCache nodes. Elastic Beanstalk can build the whole stack and is itself free.',
      facts: [
        { label: 'Cost', value: 'No charge for the pattern itself; you pay for each part: the load balancer, the EC2 instances, and the RDS and ElastiCache nodes', asks: ['cost', 'price', 'pricing', 'how much', 'free', 'billing', 'pay', 'expensive', 'cheap'], yes: ['pay for each component', 'pay per component'], no: ['free'] },
      ],
    },
    useCases: {
      text: 'Most traditional web applications: online shops, content sites, business apps and APIs that need to stay up when an Availability Zone fails and to grow with traffic. The course\'s deployment section shows it as the typical web app that Elastic Beanstalk (load balancer + Auto Scaling group + optional RDS) or a CloudFormation template can create in one go.',
      facts: [
        { label: 'Build it with', value: 'Elastic Beanstalk (load balancer, Auto Scaling group, optional RDS) or a CloudFormation template can create the whole stack', asks: ['elastic beanstalk', 'beanstalk', 'cloudformation', 'template', 'deploy', 'deployment', 'build', 'create', 'automate', 'infrastructure as code', 'how to build', 'set up'], yes: ['elastic beanstalk', 'beanstalk', 'cloudformation', 'template', 'automate', 'infrastructure as code'] },
      ],
    },
    examTips: {
      text: 'Highly available, elastic web app -> ELB + Auto Scaling group across multiple Availability Zones. Relational database with automatic failover -> RDS Multi-AZ. Store session data or cache frequent queries -> ElastiCache (or DynamoDB for sessions). "Deploy this standard architecture from code without managing it" -> Elastic Beanstalk; "describe it as a template" -> CloudFormation.',
    },
    pickWhen: {
      text: 'Use the three-tier pattern for a classic server-based web application that must survive the loss of a server or an Availability Zone and scale with demand. For spiky traffic with no servers at all, consider the serverless version instead (S3 or CloudFront, API Gateway, Lambda, DynamoDB).',
    },
    differences: {
      text: 'Versus a single server: one EC2 instance with the database on it is cheap but fails and saturates as one; three tiers remove that single point of failure. Versus microservices: tiers split the app by layer, microservices split it by business function, and each microservice can have tiers of its own. Versus serverless: the same three roles (front door, logic, data) filled by API Gateway, Lambda and DynamoDB.',
      facts: [
        { label: 'Servers or serverless', value: 'The classic version is server-based (EC2 instances you patch and scale); the same three roles can be filled serverlessly by API Gateway, Lambda and DynamoDB', asks: ['serverless', 'servers', 'lambda', 'api gateway', 'dynamodb', 'patch', 'patching', 'manage servers', 'without servers', 'serverless version'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'ELB -> EC2 in an Auto Scaling group across AZs -> RDS + ElastiCache',
    youManage: 'Instances, scaling policies, databases and the links between tiers',
    billing: 'Pay for each component: ELB, EC2 instances, RDS and ElastiCache nodes',
    limits: 'Servers to patch; scaling in whole instances; more parts than one server',
    pickWhen: 'A highly available, elastic, server-based web application',
  },
  related: ['elastic-load-balancing', 'auto-scaling', 'ec2', 'elastic-beanstalk', 'cloudformation', 'microservices', 'serverless', 'dynamodb'],
  examDomain: 'technology-and-services',
  examScope: 'concept',
  lifecycle: { status: 'available' },
  corrections: [],
};
