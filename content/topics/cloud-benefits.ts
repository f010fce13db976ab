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
        { label: 'Capital to variable expense', value: 'No big upfront hardware purchase; pay for what you use (pay-as-you-go)', asks: ['capex', 'opex', 'capital expense', 'capital expenses', 'capital expenditure', 'variable expense', 'variable expenses', 'operational expense', 'upfront', 'upfront cost', 'upfront investment', 'pay as you go', 'pay-as-you-go', 'pay for what you use', 'fixed cost', 'fixed costs', 'hardware'], yes: ['pay as you go', 'pay-as-you-go', 'pay for what you use', 'variable expense', 'capex to opex'], no: ['upfront investment', 'large upfront', 'big upfront', 'buy hardware'] },
        { label: 'Economies of scale', value: 'AWS buys at huge scale, so usage prices can be lower', asks: ['economies of scale', 'economy of scale', 'lower prices', 'cheaper', 'bulk', 'price reductions', 'massive scale', 'scale economies'], yes: ['economies of scale', 'economy of scale', 'lower prices'] },
        { label: 'Stop guessing capacity', value: 'Scale up or down as needed instead of over- or under-buying', asks: ['guess capacity', 'guessing capacity', 'stop guessing', 'stop guessing capacity', 'capacity planning', 'over-provisioning', 'overprovisioning', 'under-provisioning', 'idle capacity', 'capacity', 'provisioning'], yes: ['stop guessing capacity', 'stop guessing'] },
        { label: 'Speed and agility', value: 'New resources in minutes, so teams can experiment and deliver faster', asks: ['agility', 'agile', 'speed', 'faster', 'experiment', 'experimentation', 'innovation', 'innovate', 'time to market', 'quickly'], yes: ['agility', 'speed', 'experiment', 'experimentation', 'innovation', 'faster'] },
        { label: 'No data centres to run', value: 'Spend on your product, not on racking and powering servers', asks: ['data center', 'data centre', 'data centers', 'data centres', 'run data centers', 'racking', 'maintain servers', 'undifferentiated heavy lifting', 'heavy lifting', 'focus on business', 'focus on customers'] },
        { label: 'Go global in minutes', value: 'Deploy in Regions around the world, close to users', asks: ['go global', 'global', 'global reach', 'worldwide', 'international', 'other countries', 'close to users', 'deploy globally'], yes: ['go global', 'go global in minutes', 'global reach'] },
        { label: 'Elasticity', value: 'Resources added AND removed automatically as demand changes', asks: ['elasticity', 'elastic', 'scale down', 'scale in', 'shrink', 'automatic scaling', 'automatically', 'up and down', 'demand'], yes: ['scale down', 'scale in', 'shrink', 'up and down', 'scale automatically'], no: ['same as scalability', 'the same as scalability', 'same thing as scalability'] },
        { label: 'Scalability', value: 'The ability to grow to handle more load', asks: ['scalability', 'scalable', 'scale', 'grow', 'growth', 'scale up', 'scale out', 'more load', 'vertical', 'horizontal'], yes: ['grow', 'scale up', 'scale out'], no: ['same as elasticity', 'the same as elasticity', 'same thing as elasticity'] },
        { label: 'High availability', value: 'Little downtime, usually by running across several Availability Zones', asks: ['high availability', 'highly available', 'availability', 'downtime', 'uptime', 'multi-az', 'availability zones', 'failover'], no: ['same as fault tolerance', 'the same as fault tolerance', 'same thing as fault tolerance'] },
        { label: 'Fault tolerance', value: 'Keeps working with no interruption when a component fails', asks: ['fault tolerance', 'fault tolerant', 'fault-tolerant', 'no interruption', 'component fails', 'failure', 'redundancy', 'zero downtime'], no: ['same as high availability', 'the same as high availability', 'same thing as high availability'] },
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
