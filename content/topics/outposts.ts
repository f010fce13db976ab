import type { TopicInput } from '../schema.js';

const CHECKED = '2026-11-30';
const HOW_OUTPOSTS_WORKS = { url: 'https://docs.aws.amazon.com/outposts/latest/server-userguide/how-outposts-works.html', checked: CHECKED };
const OUTPOSTS_HA_WHITEPAPER = { url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-outposts-high-availability-design/aws-outposts-high-availability-design.html', checked: CHECKED };

export const outposts: TopicInput = {
  id: 'outposts',
  name: 'AWS Outposts',
  aliases: ['outpost', 'aws outposts', 'aws outpost', 'outposts rack', 'outposts racks', 'outposts servers', 'outposts server', 'out posts', 'outpots', 'outpsts'],
  keywords: ['on-premises', 'on premises', 'on-prem', 'own data center', 'own data centre', 'hybrid cloud', 'hybrid', 'data residency', 'local data processing', 'aws in my data center', 'low latency to on-premises', 'same apis on premises', 'factory'],
  category: 'global-infrastructure',
  summary: 'Outposts brings AWS hardware, services and APIs into your own data centre or site, for low latency to on-premises systems, local data processing and data that must stay on site.',
  aspects: {
    overview: {
      text: 'AWS delivers, installs and maintains the Outposts equipment in your building, and it works as an extension of an AWS Region: the same console, APIs and tools as in the cloud. It comes as Outposts racks or smaller Outposts servers. You extend a VPC to the Outpost by adding an Outpost subnet. The Outpost needs a steady connection back to its Region. You look after the site itself: space, power, network and physical security.',
      facts: [
        { label: 'What it is', value: 'AWS-managed infrastructure and services installed at your own site', asks: ['on-premises', 'on premises', 'on-prem', 'own data center', 'own data centre', 'my data center', 'my data centre', 'hybrid', 'hybrid cloud', 'in my building', 'same apis', 'aws hardware', 'local'], yes: ['on-premises', 'on premises', 'on-prem', 'own data center', 'own data centre', 'my data center', 'my data centre', 'hybrid', 'hybrid cloud', 'same apis', 'aws apis'] },
        { label: 'Form factors', value: 'Outposts racks and Outposts servers', asks: ['form factors', 'form factor', 'sizes', 'rack', 'racks', 'server', 'servers', 'types', 'options', 'small sites'], yes: ['rack', 'racks', 'server', 'servers', 'single server'] },
        { label: 'Region link', value: 'Homed to an Availability Zone of a Region; needs a constant connection to it', source: HOW_OUTPOSTS_WORKS, asks: ['region', 'parent region', 'connection', 'internet', 'offline', 'disconnected', 'connectivity', 'network link', 'service link', 'availability zone', 'air gapped', 'air-gapped'], yes: ['connection to the region', 'needs internet', 'need internet', 'internet connection', 'connected to aws', 'connection to aws'], no: ['offline', 'disconnected', 'air gapped', 'air-gapped', 'without internet', 'without a connection', 'standalone'] },
        { label: 'Networking', value: 'Extend a Region VPC to the Outpost with an Outpost subnet', source: HOW_OUTPOSTS_WORKS, asks: ['vpc', 'subnet', 'subnets', 'network', 'networking', 'extend vpc', 'extend a vpc', 'outpost subnet'], yes: ['vpc', 'extend a vpc', 'extend my vpc', 'subnet', 'subnets'] },
        { label: 'Made for', value: 'Low latency to on-premises systems, local data processing, data residency', source: OUTPOSTS_HA_WHITEPAPER, asks: ['why', 'purpose', 'latency', 'low latency', 'data residency', 'local processing', 'local data processing', 'data must stay', 'keep data on premises', 'regulation', 'regulator', 'compliance'], yes: ['low latency', 'data residency', 'local data processing', 'local processing', 'keep data on premises', 'keep data on site'] },
        { label: 'Customer keeps', value: 'The facility: power, network connection and physical security', asks: ['who is responsible', 'responsible', 'responsibility', 'what do i manage', 'power', 'space', 'physical security', 'facility', 'cooling', 'shared responsibility'] },
        { label: 'Hardware', value: 'AWS delivers, installs, monitors, maintains and replaces the Outposts hardware; you do not buy it or repair it yourself', asks: ['hardware', 'who maintains', 'maintenance', 'install', 'installation', 'who installs', 'repair', 'fully managed', 'managed', 'buy', 'own the hardware'], yes: ['fully managed', 'managed by aws', 'aws maintains', 'aws installs', 'installed by aws'], no: ['buy the hardware', 'buy hardware', 'own the hardware', 'maintain the hardware myself', 'hardware myself', 'repair it myself', 'myself', 'do i maintain', 'we maintain'] },
        { label: 'Services', value: 'EC2 and EBS, plus a subset of other services such as ECS, EKS, RDS and S3 on Outposts; not every AWS service runs on it', asks: ['services', 'which services', 'supported services', 'ec2', 'ebs', 'ecs', 'eks', 'rds', 's3', 'containers', 'kubernetes', 'database', 'storage', 'all services'], yes: ['ec2', 'ec2 instances', 'run ec2', 'ebs', 'ecs', 'eks', 'rds', 's3 on outposts', 'containers', 'kubernetes'], no: ['all services', 'every service', 'all aws services', 'every aws service'] },
        { label: 'Billing', value: 'Ordered for a term and paid all upfront, partly upfront or with no upfront payment; not billed by the hour like On-Demand EC2', source: { url: 'https://docs.aws.amazon.com/outposts/latest/APIReference/API_SubscriptionPricingDetails.html', checked: '2026-11-30' }, asks: ['price', 'prices', 'cost', 'pricing', 'billing', 'pay', 'how much', 'free', 'term', 'contract', 'commitment', 'upfront', 'pay as you go', 'monthly', 'hourly'], yes: ['term commitment', 'contract', 'need a commitment', 'require a commitment', 'requires a commitment'], no: ['free', 'pay as you go', 'pay-as-you-go', 'on-demand', 'per hour', 'hourly', 'without commitment', 'without a commitment'] },
      ],
    },
    useCases: {
      text: 'Factory or hospital systems that need millisecond responses from local equipment, data that law or policy says must stay on site, and applications being moved to AWS step by step while they still depend on local systems.',
    },
    examTips: {
      text: '"Run AWS services on premises", "hybrid cloud with the same AWS APIs and tools", "data must stay in our own data centre" -> Outposts. Low latency to users in a city -> Local Zones; to 5G mobile devices -> Wavelength.',
    },
    pickWhen: {
      text: 'Pick Outposts when some workloads must stay in your own facility but you want to run and manage them exactly as you do in AWS.',
    },
    differences: {
      text: 'Versus Local Zones and Wavelength: those are AWS-run sites; Outposts hardware sits in your building. Versus running your own servers: AWS owns, monitors and maintains the Outposts hardware and you use AWS APIs on it.',
    },
  },
  atAGlance: {
    whatItIs: 'AWS infrastructure and services in your own data centre',
    youManage: 'The site (space, power, network, physical security) and your workloads',
    billing: 'You pay for the Outposts capacity you order',
    limits: 'Only a subset of services; capacity is what you ordered; needs a link to the Region',
    pickWhen: 'Low latency to on-premises systems, local processing or data residency',
  },
  related: ['regions', 'availability-zones', 'local-zones', 'wavelength', 'ec2', 'ecs', 'eks', 'shared-responsibility'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
