import type { TopicInput } from '../schema.js';

export const localZones: TopicInput = {
  id: 'local-zones',
  name: 'AWS Local Zones',
  aliases: ['local zone', 'local zones', 'aws local zone', 'localzones', 'local-zones', 'local zoens', 'locale zones', 'local zone aws'],
  keywords: ['close to users', 'metro area', 'large city', 'single-digit millisecond', 'low latency city', 'edge compute', 'extension of a region', 'media rendering', 'real-time gaming', 'video editing', 'opt in'],
  category: 'global-infrastructure',
  summary: 'Local Zones put AWS compute, storage and some other services in or near large cities, as an extension of a parent Region, so apps can reach nearby users with single-digit millisecond latency.',
  aspects: {
    overview: {
      text: 'A Local Zone is an extension of a Region placed close to a large population or industry centre. You opt in to it, then extend a VPC by adding a subnet in the Local Zone and run services such as EC2 and EBS there. Only a subset of services is offered; the rest of your app stays in the parent Region, reached over AWS\'s own network.',
      facts: [
        { label: 'What it is', value: 'AWS infrastructure in a metro area, attached to a parent Region' },
        { label: 'Purpose', value: 'Single-digit millisecond latency to users nearby' },
        { label: 'How you use it', value: 'Opt in, then add a VPC subnet in the Local Zone' },
        { label: 'Services', value: 'A subset, such as compute and block storage; others stay in the parent Region' },
      ],
    },
    useCases: {
      text: 'Media and entertainment studios editing video on cloud workstations, real-time multiplayer games, live streaming, and apps that must keep some data inside a metro area.',
    },
    examTips: {
      text: 'Users in a specific city need very low latency (media editing, real-time gaming) -> Local Zones. Mobile devices on 5G networks -> Wavelength. Inside your own data centre -> Outposts. Caching static content near users -> CloudFront edge locations.',
    },
    pickWhen: {
      text: 'Pick a Local Zone when part of an app must run very close to users in a particular city and the nearest Region is too far away.',
    },
    differences: {
      text: 'Versus an Availability Zone: a Local Zone has fewer services and hangs off a parent Region. Versus Wavelength: Wavelength sits inside telecom carriers\' networks for mobile users. Versus Outposts: Outposts is AWS hardware in your own building.',
    },
  },
  atAGlance: {
    whatItIs: 'AWS compute and storage in large cities, extending a Region',
    youManage: 'Opting in and placing subnets and instances there',
    billing: 'Pay for the resources you run there; prices can differ from the Region',
    limits: 'Only a subset of AWS services and instance types',
    pickWhen: 'Very low latency for users in a specific metro area',
  },
  related: ['regions', 'availability-zones', 'wavelength', 'outposts', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
