import type { TopicInput } from '../schema.js';

export const availabilityZones: TopicInput = {
  id: 'availability-zones',
  name: 'Availability Zones',
  aliases: ['availability zone', 'az', 'azs', 'aws availability zones', 'multi-az', 'multi az', 'multiple availability zones', 'availabilty zone', 'availibility zone', 'avalability zone'],
  keywords: ['data center', 'data centre', 'data centers', 'isolated locations', 'high availability', 'redundancy', 'failover', 'multiple azs', 'low latency links', 'fault isolation', 'synchronous replication'],
  category: 'global-infrastructure',
  summary: 'An Availability Zone is one or more separate data centres inside a Region, with its own power and networking. AZs are linked by fast, low-latency connections, so you spread an app across several AZs for high availability.',
  aspects: {
    overview: {
      text: 'Each Region is split into several Availability Zones. An AZ is one or more discrete data centres with redundant power, networking and connectivity, physically separated from the other AZs so that a fire, flood or power cut in one should not hit the others. AZs in a Region are joined by high-bandwidth, low-latency private links, fast enough to replicate data between them synchronously. Subnets, EC2 instances and EBS volumes live in one AZ; services such as S3 and DynamoDB spread data across AZs for you.',
      facts: [
        { label: 'What it is', value: 'One or more discrete data centres with redundant power and networking' },
        { label: 'Isolation', value: 'Physically separated from the other AZs in the same Region' },
        { label: 'Links', value: 'High-bandwidth, low-latency private networking between AZs' },
        { label: 'Zonal resources', value: 'Subnets, instances and block storage volumes each sit in a single AZ' },
        { label: 'Best practice', value: 'Run across at least two AZs for high availability' },
      ],
    },
    useCases: {
      text: 'An Auto Scaling group across several AZs behind a load balancer keeps a web app up if one AZ fails. A database with a standby copy in a second AZ fails over automatically.',
    },
    examTips: {
      text: '"Highly available" in an answer usually means "deploy across multiple Availability Zones", for example an Auto Scaling group and a load balancer spanning several AZs. Multiple Regions is for disaster recovery or global users. An AZ is not a single server and not an edge location.',
    },
    pickWhen: {
      text: 'Use more than one AZ for anything in production that must survive the loss of a data centre.',
    },
    differences: {
      text: 'AZ versus Region: an AZ is a part of a Region. AZ versus Local Zone: a Local Zone sits in a city outside the main Region and offers fewer services. AZ versus edge location: edge locations cache content for CloudFront; they do not run your EC2 instances.',
    },
  },
  atAGlance: {
    whatItIs: 'Isolated groups of data centres within a Region',
    youManage: 'Spreading resources over several AZs',
    billing: 'No charge for AZs themselves; data sent between AZs can be charged',
    limits: 'An AZ can fail; one AZ alone is not highly available',
    pickWhen: 'Designing for high availability inside a Region',
  },
  related: ['regions', 'local-zones', 'auto-scaling', 'elastic-load-balancing', 'cloud-benefits', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
