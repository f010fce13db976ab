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
        { label: 'Instances', value: 'Virtual private servers, Linux or Windows, in fixed plan sizes', asks: ['linux', 'windows', 'vps', 'virtual private server', 'server', 'servers', 'instance', 'instances', 'os', 'operating system', 'plans'], yes: ['windows', 'linux', 'vps', 'virtual private server', 'windows server', 'a server', 'virtual server'], no: ['serverless'] },
        { label: 'Blueprints', value: 'OS only, or apps ready to run: WordPress, LAMP, Node.js, Nginx and more', asks: ['blueprint', 'blueprints', 'wordpress', 'lamp', 'lamp stack', 'node.js', 'nodejs', 'nginx', 'apps', 'preinstalled', 'pre-installed', 'one click', 'ready to run', 'templates', 'application stack'], yes: ['wordpress', 'lamp', 'lamp stack', 'nginx', 'node.js', 'nodejs', 'node', 'preinstalled apps', 'one click', 'blueprints'] },
        { label: 'Also in Lightsail', value: 'Managed MySQL/PostgreSQL databases, container services, object storage buckets, block storage', asks: ['database', 'databases', 'managed database', 'mysql', 'postgresql', 'postgres', 'containers', 'container', 'container service', 'docker', 'object storage', 'bucket', 'buckets', 'block storage', 'disk', 'disks', 'storage'], yes: ['database', 'databases', 'managed database', 'managed databases', 'mysql', 'postgresql', 'postgres', 'containers', 'container', 'docker', 'container service', 'object storage', 'buckets', 'block storage'] },
        { label: 'Networking', value: 'Load balancers with free TLS certificates, CDN distributions, DNS zones, static IPs', asks: ['load balancer', 'load balancers', 'tls', 'ssl', 'https', 'certificate', 'certificates', 'cdn', 'distribution', 'dns', 'static ip', 'static ips', 'domain', 'domains', 'networking'], yes: ['load balancer', 'load balancers', 'load balancing', 'ssl', 'tls', 'https', 'free certificate', 'free certificates', 'cdn', 'dns', 'static ip', 'static ips', 'custom domain'] },
        { label: 'Operations', value: 'Manual and automatic snapshots, metrics, alarms and notifications', asks: ['snapshot', 'snapshots', 'backup', 'backups', 'metrics', 'alarms', 'alarm', 'monitoring', 'notifications', 'automatic snapshots'], yes: ['snapshots', 'automatic snapshots', 'backups', 'backup', 'alarms', 'monitoring', 'metrics', 'notifications'] },
        { label: 'Way out', value: 'Export snapshots to EC2; VPC peering to reach other AWS services', source: { url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_ExportSnapshot.html', checked: '2026-11-30' }, asks: ['migrate', 'migration', 'move to ec2', 'export', 'upgrade', 'outgrow', 'vpc peering', 'connect to aws', 'ec2', 'grow'], yes: ['move to ec2', 'export to ec2', 'migrate to ec2', 'upgrade to ec2', 'to ec2', 'vpc peering', 'connect to other aws services', 'export snapshots'] },
        { label: 'Made for', value: 'People with little cloud experience who want a simple site or app running quickly at a predictable monthly price', asks: ['beginners', 'beginner', 'for beginners', 'simple', 'easy', 'easy to use', 'novice', 'little experience', 'no experience', 'small business', 'who is it for', 'target audience', 'newbies'], yes: ['beginners', 'beginner', 'for beginners', 'simple', 'easy', 'easy to use', 'novice', 'newbies', 'little experience', 'no experience', 'small business', 'small businesses'], no: ['enterprise', 'enterprises', 'large enterprise', 'complex architectures', 'enterprise workloads'] },
      ],
    },
    pricing: {
      text: 'Each plan is one flat monthly price that already includes the server, its SSD storage and a data-transfer allowance, so the bill is easy to predict. Usage is billed by the hour up to that monthly cap, and a server is charged until you delete it, even while it is stopped. Only traffic beyond the allowance costs extra. Selected plans come with a free trial. Figures are US prices.',
      facts: [
        { label: 'Linux servers', value: 'From about $5 per month with a public IPv4 address ($3.50 IPv6-only)', source: { url: 'https://aws.amazon.com/lightsail/pricing/', checked: '2026-11-30' }, asks: ['price', 'cost', 'monthly', 'per month', 'cheapest', 'linux price', 'how much', 'starting price', 'lowest price', 'ipv6', 'ipv6-only'], yes: ['fixed price', 'fixed monthly price', 'predictable', 'predictable price', 'cheap', 'low cost', 'monthly price', 'flat price', 'flat rate'] },
        { label: 'Windows servers', value: 'From about $9.50 per month', source: { url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-frequently-asked-questions-faq-billing-and-account-management.html', checked: '2026-11-30' }, asks: ['windows price', 'windows cost', 'windows plan', 'windows plans', 'windows server price'] },
        { label: 'Managed databases', value: 'A fixed monthly plan of their own, billed on top of the server', asks: ['database cost', 'database price', 'db price', 'db cost', 'database plan'] },
        { label: 'Load balancer', value: 'A fixed monthly price of its own', asks: ['load balancer cost', 'load balancer price', 'lb price', 'lb cost', 'load balancer plan'] },
        { label: 'Billing rule', value: 'Hourly up to the plan\'s monthly price; charged while stopped, until deleted', asks: ['stopped', 'stop', 'charged while stopped', 'hourly', 'billing', 'delete', 'cap', 'billed', 'billed hourly', 'monthly cap'], yes: ['charged while stopped', 'billed while stopped', 'pay while stopped', 'charged when stopped', 'billed when stopped', 'hourly', 'billed hourly'], no: ['free when stopped', 'free while stopped', 'no charge when stopped', 'stop paying when stopped'] },
        { label: 'Free trial', value: 'Selected plans come with a free trial', asks: ['free trial', 'trial', 'free', 'is it free', 'free tier', 'try for free'], yes: ['free trial', 'a free trial', 'trial', 'try for free', 'free tier'] },
      ],
    },
    limits: {
      text: 'Simplicity has a price: there is no auto scaling, so you add servers and a load balancer by hand, plan sizes are fixed, and integration with the rest of AWS is limited. High availability is possible (a load balancer across several instances, a high-availability database plan), but it is up to you to build it.',
      facts: [
        { label: 'Auto scaling', value: 'None', asks: ['auto scaling', 'autoscaling', 'auto scale', 'autoscale', 'scale automatically', 'scaling', 'scale', 'elastic', 'elasticity', 'traffic spikes'], no: ['auto scaling', 'autoscaling', 'auto scale', 'autoscale', 'scale automatically', 'scales automatically', 'automatic scaling', 'elastic', 'elasticity', 'auto scaling groups'] },
        { label: 'Sizes', value: 'Fixed bundles only; no choice of EC2 instance types', source: { url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-bundles.html', checked: '2026-11-30' }, asks: ['sizes', 'size', 'instance types', 'instance type', 'plans', 'plan sizes', 'bundles', 'bundle', 'customize', 'custom size', 'resize'], no: ['instance types', 'choose instance type', 'choose the instance type', 'pick instance type', 'custom sizes', 'custom size', 'any instance type', 'choose an instance type'] },
        { label: 'AWS integration', value: 'Limited; VPC peering and snapshot export to EC2', source: { url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_PeerVpc.html', checked: '2026-11-30' }, asks: ['integration', 'integrate', 'integrations', 'other aws services', 'vpc', 'vpc peering', 'connect', 'aws services'] },
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
