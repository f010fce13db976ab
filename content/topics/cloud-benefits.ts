import type { TopicInput } from '../schema.js';

export const cloudBenefits: TopicInput = {
  id: 'cloud-benefits',
  name: 'Benefits of the AWS Cloud',
  aliases: ['cloud benefits', 'benefits of the cloud', 'benefits of cloud computing', 'advantages of cloud computing', 'six advantages of cloud computing', 'elasticity', 'scalability', 'economies of scale', 'agility', 'high availability', 'fault tolerance', 'cloud benifits', 'benifits of the cloud', 'advantages of cloud computting'],
  keywords: ['capex', 'opex', 'capital expense', 'variable expense', 'pay as you go', 'stop guessing capacity', 'go global in minutes', 'speed', 'elastic', 'scalable', 'highly available', 'fault tolerant', 'why cloud', 'value proposition'],
  category: 'cloud-concepts',
  summary: 'Why companies move to AWS: pay only for what you use, benefit from economies of scale, stop guessing capacity, move faster, go global in minutes, and build systems that are elastic, highly available and fault tolerant.',
  aspects: {
    overview: {
      text: 'AWS lists six advantages of cloud computing: trade fixed capital expense for variable expense, benefit from massive economies of scale, stop guessing capacity, increase speed and agility, stop spending money running data centres, and go global in minutes. The exam also tests design ideas: scalability (able to grow to meet demand), elasticity (grow and shrink automatically with demand), high availability (stay up with little downtime) and fault tolerance (keep working even when a part fails).',
      facts: [
        { label: 'Capital to variable expense', value: 'No big upfront hardware purchase; pay for what you use' },
        { label: 'Economies of scale', value: 'AWS buys at huge scale, so prices can be lower' },
        { label: 'Stop guessing capacity', value: 'Scale up or down as needed instead of over- or under-buying' },
        { label: 'Speed and agility', value: 'New resources in minutes, so teams can experiment quickly' },
        { label: 'Go global in minutes', value: 'Deploy in Regions around the world close to users' },
        { label: 'Elasticity', value: 'Resources added and removed automatically as demand changes' },
        { label: 'Scalability', value: 'The ability to grow to handle more load' },
        { label: 'High availability', value: 'Little downtime, usually by running in several Availability Zones' },
        { label: 'Fault tolerance', value: 'Keeps working with no interruption when a component fails' },
      ],
    },
    examTips: {
      text: 'Elasticity = automatic up AND down with demand (Auto Scaling). Scalability = can grow. High availability = minimal downtime; fault tolerance = no interruption at all when something fails. Agility = speed to experiment and deliver. "Trade capital expense for variable expense" and "pay-as-you-go" are the same benefit.',
    },
  },
  atAGlance: {
    whatItIs: 'The business and technical advantages of using the AWS Cloud',
    youManage: 'Nothing; a concept',
    billing: 'Pay-as-you-go instead of upfront capital expense',
    limits: 'Benefits come from good design, such as multi-AZ and Auto Scaling',
    pickWhen: 'Questions about why to move to the cloud',
  },
  related: ['auto-scaling', 'elastic-load-balancing', 'ec2', 'serverless'],
  examDomain: 'cloud-concepts',
  examScope: 'concept',
  lifecycle: { status: 'available' },
};
