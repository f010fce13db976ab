import type { TopicInput } from '../schema.js';

export const cloudBenefits: TopicInput = {
  id: 'cloud-benefits',
  name: 'Benefits of the AWS Cloud',
  aliases: ['cloud benefits', 'benefits of the cloud', 'benefits of cloud computing', 'advantages of cloud computing', 'six advantages of cloud computing', 'elasticity', 'scalability', 'economies of scale', 'agility', 'high availability', 'fault tolerance', 'cloud benifits', 'benifits of the cloud', 'advantages of cloud computting', 'elasticty'],
  keywords: ['capex', 'opex', 'capital expense', 'variable expense', 'pay as you go', 'pay-as-you-go', 'stop guessing capacity', 'go global in minutes', 'speed', 'elastic', 'scalable', 'highly available', 'fault tolerant', 'why cloud', 'value proposition', 'data center costs', 'upfront investment'],
  category: 'cloud-concepts',
  summary: 'Why move to AWS: pay only for what you use, benefit from economies of scale, stop guessing capacity, move faster, go global in minutes, and build systems that are elastic, highly available and fault tolerant.',
  aspects: {
    overview: {
      text: 'AWS names six advantages of cloud computing: trade fixed capital expense for variable expense, benefit from massive economies of scale, stop guessing capacity, increase speed and agility, stop spending money running and maintaining data centres, and go global in minutes. The exam also tests design qualities: scalability (can grow to meet demand), elasticity (grows and shrinks automatically with demand), high availability (little downtime) and fault tolerance (keeps working when a part fails).',
      facts: [
        { label: 'Capital to variable expense', value: 'No big upfront hardware purchase; pay for what you use (pay-as-you-go)' },
        { label: 'Economies of scale', value: 'AWS buys at huge scale, so usage prices can be lower' },
        { label: 'Stop guessing capacity', value: 'Scale up or down as needed instead of over- or under-buying' },
        { label: 'Speed and agility', value: 'New resources in minutes, so teams can experiment and deliver faster' },
        { label: 'No data centres to run', value: 'Spend on your product, not on racking and powering servers' },
        { label: 'Go global in minutes', value: 'Deploy in Regions around the world, close to users' },
        { label: 'Elasticity', value: 'Resources added AND removed automatically as demand changes' },
        { label: 'Scalability', value: 'The ability to grow to handle more load' },
        { label: 'High availability', value: 'Little downtime, usually by running across several Availability Zones' },
        { label: 'Fault tolerance', value: 'Keeps working with no interruption when a component fails' },
      ],
    },
    useCases: {
      text: 'A shop that needs many servers only in the holiday season uses elasticity instead of buying for the peak. A start-up launches without buying hardware (capital to variable expense). A company opens in a new country by deploying to a nearby Region (go global in minutes).',
    },
    examTips: {
      text: 'Elasticity = automatic up AND down with demand (Auto Scaling). Scalability = able to grow. High availability = minimal downtime; fault tolerance = no interruption at all when something fails. Agility = speed to experiment. "Trade capital expense for variable expense" and "pay-as-you-go" are the same benefit. "Stop guessing capacity" answers over-provisioning questions.',
    },
    differences: {
      text: 'Elasticity versus scalability: scalability is the ability to grow; elasticity adds automatic shrinking, so you pay only for what the current load needs. High availability versus fault tolerance: a highly available system may have a short blip during failover; a fault-tolerant one keeps running with no visible interruption, usually at higher cost.',
    },
  },
  atAGlance: {
    whatItIs: 'The business and technical advantages of the AWS Cloud',
    youManage: 'Nothing; a concept',
    billing: 'Pay-as-you-go instead of upfront capital expense',
    limits: 'The benefits come from good design, such as multi-AZ and Auto Scaling',
    pickWhen: 'Questions about why to move to the cloud',
  },
  related: ['auto-scaling', 'elastic-load-balancing', 'ec2', 'serverless', 'regions', 'availability-zones'],
  examDomain: 'cloud-concepts',
  examScope: 'concept',
  lifecycle: { status: 'available' },
};
