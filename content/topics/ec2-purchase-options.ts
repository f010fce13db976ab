import type { TopicInput } from '../schema.js';

export const ec2PurchaseOptions: TopicInput = {
  id: 'ec2-purchase-options',
  name: 'EC2 purchase options',
  aliases: ['ec2 purchase options', 'ec2 purchasing options', 'ec2 pricing models', 'ec2 pricing options', 'instance purchasing options', 'savings plans', 'savings plan', 'dedicated hosts', 'dedicated instances', 'capacity reservations', 'on-demand capacity reservations', 'ec2 purchse options', 'ec2 purchasing optons', 'ec2 pricng models'],
  keywords: ['cheapest way to run ec2', 'commitment', 'upfront', 'all upfront', 'partial upfront', 'no upfront', 'discount', 'steady state', 'byol', 'bring your own license', 'per-socket license', 'single tenant', 'reserve capacity', 'convertible', 'compute savings plans', 'ec2 instance savings plans', 'reserved instance', 'on-demand'],
  category: 'billing-and-pricing',
  summary: 'The ways to pay for EC2: On-Demand, Reserved Instances, Savings Plans, Spot, Dedicated Hosts, Dedicated Instances and On-Demand Capacity Reservations. Choose by how steady, how flexible and how isolated the workload is.',
  aspects: {
    overview: {
      text: 'On-Demand is pay as you go with no commitment. Reserved Instances and Savings Plans give a discount in return for a one- or three-year commitment. Spot Instances sell spare capacity cheaply, but AWS can take them back. Dedicated Hosts and Dedicated Instances run you on hardware no other customer uses. On-Demand Capacity Reservations hold capacity in one Availability Zone with no term to sign.',
      facts: [
        { label: 'On-Demand', value: 'Pay per second or hour of use; no commitment, no upfront payment' },
        { label: 'Reserved Instances', value: 'Discount for a one- or three-year term; Standard or Convertible' },
        { label: 'Savings Plans', value: 'Discount for committing to a steady spend per hour; Compute or EC2 Instance plans' },
        { label: 'Spot Instances', value: 'Spare capacity at a deep discount; can be interrupted' },
        { label: 'Dedicated Hosts', value: 'A whole physical server for you; see its sockets and cores; bring your own licences' },
        { label: 'Dedicated Instances', value: 'Instances on single-tenant hardware, without control of the host' },
        { label: 'Capacity Reservations', value: 'Capacity held in one Availability Zone; no term; billed whether used or not' },
      ],
    },
    examTips: {
      text: 'Steady, predictable use for years -> Reserved Instances or Savings Plans. Short, unpredictable or first-time workloads that must not stop -> On-Demand. Can be interrupted, cheapest -> Spot. Licences tied to sockets or cores, or rules that need a dedicated physical server -> Dedicated Hosts. Need capacity guaranteed in one AZ but no long commitment -> On-Demand Capacity Reservations.',
    },
  },
  atAGlance: {
    whatItIs: 'The ways to pay for EC2 capacity',
    youManage: 'Choosing the option that fits each workload',
    billing: 'On-Demand full price; commitments and Spot cheaper; dedicated hardware costs more',
    limits: 'Commitments lock you in; Spot can be interrupted',
    pickWhen: 'Matching the price model to how steady and flexible a workload is',
  },
  related: ['ec2', 'spot-instances', 'auto-scaling', 'fargate', 'lambda'],
  examDomain: 'billing-pricing-support',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
