import type { TopicInput } from '../schema.js';

export const availabilityZones: TopicInput = {
  id: 'availability-zones',
  name: 'Availability Zones',
  aliases: ['availability zone', 'az', 'azs', 'aws availability zones', 'multi-az', 'multi az', 'availabilty zone', 'availibility zone', 'avalability zone'],
  keywords: ['data center', 'data centre', 'data centers', 'isolated locations', 'high availability', 'redundancy', 'failover', 'multiple azs', 'low latency links'],
  category: 'global-infrastructure',
  summary: 'An Availability Zone is one or more separate data centres inside a Region, with its own power and networking. AZs are linked by fast, low-latency connections, so you spread an app across several AZs for high availability.',
  aspects: {
    overview: {
      text: 'Each Region is split into several Availability Zones. An AZ is one or more discrete data centres with redundant power, networking and connectivity, set apart from the other AZs so that a fire, flood or power cut in one should not hit the others. AZs in a Region are connected by high-bandwidth, low-latency private links, fast enough to replicate data between them synchronously.',
      facts: [
        { label: 'What it is', value: 'One or more discrete data centres with redundant power and networking' },
        { label: 'Isolation', value: 'Physically separated from other AZs in the same Region' },
        { label: 'Links', value: 'High-bandwidth, low-latency networking between AZs in a Region' },
        { label: 'Best practice', value: 'Run across at least two AZs for high availability' },
      ],
    },
    examTips: {
      text: '"Highly available" in an answer usually means "deploy across multiple Availability Zones" (for example an Auto Scaling group and a load balancer over several AZs). Multiple Regions is for disaster recovery or global users, not the usual high-availability answer.',
    },
  },
  atAGlance: {
    whatItIs: 'Isolated data centre groups within a Region',
    youManage: 'Spreading resources over several AZs',
    billing: 'No charge for AZs; data transfer between AZs can cost',
    limits: 'An AZ can fail; one AZ alone is not highly available',
    pickWhen: 'Designing for high availability inside a Region',
  },
  related: ['regions', 'local-zones', 'auto-scaling', 'elastic-load-balancing', 'cloud-benefits', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
