import type { TopicInput } from '../schema.js';

const CHECKED = '2026-11-30';
const COMPARE_OD_RI = { url: 'https://aws.amazon.com/compare/the-difference-between-on-demand-instances-and-reserved-instances/', checked: CHECKED };
const SAVINGS_PLANS_DOCS = { url: 'https://docs.aws.amazon.com/savingsplans/', checked: CHECKED };
const SAVINGS_PLANS_FAQ = { url: 'https://aws.amazon.com/savingsplans/faq/', checked: CHECKED };
const SPOT_NOTICE = { url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html', checked: CHECKED };
const CAPACITY_RESERVATIONS = { url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-capacity-reservations.html', checked: CHECKED };

export const ec2PurchaseOptions: TopicInput = {
  id: 'ec2-purchase-options',
  name: 'EC2 purchase options',
  aliases: ['ec2 purchase options', 'ec2 purchasing options', 'ec2 pricing models', 'ec2 pricing options', 'instance purchasing options', 'savings plans', 'savings plan', 'compute savings plans', 'ec2 instance savings plans', 'dedicated hosts', 'dedicated instances', 'capacity reservations', 'on-demand capacity reservations', 'ec2 purchse options', 'ec2 purchasing optons', 'ec2 pricng models', 'savings plann'],
  keywords: ['cheapest way to run ec2', 'commitment', '1 year', '3 years', 'upfront', 'all upfront', 'partial upfront', 'no upfront', 'discount', 'steady state', 'byol', 'bring your own license', 'per-socket license', 'per-core license', 'single tenant', 'single-tenant hardware', 'reserve capacity', 'convertible', 'standard reserved instance', 'reserved instance', 'on-demand', 'pay as you go ec2', 'licensing'],
  category: 'billing-and-pricing',
  summary: 'The ways to pay for EC2: On-Demand, Reserved Instances, Savings Plans, Spot, Dedicated Hosts, Dedicated Instances and On-Demand Capacity Reservations. Choose by how steady, how flexible and how isolated the workload is.',
  aspects: {
    overview: {
      text: 'The instances are the same; only the way you pay changes. On-Demand: full price, no commitment. Reserved Instances and Savings Plans: a discount in return for a one- or three-year commitment. Spot: spare capacity, much cheaper, but AWS can take it back. Dedicated Hosts and Dedicated Instances: hardware no other customer uses. On-Demand Capacity Reservations: capacity held for you in one Availability Zone, with no term.',
      facts: [
        { label: 'On-Demand', value: 'Pay by the second or hour (60-second minimum); no commitment, nothing upfront', source: COMPARE_OD_RI, asks: ['on-demand', 'on demand', 'no commitment', 'pay as you go', 'pay-as-you-go', 'per second', 'per hour', '60 seconds', 'minimum', 'short term', 'unpredictable'], yes: ['on-demand per second', 'on-demand billed per second', 'on-demand pay as you go'], no: ['on-demand require a commitment', 'on-demand need a commitment', 'on-demand have a commitment', 'on-demand require upfront', 'on-demand upfront'] },
        { label: 'Reserved Instances', value: 'Discount for a 1- or 3-year term on matching instances', source: COMPARE_OD_RI, asks: ['reserved instances', 'reserved instance', 'ri', 'ris', 'reserved', '1 year', '3 year', '1-year', '3-year', 'one year', 'three year', 'term', 'commitment'] },
        { label: 'RI classes', value: 'Standard (bigger discount, fixed attributes) or Convertible (can be exchanged for other attributes)', asks: ['standard', 'convertible', 'standard ri', 'convertible ri', 'exchange', 'exchanged', 'change instance type', 'ri classes', 'ri types', 'flexibility'], yes: ['convertible be exchanged', 'convertible reserved instances be exchanged', 'convertible ris be exchanged', 'convertible ri be exchanged'], no: ['standard be exchanged', 'standard reserved instances be exchanged', 'standard ris be exchanged', 'standard ri be exchanged'] },
        { label: 'Savings Plans', value: 'Commit to a steady spend per hour for 1 or 3 years; Compute or EC2 Instance plans', source: SAVINGS_PLANS_DOCS, asks: ['savings plans', 'savings plan', 'commit to spend', 'dollar per hour', 'per hour commitment', 'hourly commitment', 'spend commitment'] },
        { label: 'Spot Instances', value: 'Spare capacity at a deep discount; interrupted with a 2-minute warning', source: SPOT_NOTICE, asks: ['spot', 'spot instances', 'spare capacity', 'interruption', 'interrupted', 'interruptible', 'cheapest', 'deep discount'], yes: ['spot be interrupted', 'spot instances be interrupted', 'spot interrupted', 'spot instances interrupted'] },
        { label: 'Dedicated Hosts', value: 'A whole physical server for you, with visibility of its sockets and cores', asks: ['dedicated host', 'dedicated hosts', 'physical server', 'sockets', 'cores', 'per-socket', 'per-core', 'byol', 'bring your own license', 'license', 'licence', 'licensing'] },
        { label: 'Dedicated Instances', value: 'Your instances on single-tenant hardware, without control of the host', asks: ['dedicated instance', 'dedicated instances', 'single tenant', 'single-tenant', 'no shared hardware', 'isolated hardware', 'own hardware'] },
        { label: 'Capacity Reservations', value: 'Capacity held in one AZ for any duration; no 1- or 3-year term', source: CAPACITY_RESERVATIONS, asks: ['capacity reservation', 'capacity reservations', 'on-demand capacity reservations', 'reserve capacity', 'guaranteed capacity', 'capacity in one az', 'no term'] },
      ],
    },
    pricing: {
      text: 'On-Demand is the reference price. Commitments (Reserved Instances, Savings Plans) and Spot cut it; dedicated hardware adds to it. Capacity Reservations cost the On-Demand rate from the moment they are active, whether or not an instance uses them. Exact prices depend on the instance type, and prices vary by Region.',
      facts: [
        { label: 'Reserved Instances', value: 'Up to 72% off On-Demand for a 1- or 3-year term', source: COMPARE_OD_RI, asks: ['ri discount', 'reserved instance discount', 'reserved instances discount', 'how much discount', 'how much cheaper', 'reserved price', '72%'] },
        { label: 'EC2 Instance Savings Plans', value: 'Up to 72% off; one instance family in one Region', source: SAVINGS_PLANS_FAQ, asks: ['ec2 instance savings plans', 'ec2 instance savings plan', 'instance savings plans', 'instance savings plan', 'instance family', 'one region'], no: ['instance savings plans cover fargate', 'instance savings plans cover lambda', 'instance savings plans apply to fargate', 'instance savings plans apply to lambda', 'instance savings plan cover fargate', 'instance savings plan cover lambda'] },
        { label: 'Compute Savings Plans', value: 'Up to 66% off; any family, size, AZ or Region, and also Fargate and Lambda', source: SAVINGS_PLANS_FAQ, asks: ['compute savings plans', 'compute savings plan', 'fargate', 'lambda', 'any region', 'any family', 'flexible', 'most flexible'], yes: ['savings plans cover fargate', 'savings plans cover lambda', 'savings plans apply to fargate', 'savings plans apply to lambda', 'savings plan cover fargate', 'savings plan cover lambda', 'compute savings plans cover fargate', 'compute savings plans cover lambda'] },
        { label: 'Payment options', value: 'All Upfront, Partial Upfront or No Upfront (more upfront, bigger discount)', asks: ['all upfront', 'partial upfront', 'no upfront', 'upfront', 'payment options', 'pay upfront', 'payment', 'pay monthly'], yes: ['without paying upfront', 'pay nothing upfront', 'no upfront option', 'without upfront payment'] },
        { label: 'Capacity Reservations', value: 'Billing starts as soon as the reservation is provisioned, used or not', source: CAPACITY_RESERVATIONS, asks: ['capacity reservation cost', 'capacity reservation price', 'capacity reservation billing', 'unused reservation', 'billed when unused', 'charged when unused'], yes: ['capacity reservations billed when unused', 'capacity reservation billed when unused', 'capacity reservations charged when unused', 'pay for unused capacity reservations'] },
        { label: 'Dedicated Hosts', value: 'Billed per host, not per instance', asks: ['dedicated host cost', 'dedicated host price', 'per host', 'dedicated host billing', 'dedicated hosts billing', 'dedicated hosts cost'] },
      ],
    },
    limits: {
      text: 'A commitment is paid whether you use it or not. Standard Reserved Instances lock the instance attributes; Convertible ones can be exchanged but save less. Spot capacity can vanish at short notice. Capacity Reservations give no discount on their own; combine them with Savings Plans or Regional Reserved Instances for that.',
      facts: [
        { label: 'Spot warning', value: 'Two minutes before AWS stops or terminates the instance', source: SPOT_NOTICE, asks: ['spot warning', '2 minutes', 'two minutes', 'interruption notice', 'notice', 'warning', 'termination notice', 'how much notice'] },
        { label: 'Capacity Reservations', value: 'Reserve capacity only; the discount comes from Savings Plans or Regional RIs', source: CAPACITY_RESERVATIONS, asks: ['capacity reservation discount', 'capacity reservations discount', 'discount on capacity', 'reservation discount', 'combine with savings plans'], no: ['capacity reservations give a discount', 'capacity reservation give a discount', 'capacity reservations discounted', 'capacity reservations cheaper', 'capacity reservation cheaper', 'capacity reservations include a discount'] },
      ],
    },
    useCases: {
      text: 'On-Demand for new, short or unpredictable workloads that must not stop. Reserved Instances or Savings Plans for steady production servers and databases. Spot for batch jobs, tests, rendering and other work that can be restarted. Dedicated Hosts for software licensed per socket or per core, or rules that demand a dedicated physical server. Capacity Reservations before a big event or for disaster recovery when the capacity must be there.',
    },
    examTips: {
      text: 'Steady use for years -> Reserved Instances or Savings Plans. Must also cover Fargate or Lambda -> Compute Savings Plans. Short, unpredictable, cannot be interrupted -> On-Demand. Can be interrupted, cheapest -> Spot. Bring your own per-socket or per-core licences, or see sockets and cores -> Dedicated Hosts. Only "no shared hardware" -> Dedicated Instances. Guaranteed capacity in one AZ without a long commitment -> On-Demand Capacity Reservations.',
    },
    pickWhen: {
      text: 'Match the option to the workload: commit only what runs all the time, put interruptible work on Spot, use On-Demand for the rest, and pay for dedicated hardware only when licences or compliance require it.',
    },
    differences: {
      text: 'Reserved Instances versus Savings Plans: both discount a 1- or 3-year commitment, but Reserved Instances are tied to instance attributes while Savings Plans commit to a dollar amount per hour and apply more flexibly. Dedicated Hosts versus Dedicated Instances: both are single-tenant hardware; only Dedicated Hosts show the sockets and cores and let you place instances on a specific host, which matters for licences. Capacity Reservations versus Reserved Instances: one guarantees capacity, the other gives a discount.',
    },
  },
  atAGlance: {
    whatItIs: 'The ways to pay for EC2 capacity',
    youManage: 'Choosing the option that fits each workload',
    billing: 'On-Demand is full price; commitments and Spot cheaper; dedicated hardware costs more',
    limits: 'Commitments are paid even if unused; Spot can be interrupted',
    pickWhen: 'Matching price model to how steady, flexible and isolated a workload is',
  },
  related: ['ec2', 'spot-instances', 'auto-scaling', 'fargate', 'lambda', 'availability-zones'],
  examDomain: 'billing-pricing-support',
  examScope: 'in-scope',
  lifecycle: {
    status: 'available',
    history: [
      { date: '2015-01-05', event: 'Two-minute Spot Instance termination notices introduced', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2015/01/05/announcing-amazon-ec2-spot-instance-termination-notices/', checked: CHECKED } },
    ],
  },
};
