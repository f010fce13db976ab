import type { TopicInput } from '../schema.js';

const CHECKED = '2026-11-30';
const WAVELENGTH_DOCS = { url: 'https://docs.aws.amazon.com/wavelength/', checked: CHECKED };
const WAVELENGTH_CR = { url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/capacity-reservations-wavelengthzones.html', checked: CHECKED };

export const wavelength: TopicInput = {
  id: 'wavelength',
  name: 'AWS Wavelength',
  aliases: ['aws wavelength', 'wavelength zone', 'wavelength zones', 'wave length', 'wavelenght', 'wavelegth', 'wavelenth'],
  keywords: ['5g', '5g network', 'telecom', 'telecommunication carrier', 'carrier', 'mobile devices', 'ultra-low latency', 'mobile edge', 'mec', 'connected vehicles', 'ar vr', 'carrier gateway', 'verizon'],
  category: 'global-infrastructure',
  summary: 'Wavelength puts AWS compute and storage inside telecom carriers\' 5G networks, so traffic from mobile devices reaches your app without leaving the carrier network, for ultra-low latency.',
  aspects: {
    overview: {
      text: 'A Wavelength Zone is AWS infrastructure placed at the edge of a telecom carrier\'s 5G network. Apps running there are reached by mobile devices on that carrier without a trip across the internet. You extend a VPC into a Wavelength Zone, run EC2 instances and other supported services there, and keep the rest of the app in the parent Region. Wavelength Zones exist only in some Regions and cities, with specific carriers.',
      facts: [
        { label: 'What it is', value: 'Standard AWS compute and storage at the edge of carriers\' 5G networks', source: WAVELENGTH_DOCS, asks: ['5g', '5g network', 'telecom', 'carrier', 'carriers', 'mobile network', 'edge', 'mobile edge', 'mec', 'compute', 'storage'], yes: ['5g', '5g network', '5g networks', 'telecom', 'telecom carrier', 'carrier', 'carrier network', 'mobile network', 'mobile edge', 'network edge', 'edge computing', 'mec'] },
        { label: 'Purpose', value: 'Ultra-low latency for mobile devices and end users', asks: ['purpose', 'why', 'latency', 'low latency', 'ultra-low latency', 'mobile', 'mobile devices', 'phones', 'smartphones', 'mobile users', 'end users'], yes: ['low latency', 'ultra-low latency', 'ultra low latency', 'mobile devices', 'mobile', 'phones', 'smartphones', 'mobile users'] },
        { label: 'How you use it', value: 'Extend a VPC to one or more Wavelength Zones and launch EC2 instances there', source: WAVELENGTH_DOCS, asks: ['how to use', 'vpc', 'subnet', 'extend vpc', 'ec2', 'instances', 'launch', 'carrier gateway', 'services', 'which services'], yes: ['vpc', 'extend a vpc', 'extend my vpc', 'ec2', 'ec2 instances', 'subnet', 'subnets'] },
        { label: 'Naming', value: 'Region code plus a location, for example us-east-1-wl1-bos-wlz-1 (Boston)', source: WAVELENGTH_CR, asks: ['name', 'naming', 'zone name', 'zone id', 'wlz', 'code', 'what is it called'] },
        { label: 'Availability', value: 'Not in every Region; each zone belongs to one carrier and city', asks: ['availability', 'where', 'which regions', 'which cities', 'every region', 'all regions', 'locations', 'countries', 'which carrier', 'verizon', 'available'], yes: ['specific carriers', 'some regions', 'certain cities', 'limited'], no: ['every region', 'all regions', 'everywhere', 'every city', 'all cities', 'any carrier', 'every carrier', 'all carriers', 'worldwide'] },
        { label: 'Who runs it', value: 'AWS runs the hardware inside the carrier\'s network; it is not installed on your premises (that is Outposts)', asks: ['on-premises', 'on premises', 'on-prem', 'who runs', 'who manages', 'who owns', 'hardware', 'data center', 'outposts'], no: ['on-premises', 'on premises', 'on-prem', 'own data center', 'own data centre', 'my data center', 'my data centre', 'my building', 'my premises'] },
        { label: 'Traffic path', value: 'Traffic from devices on the carrier\'s network reaches the app without leaving that network or crossing the internet', asks: ['internet', 'traffic', 'path', 'hops', 'network hops', 'route', 'routing', 'carrier network'], yes: ['stays in the carrier network', 'without the internet', 'avoid the internet', 'skip the internet'], no: ['over the internet', 'through the internet', 'public internet'] },
      ],
    },
    useCases: {
      text: 'Games and video streamed to phones, augmented and virtual reality, connected vehicles, and machine-learning inference close to mobile devices.',
      facts: [
        { label: 'Typical apps', value: 'Games and video streamed to phones, augmented and virtual reality, connected vehicles, and machine-learning inference close to mobile devices', asks: ['gaming', 'games', 'game streaming', 'video streaming', 'ar', 'vr', 'ar/vr', 'augmented reality', 'virtual reality', 'connected vehicles', 'connected cars', 'ml inference', 'inference'], yes: ['gaming', 'games', 'game streaming', 'video streaming', 'ar', 'vr', 'ar/vr', 'augmented reality', 'virtual reality', 'connected vehicles', 'connected cars', 'ml inference', 'inference'] },
      ],
    },
    examTips: {
      text: 'The keywords are 5G, telecom carrier or mobile network -> Wavelength. Users in a city with no mobile-network mention -> Local Zones. AWS in your own data centre -> Outposts.',
    },
    pickWhen: {
      text: 'Pick Wavelength when the users are on mobile networks and every millisecond between the device and the app matters.',
    },
    differences: {
      text: 'Versus Local Zones: both bring AWS closer to users, but Wavelength sits inside a carrier\'s network for mobile traffic, while a Local Zone sits in a city for any user. Versus Outposts: Outposts runs on your premises, not at a carrier.',
      facts: [
        { label: 'Versus Local Zones', value: 'Both bring AWS closer to users: Wavelength sits inside a carrier\'s 5G network for mobile traffic, while a Local Zone sits in a city for any user', asks: ['local zones', 'local zone', 'vs local zones', 'versus local zones', 'city', 'metro'], no: ['same as local zones', 'same as a local zone', 'a type of local zone', 'kind of local zone'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'AWS compute inside telecom carriers\' 5G networks',
    youManage: 'Your app and the instances you place in a Wavelength Zone',
    billing: 'Pay for the resources you run there',
    limits: 'Only certain carriers, cities and services',
    pickWhen: 'Ultra-low latency to mobile devices on 5G',
  },
  related: ['local-zones', 'regions', 'availability-zones', 'outposts', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
