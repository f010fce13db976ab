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
        { label: 'What it is', value: 'AWS infrastructure in a metro area, attached to a parent Region', asks: ['metro', 'metro area', 'city', 'cities', 'extension', 'extension of a region', 'parent region', 'part of a region', 'location', 'locations'], yes: ['extension of a region', 'part of a region', 'parent region', 'attached to a region', 'metro area', 'city', 'cities', 'in a city'] },
        { label: 'Purpose', value: 'Single-digit millisecond latency to users nearby', asks: ['latency', 'low latency', 'single-digit millisecond', 'fast', 'near users', 'close to users', 'why', 'purpose', 'benefit'], yes: ['low latency', 'single-digit millisecond', 'single-digit millisecond latency', 'close to users', 'near users', 'lower latency', 'reduce latency'] },
        { label: 'How you use it', value: 'Opt in, then add a VPC subnet in the Local Zone', asks: ['opt in', 'opt-in', 'enable', 'enabled', 'subnet', 'vpc', 'how to use', 'set up', 'setup', 'turn on', 'activate'], yes: ['opt in', 'opt-in', 'subnet', 'a subnet', 'vpc', 'extend a vpc', 'extend vpc', 'enable'], no: ['enabled by default', 'on by default', 'automatically enabled', 'automatic'] },
        { label: 'Services', value: 'A subset, such as compute and block storage; others stay in the parent Region', asks: ['services', 'which services', 'ec2', 'ebs', 'compute', 'storage', 'all services', 'every service', 'rds', 'what can run'], yes: ['ec2', 'ebs', 'compute', 'block storage', 'run ec2'], no: ['all services', 'every service', 'all aws services', 'full region', 'same services', 'all the services'] },
      ],
    },
    useCases: {
      text: 'Media and entertainment studios editing video on cloud workstations, real-time multiplayer games, live streaming, and apps that must keep some data inside a metro area.',
      facts: [
        { label: 'Typical uses', value: 'Video editing and rendering on cloud workstations, real-time multiplayer games, live streaming, and data that must stay in a metro area', asks: ['gaming', 'games', 'video', 'video editing', 'media', 'streaming', 'live streaming', 'rendering', 'multiplayer', 'data residency', 'used for'], yes: ['gaming', 'games', 'real-time gaming', 'multiplayer', 'video editing', 'media', 'streaming', 'live streaming', 'rendering', 'data residency', 'media and entertainment'] },
      ],
    },
    examTips: {
      text: 'Users in a specific city need very low latency (media editing, real-time gaming) -> Local Zones. Mobile devices on 5G networks -> Wavelength. Inside your own data centre -> Outposts. Caching static content near users -> CloudFront edge locations.',
    },
    pickWhen: {
      text: 'Pick a Local Zone when part of an app must run very close to users in a particular city and the nearest Region is too far away.',
    },
    differences: {
      text: 'Versus an Availability Zone: a Local Zone has fewer services and hangs off a parent Region. Versus Wavelength: Wavelength sits inside telecom carriers\' networks for mobile users. Versus Outposts: Outposts is AWS hardware in your own building.',
      facts: [
        { label: 'Versus an Availability Zone', value: 'A Local Zone is not one of the Region\'s Availability Zones: it offers fewer services and hangs off a parent Region', asks: ['availability zone', 'availability zones', 'az', 'azs', 'same as an az', 'difference from an az'], no: ['an availability zone', 'same as an availability zone', 'an az', 'same as an az', 'a new az', 'a new availability zone'] },
        { label: 'Versus Wavelength', value: 'Apps for mobile devices on 5G networks -> Wavelength, inside telecom carriers\' networks; Local Zones serve users in a city', asks: ['5g', 'wavelength', 'mobile', 'mobile devices', 'telecom', 'carrier', 'carriers', 'mobile networks'], no: ['5g', 'for 5g', 'telecom', 'inside telecom networks', 'carrier networks', 'same as wavelength'] },
        { label: 'Versus Outposts', value: 'AWS hardware in your own building -> Outposts; a Local Zone is AWS-run infrastructure in a city', asks: ['outposts', 'on-premises', 'on premises', 'own data center', 'my data center', 'data center', 'in my building', 'on-prem'], no: ['on-premises', 'on premises', 'on-prem', 'my data center', 'own data center', 'in my building', 'same as outposts', 'my own building'] },
        { label: 'Versus edge locations', value: 'Caching static content near users -> CloudFront edge locations; Local Zones run compute such as EC2 close to users', asks: ['cloudfront', 'edge location', 'edge locations', 'cdn', 'cache', 'caching', 'static content', 'points of presence'], no: ['edge location', 'an edge location', 'edge locations', 'cdn', 'a cdn', 'same as cloudfront', 'cache content', 'caching'] },
      ],
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
