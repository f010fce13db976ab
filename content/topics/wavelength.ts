import type { TopicInput } from '../schema.js';

export const wavelength: TopicInput = {
  id: 'wavelength',
  name: 'AWS Wavelength',
  aliases: ['aws wavelength', 'wavelength zone', 'wavelength zones', 'wave length', 'wavelenght', 'wavelegth'],
  keywords: ['5g', 'telecom', 'carrier', 'mobile devices', 'ultra-low latency', 'mobile edge', 'mec', 'connected vehicles', 'ar vr'],
  category: 'global-infrastructure',
  summary: 'Wavelength puts AWS compute and storage inside telecom providers\' 5G networks, so traffic from mobile devices reaches your app without leaving the carrier network, for ultra-low latency.',
  aspects: {
    overview: {
      text: 'A Wavelength Zone is AWS infrastructure placed in a telecom carrier\'s data centre at the edge of its 5G network. Apps running there are reached by mobile devices on that carrier without a trip across the internet. You extend a VPC into a Wavelength Zone and run EC2 instances and other supported services there.',
      facts: [
        { label: 'What it is', value: 'AWS compute and storage inside telecom carriers\' 5G networks' },
        { label: 'Purpose', value: 'Ultra-low latency for mobile and connected devices' },
        { label: 'How you use it', value: 'Extend a VPC with a subnet in a Wavelength Zone' },
      ],
    },
    examTips: {
      text: 'The keyword is 5G or telecom carrier network -> Wavelength. City users with no 5G mention -> Local Zones. On premises -> Outposts.',
    },
  },
  atAGlance: {
    whatItIs: 'AWS compute inside telecom 5G networks',
    youManage: 'Your app and the instances you place in a Wavelength Zone',
    billing: 'Pay for resources you run there',
    limits: 'Only certain carriers, locations and services',
    pickWhen: 'Ultra-low latency to mobile devices on 5G',
  },
  related: ['local-zones', 'regions', 'availability-zones', 'outposts', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
