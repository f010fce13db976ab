import type { TopicInput } from '../schema.js';

export const outposts: TopicInput = {
  id: 'outposts',
  name: 'AWS Outposts',
  aliases: ['outpost', 'aws outposts', 'aws outpost', 'outposts rack', 'outposts servers', 'out posts', 'outpots', 'outpsts'],
  keywords: ['on-premises', 'on premises', 'own data center', 'own data centre', 'hybrid cloud', 'hybrid', 'data residency', 'local data processing', 'aws in my data center', 'low latency to on-premises'],
  category: 'global-infrastructure',
  summary: 'Outposts brings AWS hardware, services and APIs into your own data centre or site, for low latency to on-premises systems, local data processing and data that must stay on site.',
  aspects: {
    overview: {
      text: 'AWS delivers, installs and maintains the Outposts equipment in your building, and it is run as part of an AWS Region: you use the same console, APIs and tools as in the cloud. It suits workloads that must stay close to on-premises systems, that process data locally, or that must keep data in a place with no Region. You remain responsible for the site: power, network and physical security.',
      facts: [
        { label: 'What it is', value: 'AWS-managed infrastructure installed at your own site' },
        { label: 'Form factors', value: 'Outposts racks and Outposts servers' },
        { label: 'Managed by', value: 'AWS, as an extension of a Region, with the same APIs and tools' },
        { label: 'Customer keeps', value: 'The facility: power, network connection and physical security' },
      ],
    },
    examTips: {
      text: '"Run AWS services on premises", "hybrid cloud with the same APIs", "data must stay in our data centre" -> Outposts. Low latency to city users -> Local Zones; to 5G devices -> Wavelength.',
    },
  },
  atAGlance: {
    whatItIs: 'AWS infrastructure and services in your own data centre',
    youManage: 'The site (power, network, physical security) and your workloads',
    billing: 'A term commitment for the Outposts capacity',
    limits: 'Only a subset of services; capacity is what you ordered',
    pickWhen: 'Low latency to on-premises systems, local processing or data residency',
  },
  related: ['regions', 'local-zones', 'wavelength', 'ec2', 'ecs', 'eks'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
