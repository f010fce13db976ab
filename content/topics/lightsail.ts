import type { TopicInput } from '../schema.js';

export const lightsail: TopicInput = {
  id: 'lightsail',
  name: 'Amazon Lightsail',
  aliases: ['aws lightsail', 'light sail', 'lightsail instance', 'lightsail vps', 'lightsial', 'lighsail', 'litesail', 'lightsale'],
  keywords: ['vps', 'virtual private server', 'wordpress', 'wordpress site', 'lamp', 'simple website', 'site', 'blog', 'predictable price', 'low cost', 'fixed monthly price', 'monthly price', 'fixed price', 'little cloud experience', 'beginner', 'beginners', 'get started quickly', 'blueprint', 'bundle'],
  category: 'compute',
  summary: 'The simple, low-cost way to get a server, website or small app on AWS: bundles of server, storage and data transfer at a fixed monthly price, made for people with little cloud experience. No auto scaling.',
  aspects: {
    overview: {
      text: 'Lightsail packages the pieces a small website needs into one easy console with its own simple pricing. You pick a blueprint (an OS alone, or an app such as WordPress or a LAMP stack already installed) and a plan size, and a few clicks later you have a running virtual private server with a static IP, firewall, SSD storage and a data-transfer allowance. Around the servers it offers the usual needs of a small site in the same simplified style, so you never have to wire up EC2, RDS, ELB, EBS and Route 53 yourself. When a site outgrows it, you can export snapshots to EC2 and connect to other AWS services through VPC peering.',
      facts: [
        { label: 'Instances', value: 'Virtual private servers, Linux or Windows, in fixed plan sizes' },
        { label: 'Blueprints', value: 'OS only, or apps ready to run: WordPress, LAMP, Node.js, Nginx and more' },
        { label: 'Also in Lightsail', value: 'Managed MySQL/PostgreSQL databases, container services, object storage buckets, block storage' },
        { label: 'Networking', value: 'Load balancers with free TLS certificates, CDN distributions, DNS zones, static IPs' },
        { label: 'Operations', value: 'Manual and automatic snapshots, metrics, alarms and notifications' },
        { label: 'Way out', value: 'Export snapshots to EC2; VPC peering to reach other AWS services', source: { url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_ExportSnapshot.html', checked: '2026-11-30' } },
      ],
    },
    pricing: {
      text: 'Each plan is one flat monthly price that already includes the server, its SSD storage and a data-transfer allowance, so the bill is easy to predict. Usage is billed by the hour up to that monthly cap, and a server is charged until you delete it, even while it is stopped. Only traffic beyond the allowance costs extra. Selected plans come with a free trial. Figures are US prices.',
      facts: [
        { label: 'Linux servers', value: 'From about $5 per month with a public IPv4 address ($3.50 IPv6-only)', source: { url: 'https://aws.amazon.com/lightsail/pricing/', checked: '2026-11-30' } },
        { label: 'Windows servers', value: 'From about $9.50 per month', source: { url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-frequently-asked-questions-faq-billing-and-account-management.html', checked: '2026-11-30' } },
        { label: 'Managed databases', value: 'A fixed monthly plan of their own, billed on top of the server' },
        { label: 'Load balancer', value: 'A fixed monthly price of its own' },
        { label: 'Billing rule', value: 'Hourly up to the plan\'s monthly price; charged while stopped, until deleted' },
      ],
    },
    limits: {
      text: 'Simplicity has a price: there is no auto scaling, so you add servers and a load balancer by hand, plan sizes are fixed, and integration with the rest of AWS is limited. High availability is possible (a load balancer across several instances, a high-availability database plan), but it is up to you to build it.',
      facts: [
        { label: 'Auto scaling', value: 'None' },
        { label: 'Sizes', value: 'Fixed bundles only; no choice of EC2 instance types', source: { url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-bundles.html', checked: '2026-11-30' } },
        { label: 'AWS integration', value: 'Limited; VPC peering and snapshot export to EC2', source: { url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_PeerVpc.html', checked: '2026-11-30' } },
      ],
    },
    useCases: {
      text: 'A WordPress blog or small business website, a simple web app on a LAMP, Nginx or Node.js stack, a development or test server, or a first project for someone learning the cloud.',
    },
    examTips: {
      text: 'Lightsail is the answer only when the question stresses little or no cloud experience, getting started quickly, a simple website or app, and a low, predictable monthly price. In every other question (auto scaling, deep AWS integration, enterprise architecture) it is usually a distractor.',
    },
    pickWhen: {
      text: 'Pick Lightsail for a simple site or app when the people running it are not cloud experts and want one predictable monthly bill. Pick EC2 and friends as soon as you need auto scaling, specific instance types or the wider AWS toolbox.',
    },
    differences: {
      text: 'Versus EC2: EC2 offers hundreds of instance types, auto scaling, full networking control and per-second pricing, but you assemble and pay for each piece (disk, IP, traffic) separately; Lightsail bundles them into a fixed monthly plan with far fewer choices. Versus Elastic Beanstalk: Beanstalk deploys your code onto EC2 with load balancing and auto scaling built in; Lightsail gives you a simple server that you look after yourself.',
    },
  },
  atAGlance: {
    whatItIs: 'Simple virtual servers, databases and networking in fixed bundles',
    youManage: 'Your server (updates, apps) through a simplified console',
    billing: 'Fixed monthly plans from about $5 (Linux), billed hourly up to the cap',
    limits: 'No auto scaling; fixed sizes; limited AWS integrations',
    pickWhen: 'Beginners who want a simple site quickly at a predictable price',
  },
  related: ['ec2', 'elastic-beanstalk', 'elastic-load-balancing', 'auto-scaling', 'containers'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'Lightsail offers virtual servers, storage, databases and networking', correct: 'Still true, and today it also has container services, object storage buckets, a CDN, DNS zones, load balancers with free certificates and automatic snapshots.' },
  ],
};
