import type { TopicInput } from '../schema.js';

export const regions: TopicInput = {
  id: 'regions',
  name: 'AWS Regions',
  aliases: ['region', 'aws region', 'regions', 'aws regions', 'choosing a region', 'how to choose a region', 'regoin', 'reigon', 'regon'],
  keywords: ['data residency', 'data sovereignty', 'compliance', 'latency', 'geographic area', 'us-east-1', 'eu-west-1', 'service availability', 'price by region', 'which region'],
  category: 'global-infrastructure',
  summary: 'A Region is a separate geographic area of AWS, made of several isolated Availability Zones. You choose a Region by compliance and data residency, latency to users, which services it offers, and price.',
  aspects: {
    overview: {
      text: 'Each Region is independent of the others, and your data does not leave a Region unless you move it. Every Region has several Availability Zones. Most services are regional: you pick a Region, and the resources live there. Some services are global, such as IAM and CloudFront.',
      facts: [
        { label: 'What it is', value: 'A physical location in the world with several isolated Availability Zones' },
        { label: 'Isolation', value: 'Regions are independent; data stays in the Region unless you copy it out' },
        { label: 'Choose by', value: 'Compliance and data residency, latency to users, services available, price' },
      ],
    },
    examTips: {
      text: 'The four factors for choosing a Region: compliance (laws may require data to stay in a country), proximity to users (latency), available services (new services are not in every Region), and pricing (it differs by Region). Law or data residency comes first.',
    },
  },
  atAGlance: {
    whatItIs: 'A separate geographic area of AWS with several Availability Zones',
    youManage: 'Which Region or Regions to deploy in',
    billing: 'Prices differ by Region; data transfer between Regions costs extra',
    limits: 'Not every service is in every Region',
    pickWhen: 'Placing workloads for compliance, latency, services and price',
  },
  related: ['availability-zones', 'local-zones', 'wavelength', 'outposts', 'cloud-benefits'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
