import type { ModelAreaInput } from '../schema.js';

/**
 * The AWS global infrastructure: Regions, Availability Zones, Local Zones, Wavelength Zones and
 * Outposts (edge locations only as a distractor).
 *
 * The option "Availability Zones" is plural, so it is never offered where the need is "several isolated
 * groups of data centres": Regions and AZs are told apart only by needs that one of them clearly fails
 * (everything must stay in one Region; synchronous replication between sites).
 */
export const infrastructureArea: ModelAreaInput = {
  choices: [
    // Regions
    { id: 'inf-st-rg-isolated', label: 'Each Region is a separate geographic area that contains multiple, isolated Availability Zones', group: 'statement', topic: 'regions' },
    { id: 'inf-st-rg-all-services', label: 'Every AWS service is available in every Region', group: 'statement', topic: 'regions' },
    { id: 'inf-st-rg-auto-copy', label: 'Data stored in one Region is copied automatically to all other Regions', group: 'statement', topic: 'regions' },
    { id: 'inf-st-rg-one-dc', label: 'Each Region is a single data centre', group: 'statement', topic: 'regions' },
    { id: 'inf-st-rg-same-price', label: 'A service costs the same in every Region', group: 'statement', topic: 'regions' },
    // Factors for choosing a Region
    { id: 'inf-st-f-compliance', label: 'Data residency and compliance requirements', group: 'statement', topic: 'regions' },
    { id: 'inf-st-f-latency', label: 'Proximity to its users, for lower latency', group: 'statement', topic: 'regions' },
    { id: 'inf-st-f-services', label: 'Which AWS services and features are available there', group: 'statement', topic: 'regions' },
    { id: 'inf-st-f-pricing', label: 'The prices of the services it will use there', group: 'statement', topic: 'regions' },
    { id: 'inf-st-f-support', label: 'The AWS Support plan on its account', group: 'statement', topic: 'regions' },
    { id: 'inf-st-f-iam', label: 'The number of IAM users in its account', group: 'statement', topic: 'regions' },
    { id: 'inf-st-f-console', label: 'Whether its staff prefer the AWS Management Console or the AWS CLI', group: 'statement', topic: 'regions' },
    { id: 'inf-st-f-language', label: 'The programming language its developers prefer', group: 'statement', topic: 'regions' },
    // Availability Zones
    { id: 'inf-st-az-discrete', label: 'An Availability Zone is one or more discrete data centres with redundant power, networking and connectivity', group: 'statement', topic: 'availability-zones' },
    { id: 'inf-st-az-isolated', label: 'Each Availability Zone is physically separated from the other Availability Zones in its Region', group: 'statement', topic: 'availability-zones' },
    { id: 'inf-st-az-linked', label: 'The Availability Zones of a Region are linked by high-bandwidth, low-latency networking', group: 'statement', topic: 'availability-zones' },
    { id: 'inf-st-az-span', label: 'An Availability Zone spans several Regions', group: 'statement', topic: 'availability-zones' },
    { id: 'inf-st-az-cache', label: 'Availability Zones are the sites where Amazon CloudFront caches content', group: 'statement', topic: 'availability-zones' },
    { id: 'inf-st-az-onprem', label: 'Availability Zones are installed in the customer\'s own data centre', group: 'statement', topic: 'availability-zones' },
    { id: 'inf-st-az-one-enough', label: 'Running in a single Availability Zone makes an application highly available', group: 'statement', topic: 'availability-zones' },
    { id: 'inf-st-az-shared-power', label: 'All Availability Zones in a Region share one power supply', group: 'statement', topic: 'availability-zones' },
    // Local Zones
    { id: 'inf-st-lz-extension', label: 'A Local Zone extends a Region by placing compute and storage close to a large city or industry centre', group: 'statement', topic: 'local-zones' },
    { id: 'inf-st-lz-onprem', label: 'A Local Zone is installed in the customer\'s own data centre', group: 'statement', topic: 'local-zones' },
    { id: 'inf-st-lz-all-services', label: 'A Local Zone offers every service of its parent Region', group: 'statement', topic: 'local-zones' },
    { id: 'inf-st-lz-5g', label: 'A Local Zone runs inside a telecom carrier\'s 5G network', group: 'statement', topic: 'local-zones' },
    { id: 'inf-st-lz-no-optin', label: 'Every account can launch resources in every Local Zone without enabling it first', group: 'statement', topic: 'local-zones' },
    // Wavelength
    { id: 'inf-st-wl-carrier', label: 'A Wavelength Zone places AWS compute and storage at the edge of a telecom carrier\'s 5G network', group: 'statement', topic: 'wavelength' },
    { id: 'inf-st-wl-cache', label: 'A Wavelength Zone is where Amazon CloudFront caches web content', group: 'statement', topic: 'wavelength' },
    { id: 'inf-st-wl-onprem', label: 'A Wavelength Zone is installed in the customer\'s own data centre', group: 'statement', topic: 'wavelength' },
    { id: 'inf-st-wl-all-services', label: 'A Wavelength Zone offers every service of its parent Region', group: 'statement', topic: 'wavelength' },
    { id: 'inf-st-wl-any-network', label: 'A Wavelength Zone gives the same ultra-low latency to users on any network, wired or mobile', group: 'statement', topic: 'wavelength' },
    // Outposts
    { id: 'inf-st-op-aws-installs', label: 'AWS delivers, installs and maintains the equipment, while the customer provides the site\'s power, network and physical security', group: 'statement', topic: 'outposts' },
    { id: 'inf-st-op-customer-builds', label: 'The customer buys its own servers and connects them to AWS', group: 'statement', topic: 'outposts' },
    { id: 'inf-st-op-different-apis', label: 'Outposts uses different APIs and tools from the AWS Regions', group: 'statement', topic: 'outposts' },
    { id: 'inf-st-op-5g', label: 'Outposts equipment runs inside telecom carriers\' 5G networks', group: 'statement', topic: 'outposts' },
    { id: 'inf-st-op-no-region', label: 'An Outpost runs with no connection to any AWS Region', group: 'statement', topic: 'outposts' },
  ],

  requirements: [
    {
      id: 'inf-runs-ec2',
      need: 'the workload runs on EC2 instances',
      met: 'runs EC2 instances',
      cues: ['ec2', 'instances'],
      meets: {
        regions: 'runs EC2 instances in each of its Availability Zones',
        'availability-zones': true,
        'local-zones': true,
        wavelength: true,
        'outposts-infra': true,
      },
      fails: {
        'edge-locations': 'edge locations cache and deliver content for Amazon CloudFront and answer Amazon Route 53 DNS queries',
      },
    },
    {
      id: 'inf-no-own-hardware',
      need: 'no hardware may be housed on the customer\'s own premises',
      met: 'runs in facilities operated by AWS or its partners, with no hardware for the customer to house',
      cues: ['no (data cent(er|re)|hardware|server room)', 'not (want to )?(install|house|buy|host|run)', 'without (installing|buying|housing|hosting|running)', 'closed its (own )?(data cent|server room)', 'rather than (in )?its own'],
      meets: {
        regions: 'runs in AWS\'s own data centres, with no hardware for the customer to house',
        'availability-zones': 'runs in AWS\'s own data centres, with no hardware for the customer to house',
        'local-zones': 'runs in sites operated by AWS, with no hardware for the customer to house',
        wavelength: 'runs in the telecom carrier\'s facilities, with no hardware for the customer to house',
        'edge-locations': true,
      },
      fails: {
        'outposts-infra': 'an Outpost is AWS hardware installed in the customer\'s own data centre, which must supply its power, cooling and network',
      },
    },
    {
      id: 'inf-city-low-latency',
      need: 'users in that city need single-digit millisecond latency',
      met: 'places compute in or near the city itself, as an extension of its parent Region, for single-digit millisecond latency',
      cues: ['single-digit millisecond', 'single digit millisecond'],
      meets: {
        'local-zones': true,
        wavelength: 'places compute inside the carrier\'s 5G network in the city',
      },
      fails: {
        regions: 'the nearest AWS Region is too far from the city',
        'availability-zones': 'Availability Zones are part of the Region, which is too far from the city',
      },
    },
    {
      id: 'inf-broadband-users',
      need: 'the users connect over ordinary wired or broadband networks',
      met: 'has its own internet connections and supports AWS Direct Connect, so users on any network can reach it',
      cues: ['broadband', 'wired', 'fibre', 'fiber'],
      meets: { 'local-zones': true },
      fails: {
        wavelength: 'a Wavelength Zone serves devices on one telecom carrier\'s 5G network',
      },
    },
    {
      id: 'inf-5g-devices',
      need: 'the devices connect through a carrier\'s 5G network and need ultra-low latency',
      met: 'runs the application inside the telecom carrier\'s 5G network, so traffic from the devices does not have to leave it',
      cues: ['5g[\\s\\S]*(ultra-low|few milliseconds)', '(ultra-low|few milliseconds)[\\s\\S]*5g'],
      meets: { wavelength: true },
      fails: {
        'local-zones': 'a Local Zone sits outside the carrier\'s network, so traffic from 5G devices must leave it and cross the internet',
        regions: 'a Region is reached only after traffic leaves the carrier\'s network and crosses the internet',
        'availability-zones': 'Availability Zones are in the Region, reached only after traffic leaves the carrier\'s network',
        'outposts-infra': 'an Outpost sits in the customer\'s own data centre, outside the carrier\'s network',
      },
    },
    {
      id: 'inf-own-data-centre',
      need: 'the compute must run on the customer\'s own premises',
      met: 'puts AWS-managed racks or servers in the customer\'s own data centre, used with the same AWS APIs and tools as in the Region',
      cues: ['own (factory |plant )?data cent', 'on-premises', 'on premises', 'own (factory|plant|hospital|building|site|premises|facility)'],
      meets: { 'outposts-infra': true },
      fails: {
        regions: 'a Region\'s data centres belong to AWS and sit away from the customer\'s premises',
        'availability-zones': 'an Availability Zone is a group of AWS data centres in a Region, away from the customer\'s premises',
        'local-zones': 'a Local Zone is an AWS site in a metro area, away from the customer\'s premises',
        wavelength: 'a Wavelength Zone sits in a telecom carrier\'s network, away from the customer\'s premises',
      },
    },
    {
      id: 'inf-keeps-data-in-country',
      need: 'the data must not leave the place where it is required to stay',
      met: 'keeps the data in the country the customer chooses, because data does not leave a Region unless the customer moves it',
      cues: ['(stay|remain|be stored|be kept) (only )?(in|inside|within|on)', 'data residency', 'by law', 'may not leave', 'must not leave', 'privacy law'],
      meets: {
        regions: true,
        'local-zones': 'keeps its data in the metro area where it sits',
        wavelength: 'keeps its data at the carrier site where it sits',
        'outposts-infra': 'keeps the data on the customer\'s own premises',
      },
      fails: {
        'edge-locations': 'edge locations keep cached copies of content in cities all over the world',
      },
    },
    {
      id: 'inf-several-isolated-zones',
      need: 'the deployment must span several isolated groups of data centres in that area',
      met: 'contains several isolated Availability Zones, each with its own power and networking',
      cues: ['several (isolated|separate)', 'multiple (isolated|separate)', 'several .{0,20}isolated'],
      meets: { regions: true },
      fails: {
        'local-zones': 'a Local Zone is a single zone in one metro area that extends a parent Region',
        wavelength: 'a Wavelength Zone is a single zone inside one carrier\'s 5G network',
        'edge-locations': 'edge locations are cache sites for CloudFront, not groups of data centres that host an application',
      },
    },
    {
      id: 'inf-full-services',
      need: 'the application uses a wide range of managed AWS services',
      met: 'offers a far wider range of AWS services than the smaller zones that extend it',
      cues: ['wide range', 'many managed', 'dozens of', 'full range'],
      meets: { regions: true },
      fails: {
        'local-zones': 'a Local Zone offers only a subset of services, such as EC2 and EBS, and relies on its parent Region for the rest',
        wavelength: 'a Wavelength Zone offers only a few services, such as EC2 and EBS',
        'outposts-infra': 'an Outpost runs only a subset of services, such as EC2, EBS, ECS and EKS, on the capacity the customer ordered',
        'edge-locations': 'edge locations serve CloudFront, Route 53 and a few edge features, not an application\'s managed services',
      },
    },
    {
      id: 'inf-users-latency',
      need: 'the application should run close to its users for low latency',
      met: 'lets the application run in the geographic area closest to its users',
      cues: ['latency', 'close to', 'closer to'],
      meets: { regions: true },
    },
    {
      id: 'inf-new-service-limited',
      need: 'the workload needs a newly launched service that is offered only in some parts of the world',
      met: 'lets the customer pick a geographic area where the new service is already offered',
      cues: ['only (in )?(some|a few)', 'not yet (available|offered) everywhere', 'newly launched', 'recently launched'],
      meets: { regions: true },
      fails: {
        'local-zones': 'a Local Zone offers only a small subset of services, such as EC2 and EBS, and new services launch in Regions',
        wavelength: 'a Wavelength Zone offers only a few services, such as EC2 and EBS, and new services launch in Regions',
        'outposts-infra': 'an Outpost runs only a small subset of services, such as EC2, EBS, ECS and EKS, and new services launch in Regions',
        'edge-locations': 'edge locations serve CloudFront, Route 53 and a few edge features, and new services launch in Regions',
      },
    },
    {
      id: 'inf-one-region',
      need: 'everything must stay in one Region',
      met: 'sits inside the Region, so several of them keep everything in that one Region',
      cues: ['(one|single|same)[- ](aws )?region', 'in that region', 'within (the|that) region'],
      meets: {
        'availability-zones': true,
        'local-zones': 'extends one parent Region',
        wavelength: 'is attached to one parent Region',
        'outposts-infra': 'is anchored to one parent Region',
      },
      fails: {
        regions: 'using AWS Regions for redundancy means spreading resources over several of them',
        'edge-locations': 'edge locations are CloudFront sites in cities around the world, outside any one Region',
      },
    },
    {
      id: 'inf-aws-dcs-in-region',
      need: 'the resources must run in separate AWS data centres inside the Region, linked by fast private networking',
      met: 'is a separate group of AWS data centres inside the Region, linked to the others by high-bandwidth, low-latency networking',
      cues: ['data cent(er|re)s? (groups? )?(in|inside|within|of)', 'isolated data cent', 'separate .{0,30}data cent'],
      meets: {
        'availability-zones': true,
        regions: 'is made of AWS data centres grouped into Availability Zones',
      },
      fails: {
        'local-zones': 'a Local Zone sits in a metro area away from its parent Region, to bring compute close to users there',
        wavelength: 'a Wavelength Zone sits inside a telecom carrier\'s 5G network',
        'outposts-infra': 'an Outpost is installed in the customer\'s own data centre',
        'edge-locations': 'edge locations are CloudFront cache sites in many cities, with no EC2 instances',
      },
    },
    {
      id: 'inf-survive-dc-failure',
      need: 'the application must keep running if one data centre loses power, floods or burns',
      met: 'is isolated from the other Availability Zones, so a power cut, fire or flood in one does not stop copies running in the others',
      cues: ['loses power', 'power (cut|failure|outage)', 'flood', 'fire', 'outage', 'fails', 'goes down'],
      meets: {
        'availability-zones': true,
        regions: 'contains several isolated Availability Zones, so one data centre failure does not stop the whole Region',
      },
    },
    {
      id: 'inf-sync-replication',
      need: 'every write must be copied synchronously between the two sites',
      met: 'is linked to the other Availability Zones of its Region by networking fast enough for synchronous replication',
      cues: ['synchronous'],
      meets: { 'availability-zones': true },
      fails: {
        regions: 'AWS Regions are far apart, so synchronous copying between them would add too much latency',
      },
    },
    {
      id: 'inf-closer-than-region',
      need: 'the compute must run closer to end users than any AWS Region',
      met: 'places compute outside the Region, nearer to end users',
      cues: ['closer to [^.]*than any', 'nearer to [^.]*than any'],
      meets: {
        'local-zones': 'places compute in a metro area close to end users, as an extension of the parent Region',
        wavelength: 'places compute inside carriers\' 5G networks, close to mobile users',
        'outposts-infra': 'places compute in the customer\'s own building',
      },
      fails: {
        regions: 'the workload would still run in a Region, and no Region is close enough to these users',
        'availability-zones': 'Availability Zones sit inside a Region, no closer to these users than the Region itself',
      },
    },

    // ---- Statements ----
    {
      id: 'inf-about-regions',
      met: 'is true of AWS Regions',
      cues: ['regions?'],
      meets: {
        'inf-st-rg-isolated': 'is correct, because each Region is independent of the others and made of several isolated Availability Zones',
      },
      fails: {
        'inf-st-rg-all-services': 'not every service is offered in every Region; new services often launch in a few Regions first',
        'inf-st-rg-auto-copy': 'data stays in the Region where it is stored unless the customer copies or moves it',
        'inf-st-rg-one-dc': 'each Region contains several Availability Zones, each made of one or more data centres',
        'inf-st-rg-same-price': 'prices for the same service differ from one Region to another',
      },
    },
    {
      id: 'inf-region-factor',
      met: 'is one of the factors for choosing a Region',
      cues: ['region'],
      meets: {
        'inf-st-f-compliance': 'is a key factor, because laws can require data to stay in a country, and data stays in the Region where it is stored',
        'inf-st-f-latency': 'is a key factor, because a Region close to the users gives them lower latency',
        'inf-st-f-services': 'is a key factor, because not every service or feature is offered in every Region',
        'inf-st-f-pricing': 'is a key factor, because prices for the same service differ from Region to Region',
      },
      fails: {
        'inf-st-f-support': 'an AWS Support plan covers the whole account, whichever Regions it uses',
        'inf-st-f-iam': 'IAM is a global service, so its users are the same whichever Region is chosen',
        'inf-st-f-console': 'the console and the AWS CLI both work with every Region',
        'inf-st-f-language': 'the AWS SDKs support the same programming languages in every Region',
      },
    },
    {
      id: 'inf-about-azs',
      met: 'is true of Availability Zones',
      cues: ['availability zones?'],
      meets: {
        'inf-st-az-discrete': 'is correct, because each Availability Zone has its own redundant power, networking and connectivity',
        'inf-st-az-isolated': 'is correct, because AWS places the zones of a Region far enough apart that one fire, flood or power cut should not hit two of them',
        'inf-st-az-linked': 'is correct, because the zones of a Region are connected by fast private links, good enough for synchronous replication',
      },
      fails: {
        'inf-st-az-span': 'it is the other way round: each Region contains several Availability Zones',
        'inf-st-az-cache': 'CloudFront caches content at edge locations, not in Availability Zones',
        'inf-st-az-onprem': 'AWS infrastructure in a customer\'s own data centre is AWS Outposts; Availability Zones are AWS\'s own data centres',
        'inf-st-az-one-enough': 'a whole Availability Zone can fail, so high availability needs at least two',
        'inf-st-az-shared-power': 'each Availability Zone has its own redundant power, so a power failure in one should not reach the others',
      },
    },
    {
      id: 'inf-about-local-zones',
      met: 'is true of AWS Local Zones',
      cues: ['local zones?'],
      meets: {
        'inf-st-lz-extension': 'is correct, because a Local Zone is an extension of its parent Region placed close to users in a metro area',
      },
      fails: {
        'inf-st-lz-onprem': 'AWS infrastructure in a customer\'s own data centre is AWS Outposts; AWS runs each Local Zone in a metro area',
        'inf-st-lz-all-services': 'a Local Zone offers a subset of services, such as EC2 and EBS; the rest stay in the parent Region',
        'inf-st-lz-5g': 'AWS compute inside carriers\' 5G networks is AWS Wavelength; a Local Zone is an AWS site in a metro area',
        'inf-st-lz-no-optin': 'a Local Zone must be enabled (opted in to) before resources can be launched in it',
      },
    },
    {
      id: 'inf-about-wavelength',
      met: 'is true of AWS Wavelength',
      cues: ['wavelength'],
      meets: {
        'inf-st-wl-carrier': 'is correct, because Wavelength Zones sit in carriers\' facilities, so traffic from 5G devices reaches the application without leaving the carrier network',
      },
      fails: {
        'inf-st-wl-cache': 'CloudFront caches content at edge locations; a Wavelength Zone runs EC2 instances inside a carrier network',
        'inf-st-wl-onprem': 'AWS infrastructure in a customer\'s own data centre is AWS Outposts; Wavelength Zones sit in telecom carriers\' facilities',
        'inf-st-wl-all-services': 'a Wavelength Zone offers only a few services, such as EC2 and EBS',
        'inf-st-wl-any-network': 'the ultra-low latency is for devices on the carrier\'s own 5G network; traffic from other networks does not get that short path',
      },
    },
    {
      id: 'inf-about-outposts',
      met: 'is true of AWS Outposts',
      cues: ['outposts?'],
      meets: {
        'inf-st-op-aws-installs': 'is correct, because AWS supplies and looks after the Outposts racks or servers, and the customer remains responsible for the facility',
      },
      fails: {
        'inf-st-op-customer-builds': 'AWS supplies, installs and maintains the Outposts racks and servers; the customer provides the site',
        'inf-st-op-different-apis': 'an Outpost uses the same AWS APIs, console and tools as the Region it is anchored to',
        'inf-st-op-5g': 'AWS compute inside carriers\' 5G networks is AWS Wavelength; an Outpost sits at the customer\'s own site',
        'inf-st-op-no-region': 'an Outpost is an extension of its parent Region and needs a network connection back to it to be managed',
      },
    },
  ],

  frames: [
    // ---------------- Regions ----------------
    {
      id: 'inf-regions-data-residency',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-keeps-data-in-country', 'inf-no-own-hardware', 'inf-several-isolated-zones'],
      key: 'regions',
      distractors: ['local-zones', 'outposts-infra', 'edge-locations', 'wavelength'],
      ask: 'Which part of the AWS global infrastructure meets these requirements?',
      stems: [
        'A German insurance company must keep all customer data inside Germany by law. It has closed its own data centre and wants its application spread across several isolated groups of data centres in the country, so a fire or flood at one site cannot stop it.',
        'A Canadian government agency\'s records may not leave Canada. Without running any hardware of its own, the agency wants its services to run in multiple isolated locations within the country, each with independent power and networking.',
        'Privacy law requires an Australian health insurer to keep its members\' data in Australia. The insurer does not want to house any hardware, and it needs AWS infrastructure there that includes several separate, isolated data centre groups.',
      ],
    },
    {
      id: 'inf-regions-latency-services',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-full-services', 'inf-users-latency'],
      key: 'regions',
      distractors: ['local-zones', 'wavelength', 'outposts-infra', 'edge-locations'],
      ask: 'Which part of the AWS global infrastructure should the company select?',
      stems: [
        'A video-streaming company is launching in Brazil, where nearly all its new users live. Its application relies on many managed AWS services, such as Amazon RDS, Amazon SQS, AWS Lambda and Amazon DynamoDB, and it wants the lowest latency for those users.',
        'Almost all of a Japanese retailer\'s customers are in Japan. To cut latency, the retailer wants to run its whole application close to them, and the application uses a wide range of AWS services, from managed databases to message queues.',
        'An Indian fintech company wants its mobile banking backend to run close to its users in India. The backend uses dozens of AWS services, including Amazon Aurora, Amazon SNS and AWS Step Functions.',
      ],
    },
    {
      id: 'inf-regions-service-availability',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-new-service-limited', 'inf-several-isolated-zones'],
      key: 'regions',
      distractors: ['local-zones', 'wavelength', 'outposts-infra', 'edge-locations'],
      ask: 'Which part of the AWS global infrastructure meets these requirements?',
      stems: [
        'A company wants to use a generative AI service that AWS has launched in only a few parts of the world so far. It needs a location that offers the service and has several isolated groups of data centres for resilience.',
        'Before building, an architect checks where a newly launched AWS service is offered, because it is not yet available everywhere. The workload must also run across multiple isolated data centre groups in the same geographic area.',
      ],
    },
    {
      id: 'inf-regions-statement',
      kind: 'statement',
      domain: 'technology-and-services',
      requirements: ['inf-about-regions'],
      key: 'inf-st-rg-isolated',
      distractors: ['inf-st-rg-all-services', 'inf-st-rg-auto-copy', 'inf-st-rg-one-dc', 'inf-st-rg-same-price'],
      ask: 'Which statement about AWS Regions is true?',
      stems: [
        'A new cloud engineer is learning how AWS organises its infrastructure around the world.',
        'Before choosing where to deploy a new application, a team reviews the basics of the AWS global infrastructure.',
      ],
    },
    {
      id: 'inf-region-factors-compliance-two',
      kind: 'statement',
      domain: 'technology-and-services',
      requirements: ['inf-region-factor'],
      key: ['inf-st-f-compliance', 'inf-st-f-latency'],
      distractors: ['inf-st-f-support', 'inf-st-f-iam', 'inf-st-f-console', 'inf-st-f-language'],
      ask: 'Which TWO factors should the company consider when it chooses the Region? (Select TWO.)',
      stems: [
        'A European healthcare company is selecting an AWS Region for a new patient portal that patients all over France will use.',
        'A retailer expanding into Southeast Asia must decide which AWS Region will host its new online store.',
      ],
    },
    {
      id: 'inf-region-factors-services-two',
      kind: 'statement',
      domain: 'technology-and-services',
      requirements: ['inf-region-factor'],
      key: ['inf-st-f-services', 'inf-st-f-pricing'],
      distractors: ['inf-st-f-support', 'inf-st-f-iam', 'inf-st-f-console', 'inf-st-f-language'],
      ask: 'Which TWO factors should be compared between the candidate Regions? (Select TWO.)',
      stems: [
        'An analytics startup is comparing two AWS Regions for a workload that will use a recently launched AWS service and run hundreds of instances around the clock.',
        'A media company\'s finance and engineering teams are deciding between AWS Regions in the United States for a large, cost-sensitive rendering workload.',
      ],
    },

    // ---------------- Availability Zones ----------------
    {
      id: 'inf-azs-high-availability',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-one-region', 'inf-aws-dcs-in-region', 'inf-survive-dc-failure'],
      key: 'availability-zones',
      distractors: ['regions', 'local-zones', 'outposts-infra', 'edge-locations', 'wavelength'],
      ask: 'Which part of the AWS global infrastructure should be used for the instances?',
      stems: [
        'A company runs its web application on six EC2 instances, all in one data centre of the eu-west-1 Region. It wants the application to keep running if that data centre loses power, and every instance must stay in the same Region, spread over separate AWS data centres inside it.',
        'An online bank\'s web tier must keep serving customers if a flood or fire takes out one AWS data centre. Every instance must remain in a single Region, in isolated data centre groups inside it that are linked by low-latency private networking.',
        'A solutions architect is making a single-Region application highly available. She will run EC2 instances behind a load balancer in at least two isolated data centres within that Region, so that an outage at one does not stop the application.',
      ],
    },
    {
      id: 'inf-azs-sync-replication',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-aws-dcs-in-region', 'inf-sync-replication'],
      key: 'availability-zones',
      distractors: ['regions', 'local-zones', 'wavelength', 'outposts-infra', 'edge-locations'],
      ask: 'Which part of the AWS global infrastructure should hold the two copies?',
      stems: [
        'A company runs a primary database and a standby that must receive every write synchronously. The two copies must sit in physically separate AWS data centres of the same Region, far enough apart that one fire cannot hit both.',
        'An architect needs two copies of an application\'s data, replicated synchronously, in separate AWS data centre groups inside one Region that have independent power and are linked by high-bandwidth, low-latency networking.',
        'To lose no data if a site fails, a trading platform copies every transaction synchronously to a second, isolated AWS data centre group within the same Region.',
      ],
    },
    {
      id: 'inf-azs-statement',
      kind: 'statement',
      domain: 'technology-and-services',
      requirements: ['inf-about-azs'],
      key: 'inf-st-az-discrete',
      distractors: ['inf-st-az-span', 'inf-st-az-cache', 'inf-st-az-onprem', 'inf-st-az-one-enough', 'inf-st-az-shared-power'],
      ask: 'Which statement about Availability Zones is true?',
      stems: [
        'A junior engineer is preparing for a design review of an application that will run in more than one zone of a Region.',
        'A company moving its first workload to AWS wants its staff to understand how AWS builds each Region.',
      ],
    },
    {
      id: 'inf-azs-statements-two',
      kind: 'statement',
      domain: 'technology-and-services',
      requirements: ['inf-about-azs'],
      key: ['inf-st-az-isolated', 'inf-st-az-linked'],
      distractors: ['inf-st-az-span', 'inf-st-az-one-enough', 'inf-st-az-cache', 'inf-st-az-shared-power', 'inf-st-az-onprem'],
      ask: 'Which TWO statements about Availability Zones are true? (Select TWO.)',
      stems: [
        'An architect explains to a client why spreading an application over several zones of one Region protects it from the failure of a single data centre.',
        'A study group preparing for the Cloud Practitioner exam reviews how AWS designs the zones inside each Region.',
      ],
    },

    // ---------------- Local Zones ----------------
    {
      id: 'inf-local-zones-wired-users',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-runs-ec2', 'inf-no-own-hardware', 'inf-city-low-latency', 'inf-broadband-users'],
      key: 'local-zones',
      distractors: ['regions', 'wavelength', 'outposts-infra', 'edge-locations', 'availability-zones'],
      ask: 'Which AWS infrastructure option meets these requirements?',
      stems: [
        'A film studio in Los Angeles runs video-editing workstations on EC2 instances. Its artists, working over wired connections in the studio, need single-digit millisecond latency, but the nearest AWS Region is hundreds of miles away. The studio will not install any hardware of its own.',
        'A game company hosts multiplayer game servers on EC2 instances for players in one large city far from any AWS Region. Players on home broadband need single-digit millisecond latency, and the company has no data centre of its own to put servers in.',
        'A trading-analytics firm\'s analysts, connected through office fibre in one metro area, need single-digit millisecond access to applications on EC2 instances. The closest AWS Region is too far away, and the firm will not buy or house hardware.',
      ],
    },
    {
      id: 'inf-local-zones-metro',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-runs-ec2', 'inf-no-own-hardware', 'inf-city-low-latency'],
      key: 'local-zones',
      distractors: ['availability-zones', 'outposts-infra', 'regions', 'edge-locations'],
      ask: 'Which AWS infrastructure option should the company use?',
      stems: [
        'A broadcaster wants to run live video production software on EC2 instances close to its crews in Dallas, with single-digit millisecond latency. The nearest AWS Region is too far away for that, and the broadcaster does not want to host any hardware.',
        'An engineering firm runs interactive design simulations on EC2 instances that its engineers in one large city use all day and that need single-digit millisecond latency. The nearest Region is hundreds of kilometres away, and the firm has closed its own server room.',
        'A medical imaging startup needs single-digit millisecond latency between clinics in one metro area and its application on EC2 instances. It does not want to install hardware, and the nearest AWS Region is too far away.',
      ],
    },
    {
      id: 'inf-local-zones-statement',
      kind: 'statement',
      domain: 'technology-and-services',
      requirements: ['inf-about-local-zones'],
      key: 'inf-st-lz-extension',
      distractors: ['inf-st-lz-onprem', 'inf-st-lz-all-services', 'inf-st-lz-5g', 'inf-st-lz-no-optin'],
      ask: 'Which statement about AWS Local Zones is true?',
      stems: [
        'A gaming company is researching ways to bring its EC2 instances closer to players in Los Angeles.',
        'An architect is comparing the options AWS offers for running compute outside the main data centres of a Region.',
      ],
    },

    // ---------------- Wavelength ----------------
    {
      id: 'inf-wavelength-5g-apps',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-runs-ec2', 'inf-5g-devices'],
      key: 'wavelength',
      distractors: ['local-zones', 'regions', 'outposts-infra', 'edge-locations', 'availability-zones'],
      ask: 'Which AWS infrastructure option meets these requirements?',
      stems: [
        'An automaker wants connected cars on a telecom carrier\'s 5G network to send sensor data to EC2 instances with ultra-low latency, without the traffic leaving the carrier\'s network.',
        'A game studio is building an augmented reality game for smartphones on 5G networks. The game servers run on EC2 instances and must respond to the phones with ultra-low latency.',
        'A stadium operator wants to stream extra camera angles to fans\' 5G phones during matches with ultra-low latency, processing the video on EC2 instances that sit inside the mobile carrier\'s network.',
      ],
    },
    {
      id: 'inf-wavelength-devices',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-runs-ec2', 'inf-5g-devices'],
      key: 'wavelength',
      distractors: ['local-zones', 'edge-locations', 'availability-zones', 'outposts-infra', 'regions'],
      ask: 'Which part of the AWS global infrastructure should be used?',
      stems: [
        'A drone company analyses live video from drones connected over a carrier\'s 5G network. The analysis runs on EC2 instances and must send results back to the drones within a few milliseconds.',
        'A city traffic department wants cameras on a 5G network to send video to analytics on EC2 instances with ultra-low latency, keeping the traffic inside the mobile carrier\'s network.',
        'A health-tech startup\'s wearable devices connect over 5G. Its alerting service on EC2 instances must answer the devices with ultra-low latency.',
      ],
    },
    {
      id: 'inf-wavelength-statement',
      kind: 'statement',
      domain: 'technology-and-services',
      requirements: ['inf-about-wavelength'],
      key: 'inf-st-wl-carrier',
      distractors: ['inf-st-wl-cache', 'inf-st-wl-onprem', 'inf-st-wl-all-services', 'inf-st-wl-any-network'],
      ask: 'Which statement about AWS Wavelength is true?',
      stems: [
        'A telecom partner team is studying how AWS supports applications for mobile devices.',
        'A developer building a connected-car application wants to know where AWS Wavelength runs its compute.',
      ],
    },

    // ---------------- Outposts ----------------
    {
      id: 'inf-outposts-low-latency',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-runs-ec2', 'inf-own-data-centre'],
      key: 'outposts-infra',
      distractors: ['local-zones', 'regions', 'wavelength', 'edge-locations', 'availability-zones'],
      ask: 'Which AWS infrastructure option meets these requirements?',
      stems: [
        'A car manufacturer\'s assembly-line control systems run in its own factory data centre. It wants to run new analytics on EC2 instances right next to those systems, for very low latency, using the same AWS APIs and tools it uses in the cloud.',
        'A bank must keep a trading application next to the mainframe in its on-premises data centre, with very low latency between them, but wants to run the application on EC2 instances managed with the usual AWS console and APIs.',
        'A semiconductor plant needs compute on premises to control its machines in real time. It wants AWS-managed capacity for EC2 instances installed in its own building and managed like the rest of its AWS resources.',
      ],
    },
    {
      id: 'inf-outposts-local-data',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-own-data-centre', 'inf-keeps-data-in-country'],
      key: 'outposts-infra',
      distractors: ['regions', 'local-zones', 'availability-zones', 'wavelength'],
      ask: 'Which AWS infrastructure option meets these requirements?',
      stems: [
        'A hospital must process medical images in its own data centre, where the scanners are, and the images must stay on its premises. It wants to use AWS services and APIs for the processing.',
        'A government agency\'s regulator requires certain records to remain in the agency\'s own data centre. The agency wants to process them there with EC2 instances and EBS volumes that AWS installs and maintains.',
        'An energy company must process seismic data locally on premises, and the data must be kept inside its own facility, but the company wants to use the same AWS tools there as in the cloud.',
      ],
    },
    {
      id: 'inf-outposts-statement',
      kind: 'statement',
      domain: 'technology-and-services',
      requirements: ['inf-about-outposts'],
      key: 'inf-st-op-aws-installs',
      distractors: ['inf-st-op-customer-builds', 'inf-st-op-different-apis', 'inf-st-op-5g', 'inf-st-op-no-region'],
      ask: 'Which statement about AWS Outposts is true?',
      stems: [
        'A manufacturer is considering running AWS infrastructure inside its own factory.',
        'An IT director asks how a hybrid setup with AWS hardware in the company\'s own data centre would work.',
      ],
    },

    // ---------------- Local Zones and Wavelength together ----------------
    {
      id: 'inf-edge-extensions-two',
      kind: 'infrastructure',
      domain: 'technology-and-services',
      requirements: ['inf-runs-ec2', 'inf-no-own-hardware', 'inf-closer-than-region'],
      key: ['local-zones', 'wavelength'],
      distractors: ['regions', 'availability-zones', 'outposts-infra', 'edge-locations'],
      ask: 'Which TWO parts of the AWS global infrastructure can the company use? (Select TWO.)',
      stems: [
        'A media company wants to run EC2 instances closer to its end users than any AWS Region can: some watch on home broadband in large cities far from a Region, others on 5G phones. It will not install any hardware in its own buildings.',
        'A company wants some of its EC2 workloads to run nearer to end users than any AWS Region allows, both for city users on ordinary networks and for mobile users on 5G, in locations run by AWS or its telecom partners rather than in its own data centre.',
      ],
    },
  ],
};
