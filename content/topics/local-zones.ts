import type { TopicInput } from '../schema.js';

export const localZones: TopicInput = {
  id: 'local-zones',
  name: 'AWS Local Zones',
  aliases: ['local zone', 'local zones', 'aws local zone', 'localzones', 'local zoens', 'locale zones'],
  keywords: ['close to users', 'metro area', 'large city', 'single-digit millisecond', 'low latency city', 'edge compute', 'extension of a region', 'media rendering', 'real-time gaming'],
  category: 'global-infrastructure',
  summary: 'Local Zones put AWS compute, storage and some other services in or near large cities, as an extension of a parent Region, so apps can reach nearby users with single-digit millisecond latency.',
  aspects: {
    overview: {
      text: 'A Local Zone is an extension of a Region placed close to a large population or industry centre. You opt in to it, then extend a VPC by adding a subnet in the Local Zone, and run services such as EC2 and EBS there. The zone is linked back to its parent Region, where the other services of your app can stay.',
      facts: [
        { label: 'What it is', value: 'AWS infrastructure in a metro area, attached to a parent Region' },
        { label: 'Purpose', value: 'Single-digit millisecond latency to nearby end users' },
        { label: 'How you use it', value: 'Opt in, then add a VPC subnet in the Local Zone' },
      ],
    },
    examTips: {
      text: 'Users in a specific city need very low latency (media editing, real-time gaming, live video) -> Local Zones. Mobile 5G devices -> Wavelength. Inside your own data centre -> Outposts.',
    },
  },
  atAGlance: {
    whatItIs: 'AWS compute and storage in large cities, extending a Region',
    youManage: 'Opting in and placing subnets and instances there',
    billing: 'Pay for resources you run there; prices can differ from the Region',
    limits: 'Only a subset of AWS services',
    pickWhen: 'Very low latency for users in a specific metro area',
  },
  related: ['regions', 'availability-zones', 'wavelength', 'outposts', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
