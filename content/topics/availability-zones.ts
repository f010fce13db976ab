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
        { label: 'What it is', value: 'One or more discrete data centres with redundant power and networking', asks: ['definition', 'meaning', 'data center', 'data centre', 'data centers', 'data centres', 'how many data centers', 'single server', 'one server', 'made of'], no: ['single server', 'one server', 'a single server'] },
        { label: 'Isolation', value: 'Physically separated from the other AZs in the same Region', asks: ['isolated', 'isolation', 'separate', 'separated', 'physically separated', 'independent', 'power', 'flood', 'fire', 'disaster', 'failure', 'outage', 'same building'], yes: ['isolated', 'physically separated', 'separate', 'separated', 'independent', 'own power'], no: ['same building', 'same data center', 'same data centre', 'share power'] },
        { label: 'Links', value: 'High-bandwidth, low-latency private networking between AZs', asks: ['links', 'connected', 'connection', 'connections', 'network', 'networking', 'latency', 'low latency', 'bandwidth', 'replicate', 'replication', 'synchronous', 'between azs', 'fiber'], yes: ['low latency', 'low-latency', 'connected', 'synchronous replication', 'replicate synchronously', 'high bandwidth', 'private network'] },
        { label: 'Zonal resources', value: 'Subnets, instances and block storage volumes each sit in a single AZ', asks: ['subnet', 'subnets', 'ec2 instance', 'instance', 'instances', 'ebs', 'ebs volume', 'volume', 'volumes', 'zonal', 'span', 'spans', 'single az', 'lives in', 's3', 'dynamodb'], no: ['subnet span', 'subnets span', 'subnet spans', 'subnet across', 'instance span', 'ebs volume span', 'volume span', 'volume spans', 'subnet span multiple', 'subnet span multiple azs', 'subnet span multiple availability zones', 'subnets span multiple availability zones', 'subnet span several availability zones', 'subnet across multiple availability zones', 'instance span multiple availability zones', 'ebs volume span multiple availability zones'] },
        { label: 'Best practice', value: 'Run across at least two AZs for high availability', asks: ['best practice', 'how many azs should', 'high availability', 'highly available', 'multi-az', 'multiple azs', 'more than one az', 'at least two', 'production', 'resilient', 'resilience'], yes: ['multi-az', 'multiple azs', 'multiple availability zones', 'more than one az', 'at least two', 'high availability', 'highly available'] },
        { label: 'Per Region', value: 'Every Region has at least three Availability Zones', source: { url: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html', checked: '2026-11-30' }, asks: ['how many', 'how many azs', 'number of azs', 'per region', 'in a region', 'in each region', 'at least three', 'minimum', 'count'], yes: ['at least three', 'three or more', 'more than one', 'several azs'], no: ['only one', 'only one az', 'only two', 'just one'] },
        { label: 'Distance', value: 'Meaningfully apart, up to about 100 km (60 miles), yet close enough to replicate data synchronously', source: { url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/availability-zones.html', checked: '2026-11-30' }, asks: ['how far', 'how far apart', 'distance', 'apart', 'far apart', 'km', 'miles', 'kilometers', 'kilometres', 'close together', 'same city'] },
        { label: 'Cost', value: 'Nothing to pay for AZs themselves; data sent between AZs can be charged', asks: ['cost', 'costs', 'charge', 'charged', 'free', 'pay', 'data transfer', 'cross-az', 'inter-az', 'traffic between azs', 'data between azs'] },
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
      facts: [
        { label: 'Not the same as', value: 'An AZ is part of a Region, not a Region itself, and not an edge location: edge locations cache CloudFront content and do not run your EC2 instances', asks: ['region', 'regions', 'edge location', 'edge locations', 'local zone', 'local zones', 'same as', 'cloudfront', 'pop'], yes: ['part of a region', 'inside a region', 'within a region', 'in a region'], no: ['same as a region', 'same as region', 'same thing as a region', 'a region itself', 'edge location', 'edge locations', 'an edge location'] },
      ],
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
