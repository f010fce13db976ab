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
        { label: 'What it is', value: 'A physical location in the world with several isolated Availability Zones', asks: ['what is a region', 'physical location', 'location', 'geographic area', 'data centers', 'data centres', 'made of', 'definition'] },
        { label: 'Isolation', value: 'Regions are independent; a failure in one should not affect others', asks: ['isolated', 'isolation', 'independent', 'failure', 'outage', 'fault', 'fault isolation', 'region fails', 'affect other regions', 'connected'], yes: ['isolated', 'independent', 'isolated from each other', 'fault isolation'], no: ['affect other regions', 'affects other regions', 'take down other regions'] },
        { label: 'Data', value: 'Stays in the Region unless you replicate or move it', asks: ['data', 'replicate', 'replication', 'copy', 'copied', 'data residency', 'data sovereignty', 'leave the region', 'move data', 'where is my data', 'cross-region', 'another region'], yes: ['stay in the region', 'stays in the region', 'stay in region', 'data residency', 'data sovereignty'], no: ['replicated automatically', 'automatically replicated', 'copied automatically', 'automatically copied', 'replicate automatically', 'automatic replication', 'leave the region', 'leaves the region', 'moved automatically'] },
        { label: 'Choose by', value: 'Compliance and data residency, latency to users, services available, price', asks: ['choose', 'choosing', 'pick', 'select', 'which region', 'factors', 'criteria', 'compliance', 'latency', 'proximity', 'closest', 'price', 'cost', 'services available', 'gdpr', 'law', 'legal'], no: ['always cheapest', 'cheapest first', 'price first', 'only price'] },
        { label: 'Global services', value: 'For example IAM and CloudFront are not tied to one Region', asks: ['global', 'global service', 'global services', 'iam', 'cloudfront', 'route 53', 'regional', 'regional service', 'regional services', 'all services regional'], yes: ['global services', 'some global services'], no: ['all services regional', 'every service regional', 'all services are regional'] },
        { label: 'Availability Zones', value: 'Each Region has several isolated Availability Zones; public Regions are built with at least three', source: { url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/regions.html', checked: '2026-11-30' }, asks: ['availability zones', 'availability zone', 'az', 'azs', 'how many azs', 'how many availability zones', 'zones', 'at least', 'minimum'], yes: ['multiple availability zones', 'several availability zones', 'availability zones', 'multiple azs', 'three availability zones', 'three azs', 'at least three'], no: ['one availability zone', 'single availability zone', 'one az', 'a single az', 'one data center', 'one data centre', 'single data center', 'single data centre', 'same as an availability zone', 'same as an az'] },
        { label: 'Service availability', value: 'Not every service, feature or instance type is offered in every Region; new services often launch in a few Regions first', asks: ['all services', 'every service', 'available', 'availability', 'service availability', 'same services', 'missing service', 'instance types', 'new services', 'new features'], no: ['all services', 'every service', 'same services', 'all aws services', 'every aws service', 'all instance types', 'all features'] },
      ],
    },
    pricing: {
      text: 'The same resource can cost more in one Region than in another, and moving data between Regions is charged. Price is the last of the four choice factors: it matters only after the law, the users and the needed services are covered.',
      facts: [
        { label: 'Price by Region', value: 'The same resource can cost a different amount in each Region, and data transferred between Regions is charged', asks: ['price', 'prices', 'cost', 'cheaper', 'cheapest', 'same price', 'data transfer', 'inter-region', 'cross-region', 'transfer between regions'], yes: ['different prices', 'prices differ', 'price differ', 'price differs', 'charged for data transfer', 'data transfer charged'], no: ['same price', 'same prices', 'same in every region', 'free data transfer', 'free transfer'] },
      ],
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
