import type { TopicInput } from '../schema.js';

export const spotInstances: TopicInput = {
  id: 'spot-instances',
  name: 'EC2 Spot Instances',
  aliases: ['spot', 'spot instance', 'amazon ec2 spot instances', 'ec2 spot', 'ec2 spot instances', 'spot fleet', 'spot pricing', 'spot instnaces', 'spot insatnces', 'sopt instances'],
  keywords: ['spare capacity', 'cheapest ec2', 'deepest discount', 'up to 90%', 'interruption', 'interrupted', 'interruptible', 'can be interrupted', 'cheap instances', 'two-minute warning', 'fault tolerant', 'stateless', 'checkpoint', 'discount compute'],
  category: 'compute',
  summary: 'Spare EC2 capacity at up to 90% off On-Demand prices. The catch: AWS can take an instance back with a two-minute warning, so Spot suits work that can be interrupted and resumed.',
  aspects: {
    overview: {
      text: 'AWS always keeps more capacity than is in use, and sells the idle part as Spot Instances. They are ordinary EC2 instances, same types, same AMIs, at a much lower price, but when AWS needs the capacity back it interrupts them: you get a two-minute notice (and often an earlier rebalance recommendation), then the instance is terminated, stopped or hibernated. You no longer bid: the Spot price moves slowly with long-term supply and demand, and you simply pay the current price (a maximum price is optional, and AWS advises against it because it causes more interruptions). Spreading requests over many instance types and Availability Zones makes interruptions rarer; Auto Scaling groups, EC2 Fleet, ECS, EKS and AWS Batch can all do this for you.',
      facts: [
        { label: 'Discount', value: 'Up to 90% off the On-Demand price', source: { url: 'https://aws.amazon.com/ec2/spot/', checked: '2026-11-30' }, asks: ['discount', 'how much cheaper', 'savings', 'save', 'cheaper', 'cheapest', 'how cheap', 'percent', '90%', 'price vs on-demand'], yes: ['cheaper', 'cheapest', 'cheap', 'discount', 'discounted', 'cheaper than on-demand', 'save money', 'cheapest option'], no: ['more expensive', 'full price'] },
        { label: 'Interruption notice', value: 'Two minutes (plus an optional earlier rebalance recommendation)', asks: ['interruption', 'interruptions', 'interrupted', 'interrupt', 'notice', 'warning', 'two minutes', 'two-minute warning', '2 minutes', 'how much warning', 'rebalance', 'rebalance recommendation', 'taken back', 'reclaimed'], yes: ['interrupted', 'interrupt', 'be interrupted', 'interruptions', 'taken away', 'taken back', 'reclaimed', 'terminated by aws', 'two-minute warning', 'two minute warning', 'get a warning', 'advance notice'], no: ['guaranteed', 'never interrupted', 'uninterrupted', 'guaranteed capacity', 'without warning', 'no warning'] },
        { label: 'On interruption', value: 'Terminate (default), stop or hibernate', asks: ['what happens', 'terminate', 'terminated', 'stop', 'stopped', 'hibernate', 'hibernation', 'interruption behavior', 'interruption behaviour', 'after interruption'], yes: ['stop', 'stopped', 'hibernate', 'hibernated', 'terminate'] },
        { label: 'Price', value: 'Set by AWS from long-term supply and demand; no bidding; a maximum price is optional', asks: ['bid', 'bidding', 'bids', 'spot price', 'price', 'maximum price', 'max price', 'how is the price set', 'auction', 'market', 'price changes', 'supply and demand'], yes: ['maximum price', 'max price', 'supply and demand'], no: ['bid', 'bidding', 'bids', 'auction', 'need to bid', 'highest bidder'] },
        { label: 'Ways to use it', value: 'Auto Scaling groups mixing Spot and On-Demand, EC2 Fleet, ECS, EKS, AWS Batch', source: { url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-instances.html', checked: '2026-11-30' }, asks: ['auto scaling', 'auto scaling group', 'asg', 'ec2 fleet', 'ecs', 'eks', 'batch', 'aws batch', 'kubernetes', 'containers', 'mix', 'mixed instances', 'how to use'], yes: ['auto scaling', 'auto scaling group', 'auto scaling groups', 'asg', 'ec2 fleet', 'ecs', 'eks', 'aws batch', 'kubernetes', 'mix with on-demand', 'mixed instances'] },
        { label: 'Same instances', value: 'Ordinary EC2 instances: the same instance types and AMIs as On-Demand; only the price and the risk of interruption differ', asks: ['same', 'different', 'hardware', 'performance', 'slower', 'instance types', 'ami', 'amis', 'on-demand', 'difference from on-demand'], yes: ['same as on-demand', 'same hardware', 'same instance types', 'same instances', 'regular ec2', 'normal ec2', 'same amis'], no: ['different hardware', 'slower', 'weaker', 'worse performance', 'lower performance', 'less powerful'] },
      ],
    },
    pricing: {
      text: 'You pay the current Spot price for the instance type and Availability Zone while the instance runs, billed like On-Demand (per second for most Linux and Windows instances). There is no commitment and nothing to pay up front.',
      facts: [
        { label: 'Typical saving', value: 'Up to 90% versus On-Demand', source: { url: 'https://aws.amazon.com/ec2/spot/', checked: '2026-11-30' }, asks: ['typical saving', 'typical savings', 'savings', 'how much do i save'] },
        { label: 'Commitment', value: 'None', asks: ['commitment', 'commit', 'contract', 'upfront', 'term', 'reservation', 'lock in', 'long term', 'one year', 'three years'], yes: ['pay as you go', 'cancel anytime', 'stop anytime'], no: ['commitment', 'contract', 'upfront', 'pay upfront', 'lock in', 'locked in', 'long-term contract', 'reservation'] },
        { label: 'Containers', value: 'Fargate Spot (ECS only) gives serverless containers at up to 70% off', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' }, asks: ['fargate', 'fargate spot', 'containers', 'serverless containers', '70%'], yes: ['fargate spot', 'fargate', 'serverless containers'] },
      ],
    },
    limits: {
      text: 'Interruptions are the limit. Anything that cannot lose its instance at short notice (a database, a single server with no backup, a job that cannot be restarted) does not belong on Spot. Long jobs are fine if they save progress (checkpoint) and can pick up again.',
      facts: [
        { label: 'Not suitable for', value: 'Databases, critical jobs that cannot be restarted, single servers with no fallback', asks: ['databases', 'database', 'critical', 'mission critical', 'stateful', 'not suitable', 'bad for', 'avoid', 'should not', 'single server', 'cannot be interrupted'], no: ['database', 'databases', 'critical', 'mission critical', 'mission-critical', 'stateful', 'cannot be interrupted', 'must not be interrupted', 'single server'] },
        { label: 'Retired', value: 'Spot blocks (a fixed 1-6 hour duration) are no longer offered', source: { url: 'https://docs.aws.amazon.com/emr/latest/APIReference/API_SpotProvisioningSpecification.html', checked: '2026-11-30' }, asks: ['spot blocks', 'spot block', 'defined duration', 'fixed duration', 'guaranteed duration', 'reserve for hours', 'block'], no: ['spot blocks', 'spot block', 'defined duration', 'fixed duration', 'guaranteed duration'] },
      ],
    },
    useCases: {
      text: 'Fault-tolerant, flexible work: batch processing and data analysis, image and video rendering, CI/CD build agents, big-data clusters, machine-learning training with checkpoints, and stateless web or container fleets where an Auto Scaling group mixes Spot with a base of On-Demand instances. In the course, AWS Batch launches Spot Instances to run batch jobs cheaply.',
      facts: [
        { label: 'Good fits', value: 'Batch processing, data analysis, rendering, CI/CD builds, big data, ML training with checkpoints, and stateless web or container fleets', asks: ['good for', 'suitable', 'best for', 'workloads', 'what to run', 'batch jobs', 'batch processing', 'rendering', 'ci/cd', 'big data', 'machine learning', 'ml training', 'stateless', 'fault tolerant', 'checkpoint', 'testing'], yes: ['batch', 'batch jobs', 'batch processing', 'rendering', 'ci/cd', 'build agents', 'big data', 'data analysis', 'machine learning', 'ml training', 'stateless', 'fault tolerant', 'fault-tolerant', 'flexible', 'checkpoint', 'checkpoints', 'testing', 'dev and test'] },
      ],
    },
    examTips: {
      text: 'Keywords: "can tolerate interruptions", "flexible start and end times", "cheapest", "up to 90%" -> Spot. Workloads that must not be interrupted, or databases -> On-Demand, or Reserved Instances / Savings Plans when steady for 1-3 years. Batch jobs on Spot is the classic cost-optimised answer.',
    },
    pickWhen: {
      text: 'Pick Spot when the work can stop and resume or be retried, and cost matters more than guaranteed capacity. Keep critical, stateful or time-bound work on On-Demand or committed capacity.',
    },
    differences: {
      text: 'Versus On-Demand: same instances, but On-Demand is never interrupted by AWS and costs full price. Versus Reserved Instances and Savings Plans: those discount steady, always-on usage (up to 72%) in exchange for a 1- or 3-year commitment; Spot needs no commitment but can be taken back. Versus Fargate Spot: the same idea for serverless containers on ECS, at up to 70% off.',
    },
  },
  atAGlance: {
    whatItIs: 'Spare EC2 capacity sold at a deep discount',
    youManage: 'Instances as with EC2, plus handling interruptions',
    billing: 'Current Spot price per second, up to 90% below On-Demand; no commitment',
    limits: 'Can be interrupted with a 2-minute warning',
    pickWhen: 'Fault-tolerant or flexible work where the lowest price matters',
  },
  related: ['ec2', 'auto-scaling', 'batch', 'fargate', 'ecs', 'eks'],
  examDomain: 'billing-pricing-support',
  examScope: 'in-scope',
  lifecycle: {
    status: 'available',
    history: [
      { date: '2022-12-31', event: 'Spot blocks (defined-duration Spot Instances) ended', source: { url: 'https://docs.aws.amazon.com/emr/latest/APIReference/API_SpotProvisioningSpecification.html', checked: '2026-11-30' } },
    ],
  },
  corrections: [],
};
