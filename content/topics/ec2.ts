import type { TopicInput } from '../schema.js';

export const ec2: TopicInput = {
  id: 'ec2',
  name: 'Amazon EC2',
  aliases: [
    'ec2', 'elastic compute cloud', 'amazon elastic compute cloud', 'ec2 instance', 'ec2 instances', 'virtual server', 'virtual servers',
    'on-demand instances', 'reserved instances', 'vm', 'vms', 'virtual machine', 'virtual machines', 'ec 2', 'elastic compute clod', 'elastic comptue cloud', 'elastic compute clowd',
  ],
  keywords: ['instance', 'instances', 'instance type', 'ami', 'virtual machine in aws', 'server in the cloud', 'iaas', 'full control', 'operating system', 'install software', 'ssh', 'security group', 'ebs', 'on-demand', 'savings plans', 'dedicated host'],
  category: 'compute',
  summary: 'Virtual servers in the cloud: you choose the instance type, operating system and network, and you manage everything from the OS up. Billed while running, per second for most Linux and Windows instances.',
  aspects: {
    overview: {
      text: 'An EC2 instance is a virtual machine on AWS hardware (the Nitro hypervisor). You pick an image (AMI) with the operating system, an instance type that fixes vCPU, memory and network, a disk (EBS volumes or instance store) and a security group as the firewall, and you can log in and install anything. That makes EC2 the most flexible compute on AWS and the basis of much else: ECS, EKS, Batch and Elastic Beanstalk all run on EC2 instances, and Docker can run on an instance too. The flip side: EC2 is infrastructure as a service, so patching the OS, sizing and scaling are your job. An instance runs, and bills, until you stop it; to follow load you put instances in an Auto Scaling group behind a load balancer.',
      facts: [
        { label: 'Model', value: 'Infrastructure as a Service (IaaS): virtual machines' },
        { label: 'You choose', value: 'AMI (OS image), instance type, storage, network and security groups' },
        { label: 'You manage', value: 'Guest OS patches, software, scaling and data (shared responsibility)' },
        { label: 'Instance families', value: 'General purpose, compute optimised, memory optimised, accelerated (GPU), storage optimised' },
        { label: 'Storage', value: 'EBS volumes (network disks that persist) and instance store (fast, temporary)' },
        { label: 'Scaling', value: 'By adding or removing whole instances, usually with an Auto Scaling group' },
      ],
    },
    pricing: {
      text: 'On-Demand instances bill while they run, per second with a 60-second minimum for most Linux and Windows instances, at a rate set by instance type and Region. Stopped instances cost nothing for compute, but their EBS volumes keep billing. To pay less, commit to steady use with Savings Plans or Reserved Instances, or run interruptible work on Spot.',
      facts: [
        { label: 'On-Demand', value: 'Full price, per second, no commitment' },
        { label: 'Savings Plans / Reserved Instances', value: 'Up to 72% off for a 1- or 3-year commitment', source: { url: 'https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/amazon-ec2.html', checked: '2026-11-30' } },
        { label: 'Spot Instances', value: 'Up to 90% off; AWS can reclaim them with 2 minutes\' notice', source: { url: 'https://aws.amazon.com/ec2/spot/', checked: '2026-11-30' } },
        { label: 'Dedicated options', value: 'Dedicated Hosts and Dedicated Instances for licensing or compliance' },
        { label: 'Free tier', value: 'Older accounts: 750 hours a month of t2.micro or t3.micro for 12 months; accounts opened after 15 July 2025 get credits instead', source: { url: 'https://aws.amazon.com/free/', checked: '2026-11-30' } },
      ],
    },
    limits: {
      text: 'There is no run-time limit: an instance can run for years. The limits are capacity and effort: sizes range from a nano instance with 0.5 GiB of memory up to hundreds of vCPUs and many TiB of memory, accounts have per-Region vCPU quotas (adjustable), and a new instance needs a minute or more to boot.',
      facts: [
        { label: 'Run time', value: 'No limit' },
        { label: 'Quotas', value: 'On-Demand and Spot vCPU quotas per Region (can be raised)' },
        { label: 'Start-up', value: 'Usually a minute or more to boot a new instance' },
      ],
    },
    useCases: {
      text: 'Anything that needs a full server: web and application servers behind a load balancer, software that needs a specific OS, kernel or licence, long-running or steady workloads, GPU training, and self-managed databases. In the course, EC2 is also the host for Docker (many containers on one instance), the capacity ECS and Batch launch, and the servers Elastic Beanstalk creates in an Auto Scaling group behind a load balancer.',
    },
    examTips: {
      text: 'EC2 = virtual servers, IaaS, the most control. "Full control of the OS", "install custom software", "choose the instance type" -> EC2. Remember who patches: on EC2 it is you. Match pricing words: steady 1-3 years -> Savings Plans or Reserved Instances; interruptible, cheapest -> Spot; short or unpredictable -> On-Demand. Short event-driven code without servers -> Lambda, not EC2.',
    },
    pickWhen: {
      text: 'Pick EC2 when you need control over the operating system, instance type or hardware, when work runs continuously, or when software cannot be containerised or squeezed into Lambda\'s limits.',
    },
    differences: {
      text: 'Versus Lambda: EC2 runs continuously and bills for uptime, with no time limit and full control, but you scale it by adding instances; Lambda runs only on demand, scales by itself and stops each run after 15 minutes. Versus Fargate: both run containers, but on EC2 you manage the hosts. Versus Lightsail: EC2 has far more choices, auto scaling and per-second billing; Lightsail is a fixed monthly bundle for beginners.',
    },
  },
  atAGlance: {
    whatItIs: 'Virtual servers (IaaS) with your choice of OS and instance type',
    youManage: 'OS patches, software, sizing and scaling of your instances',
    billing: 'Per second while running; Savings Plans up to 72% off, Spot up to 90% off',
    limits: 'No time limit; vCPU quotas per Region; boots in a minute or more',
    pickWhen: 'You need full control of the OS and hardware, or steady long-running work',
  },
  related: ['auto-scaling', 'elastic-load-balancing', 'spot-instances', 'lambda', 'lightsail', 'docker', 'docker-vs-vm', 'ecs', 'batch', 'elastic-beanstalk', 'three-tier-architecture'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'EC2: scaling means intervention to add / remove servers', correct: 'An Auto Scaling group adds and removes instances automatically by policy. What is true: EC2 scales in whole instances that take a minute or more to boot, while Lambda scales per request.', aspect: 'differences' },
    { notesSay: 'EC2 is continuously running (and billed for uptime)', correct: 'It runs until you stop it; a stopped instance is not billed for compute, though its EBS volumes still are.', aspect: 'pricing' },
  ],
};
