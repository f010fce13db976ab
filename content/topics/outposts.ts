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
        { label: 'What it is', value: 'AWS-managed infrastructure and services installed at your own site' },
        { label: 'Form factors', value: 'Outposts racks and Outposts servers' },
        { label: 'Region link', value: 'Homed to an Availability Zone of a Region; needs a constant connection to it', source: HOW_OUTPOSTS_WORKS },
        { label: 'Networking', value: 'Extend a Region VPC to the Outpost with an Outpost subnet', source: HOW_OUTPOSTS_WORKS },
        { label: 'Made for', value: 'Low latency to on-premises systems, local data processing, data residency', source: OUTPOSTS_HA_WHITEPAPER },
        { label: 'Customer keeps', value: 'The facility: power, network connection and physical security' },
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
