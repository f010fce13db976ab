import type { TopicInput } from '../schema.js';

export const autoScaling: TopicInput = {
  id: 'auto-scaling',
  name: 'Amazon EC2 Auto Scaling',
  aliases: [
    'asg', 'auto scaling group', 'auto scaling groups', 'autoscaling group', 'auto-scaling group', 'autoscaling', 'ec2 auto scaling',
    'aws auto scaling', 'scaling group', 'auto scalling', 'autoscalling', 'auto scailing', 'auto sacling',
  ],
  keywords: ['scale out', 'scale in', 'horizontal scaling', 'elasticity', 'add instances', 'remove instances', 'desired capacity', 'minimum and maximum', 'scaling policy', 'target tracking', 'scheduled scaling', 'predictive scaling', 'launch template', 'replace unhealthy instances', 'follow demand'],
  category: 'compute',
  summary: 'Keeps the right number of EC2 instances running: an Auto Scaling group adds instances when load grows, removes them when it drops, and replaces unhealthy ones, between a minimum and a maximum you set. No extra charge.',
  aspects: {
    overview: {
      text: 'An Auto Scaling group (ASG) is a set of identical EC2 instances started from a launch template, with three numbers: minimum, desired and maximum capacity. The group keeps the desired number running across the Availability Zones you choose; if an instance fails its EC2 or load balancer health check, it is replaced. Scaling policies move the desired number up and down: target tracking (for example, keep average CPU at 50%), step or simple policies on CloudWatch alarms, scheduled actions for known peaks, and predictive scaling that learns daily and weekly patterns. New instances register with the load balancer automatically. This is how EC2 delivers elasticity: scaling out and in with whole instances.',
      facts: [
        { label: 'Capacity settings', value: 'Minimum, desired and maximum number of instances', asks: ['minimum', 'maximum', 'desired', 'desired capacity', 'min', 'max', 'capacity', 'how many instances', 'number of instances', 'size', 'group size'] },
        { label: 'Launch template', value: 'Defines the AMI, instance type, security groups and user data for new instances', asks: ['launch template', 'launch templates', 'ami', 'instance type', 'user data', 'security groups', 'configuration', 'template'] },
        { label: 'Health', value: 'Replaces instances that fail EC2 status checks or load balancer health checks', source: { url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/healthcheck.html', checked: '2026-11-30' }, asks: ['health', 'health check', 'health checks', 'unhealthy', 'replace', 'replaces', 'failed instance', 'instance fails', 'self-healing', 'self healing', 'heal', 'dies', 'crash'], yes: ['replace unhealthy instances', 'replace failed instances', 'replace instances', 'self-healing', 'self healing', 'health checks', 'heal'] },
        { label: 'Policies', value: 'Target tracking, step, simple, scheduled and predictive scaling', asks: ['policy', 'policies', 'scaling policy', 'scaling policies', 'target tracking', 'step scaling', 'simple scaling', 'scheduled', 'scheduled scaling', 'schedule', 'predictive', 'predictive scaling', 'cpu', 'cloudwatch alarm', 'types of scaling', 'how does it scale', 'when does it scale'], yes: ['scheduled scaling', 'schedule', 'on a schedule', 'predictive scaling', 'target tracking', 'step scaling', 'scale on cpu', 'scale automatically', 'scales automatically', 'cloudwatch alarms'] },
        { label: 'High availability', value: 'Spreads instances across several Availability Zones', asks: ['high availability', 'highly available', 'availability zones', 'availability zone', 'multi-az', 'multiple azs', 'azs', 'az', 'across azs', 'fault tolerance'], yes: ['multiple availability zones', 'multiple azs', 'multi-az', 'across azs', 'availability zones', 'several azs', 'high availability', 'highly available'] },
        { label: 'Works with', value: 'Elastic Load Balancing target groups; mixed On-Demand and Spot Instances', asks: ['load balancer', 'load balancers', 'elb', 'alb', 'target group', 'target groups', 'spot', 'spot instances', 'on-demand', 'mixed instances', 'mix'], yes: ['spot', 'spot instances', 'load balancer', 'load balancers', 'elb', 'alb', 'mixed instances', 'on-demand and spot'] },
      ],
    },
    pricing: {
      text: 'EC2 Auto Scaling costs nothing on its own. You pay for the EC2 instances it runs and for any CloudWatch alarms or detailed monitoring you add. Its savings come from not paying for peak capacity around the clock: instances are removed when load drops, and a group can mix cheap Spot Instances with a base of On-Demand.',
      facts: [
        { label: 'Auto Scaling fee', value: 'None', asks: ['cost', 'price', 'how much', 'fee', 'free', 'charge', 'extra charge', 'pay for auto scaling'], yes: ['free', 'free of charge', 'no extra charge', 'no additional charge', 'no extra cost', 'no additional cost'], no: ['extra charge', 'additional charge', 'extra cost', 'additional cost', 'cost extra', 'charge extra', 'extra fee', 'additional fee'] },
        { label: 'You pay for', value: 'The EC2 instances (and CloudWatch extras) while they run', source: { url: 'https://aws.amazon.com/ec2/autoscaling/pricing/', checked: '2026-11-30' }, asks: ['pay for', 'what do i pay', 'billing', 'billed', 'cost', 'free', 'instances cost', 'cloudwatch'] },
      ],
    },
    limits: {
      text: 'Scaling happens in whole instances, and a new instance needs time to boot and start the application, often a few minutes, so sudden spikes are best met with predictive or scheduled scaling, warm pools or a little spare capacity. The group never goes outside the minimum and maximum you set.',
      facts: [
        { label: 'Speed', value: 'Minutes per new instance (boot plus app start); warm pools can shorten it', asks: ['speed', 'how fast', 'how quickly', 'how long', 'fast', 'slow', 'minutes', 'start time', 'boot', 'launch time', 'warm pool', 'warm pools', 'spike', 'spikes', 'sudden'], no: ['instantly', 'instant', 'immediately', 'milliseconds'] },
        { label: 'Launch configurations', value: 'Legacy: use launch templates; accounts created on or after 1 October 2024 cannot create launch configurations', source: { url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/LaunchConfiguration.html', checked: '2026-11-30' }, asks: ['launch configuration', 'launch configurations', 'launch config', 'legacy', 'deprecated', 'new accounts'] },
        { label: 'Scope', value: 'One Region: a group spreads instances over Availability Zones within a single Region, not across several Regions', asks: ['region', 'regions', 'multiple regions', 'across regions', 'multi-region', 'cross-region', 'span regions', 'global'], no: ['multiple regions', 'across regions', 'span regions', 'multi-region', 'several regions', 'cross-region', 'two regions'] },
        { label: 'Direction', value: 'Horizontal only: it adds and removes whole instances; it does not resize an instance (vertical scaling)', asks: ['vertical', 'vertical scaling', 'horizontal', 'horizontal scaling', 'bigger instance', 'larger instance', 'resize', 'instance size', 'scale out', 'scale in', 'scale up', 'scale down'], yes: ['horizontal scaling', 'horizontally', 'scale out', 'scale in'], no: ['vertical scaling', 'vertically', 'vertical', 'resize', 'resize instances', 'bigger instance', 'larger instance', 'change instance type'] },
      ],
    },
    useCases: {
      text: 'Web and app tiers with daily or seasonal peaks, the classic three-tier web app (ELB in front of an ASG spread over several Availability Zones), worker fleets that grow with a queue, and self-healing for even a single instance (a group with min = max = 1 replaces it if it dies). Elastic Beanstalk builds its production environments from an ASG plus a load balancer.',
    },
    examTips: {
      text: 'Keywords: elasticity, scale out / scale in, match capacity to demand, replace unhealthy instances, high availability across AZs -> Auto Scaling group (usually with a load balancer). Scaling out (more instances) is horizontal scaling; moving to a bigger instance is vertical scaling, which ASG does not do. Auto Scaling is free; you pay for the instances.',
    },
    pickWhen: {
      text: 'Use an Auto Scaling group whenever EC2 instances serve variable load or must stay healthy without someone watching: it keeps enough capacity for peaks, saves money at quiet times and heals failures.',
    },
    differences: {
      text: 'Versus Elastic Load Balancing: the load balancer spreads requests across instances; the ASG decides how many instances there are. They are used together. Versus Lambda: Lambda scales per request in milliseconds with nothing to configure; an ASG scales whole servers in minutes. Versus AWS Auto Scaling and Application Auto Scaling: those scale other resources too (ECS services, DynamoDB capacity, Aurora replicas); EC2 Auto Scaling is the EC2 part.',
    },
  },
  atAGlance: {
    whatItIs: 'Adds, removes and replaces EC2 instances to follow load',
    youManage: 'Launch template, min/desired/max capacity and scaling policies',
    billing: 'Free; you pay for the EC2 instances it runs',
    limits: 'Scales in whole instances that take minutes to start',
    pickWhen: 'EC2 capacity should follow demand and heal itself across AZs',
  },
  related: ['ec2', 'elastic-load-balancing', 'spot-instances', 'three-tier-architecture', 'elastic-beanstalk', 'lambda'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'Scaling EC2 with Auto Scaling groups is slow, complicated and needs intervention', correct: 'Once a group has a launch template and a policy, it scales and heals on its own. The honest limit is speed: new instances take minutes to start, while Lambda scales per request.' },
  ],
};
