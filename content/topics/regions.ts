import type { TopicInput } from '../schema.js';

export const regions: TopicInput = {
  id: 'regions',
  name: 'AWS Regions',
  aliases: ['region', 'aws region', 'regions', 'aws regions', 'choosing a region', 'how to choose a region', 'choose a region', 'regoin', 'reigon', 'regon', 'regionn'],
  keywords: ['data residency', 'data sovereignty', 'compliance', 'latency', 'geographic area', 'us-east-1', 'eu-west-1', 'service availability', 'price by region', 'which region', 'gdpr', 'global service', 'regional service', 'disaster recovery'],
  category: 'global-infrastructure',
  summary: 'A Region is a separate geographic area of AWS, made of several isolated Availability Zones. Choose a Region by compliance and data residency, latency to users, which services it offers, and price.',
  aspects: {
    overview: {
      text: 'Each Region is independent of the others, and your data stays in the Region you chose unless you copy it out. Every Region contains several Availability Zones. Most services are regional: you pick a Region and the resources live there. A few are global, such as IAM and CloudFront. Not every service or instance type is in every Region, and prices differ from Region to Region.',
      facts: [
        { label: 'What it is', value: 'A physical location in the world with several isolated Availability Zones' },
        { label: 'Isolation', value: 'Regions are independent; a failure in one should not affect others' },
        { label: 'Data', value: 'Stays in the Region unless you replicate or move it' },
        { label: 'Choose by', value: 'Compliance and data residency, latency to users, services available, price' },
        { label: 'Global services', value: 'For example IAM and CloudFront are not tied to one Region' },
      ],
    },
    pricing: {
      text: 'The same resource can cost more in one Region than in another, and moving data between Regions is charged. Price is the last of the four choice factors: it matters only after the law, the users and the needed services are covered.',
    },
    useCases: {
      text: 'Keep European customer data in an EU Region to meet data protection rules; serve Asian users from a Region in Asia for lower latency; copy backups to a second Region for disaster recovery.',
    },
    examTips: {
      text: 'The four factors for choosing a Region: compliance (laws may require data to stay in a country), proximity to users (latency), available services (new services are not in every Region), and pricing (differs by Region). When a question mentions legal or data residency rules, that factor wins. Multi-Region is for disaster recovery or global users; multi-AZ is the normal high-availability answer.',
    },
    pickWhen: {
      text: 'Pick the Region that satisfies the law first, then the one closest to your users that offers the services you need, then compare prices.',
    },
    differences: {
      text: 'Region versus Availability Zone: a Region is a geographic area; an AZ is one isolated group of data centres inside it. Region versus Local Zone: a Local Zone is a small extension of a Region placed in a city, with only some services.',
    },
  },
  atAGlance: {
    whatItIs: 'A separate geographic area of AWS with several Availability Zones',
    youManage: 'Which Region or Regions to deploy in',
    billing: 'Prices differ by Region; data transfer between Regions is charged',
    limits: 'Not every service is in every Region',
    pickWhen: 'Placing workloads for compliance, latency, services and price',
  },
  related: ['availability-zones', 'local-zones', 'wavelength', 'outposts', 'cloud-benefits'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
