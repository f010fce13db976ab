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
        { label: 'Model', value: 'Infrastructure as a Service (IaaS): virtual machines', asks: ['iaas', 'infrastructure as a service', 'virtual machine', 'virtual machines', 'vm', 'vms', 'virtual server', 'virtual servers', 'kind of service', 'type of service', 'serverless', 'paas'], yes: ['iaas', 'infrastructure as a service', 'virtual machine', 'virtual machines', 'a vm', 'vm', 'vms', 'virtual server', 'virtual servers'], no: ['serverless', 'paas', 'platform as a service', 'saas', 'software as a service', 'a container'] },
        { label: 'You choose', value: 'AMI (OS image), instance type, storage, network and security groups', asks: ['ami', 'amis', 'instance type', 'choose', 'configure', 'security group', 'security groups', 'firewall', 'network', 'machine image', 'what do i choose'], yes: ['choose the instance type', 'choose the os', 'choose the operating system', 'pick the instance type', 'custom ami', 'security groups', 'firewall'] },
        { label: 'You manage', value: 'Guest OS patches, software, scaling and data (shared responsibility)', asks: ['patch', 'patching', 'who patches', 'os updates', 'responsibility', 'shared responsibility', 'maintenance', 'security updates', 'who is responsible', 'manage'], yes: ['i patch', 'do i patch', 'i have to patch', 'have to patch', 'need to patch', 'patch it myself', 'my responsibility', 'customer responsibility', 'i manage the os', 'i responsible'], no: ['aws patch', 'aws patches', 'aws patch the os', 'aws manage the os', 'aws update the os', 'aws responsible for patching', 'aws handle patching'] },
        { label: 'Instance families', value: 'General purpose, compute optimised, memory optimised, accelerated (GPU), storage optimised', asks: ['instance types', 'instance families', 'instance family', 'families', 'gpu', 'gpus', 'compute optimized', 'compute optimised', 'memory optimized', 'memory optimised', 'storage optimized', 'storage optimised', 'general purpose', 'accelerated', 'types of instances'], yes: ['gpu', 'gpus', 'gpu instances', 'accelerated computing', 'graphics', 'machine learning', 'memory optimized', 'compute optimized', 'storage optimized'] },
        { label: 'Storage', value: 'EBS volumes (network disks that persist) and instance store (fast, temporary)', asks: ['storage', 'disk', 'disks', 'ebs', 'instance store', 'volume', 'volumes', 'persistent', 'ephemeral', 'hard drive', 'ssd', 'hdd'], yes: ['ebs', 'ebs volumes', 'instance store', 'persistent storage', 'ssd', 'attach storage', 'attach volumes'] },
        { label: 'Scaling', value: 'By adding or removing whole instances, usually with an Auto Scaling group', asks: ['scale', 'scaling', 'auto scaling', 'autoscaling', 'scale automatically', 'auto scaling group', 'asg', 'elasticity', 'add instances', 'scale out', 'horizontal scaling'] },
        { label: 'Operating systems', value: 'Linux distributions (Amazon Linux, Ubuntu, Red Hat, SUSE and others), Windows Server, and macOS on Mac instances', asks: ['windows', 'windows server', 'linux', 'macos', 'mac', 'ubuntu', 'red hat', 'rhel', 'suse', 'amazon linux', 'operating systems', 'os', 'which os'], yes: ['windows', 'windows server', 'linux', 'macos', 'mac', 'ubuntu', 'red hat', 'rhel', 'suse', 'amazon linux'] },
        { label: 'Access', value: 'Full control of the OS: log in with SSH (Linux), RDP (Windows) or Session Manager, and install any software', asks: ['ssh', 'rdp', 'remote desktop', 'log in', 'login', 'connect', 'root', 'root access', 'admin', 'install software', 'session manager', 'key pair'], yes: ['ssh', 'ssh into', 'rdp', 'remote desktop', 'log in', 'root access', 'admin access', 'install software', 'install anything', 'full control', 'session manager'] },
      ],
    },
    pricing: {
      text: 'On-Demand instances bill while they run, per second with a 60-second minimum for most Linux and Windows instances, at a rate set by instance type and Region. Stopped instances cost nothing for compute, but their EBS volumes keep billing. To pay less, commit to steady use with Savings Plans or Reserved Instances, or run interruptible work on Spot.',
      facts: [
        { label: 'On-Demand', value: 'Full price, per second, no commitment', asks: ['on-demand', 'on demand', 'per second', 'per hour', 'billing', 'billed', 'hourly', 'pay as you go', 'no commitment', 'billing granularity'], yes: ['per second', 'billed per second', 'per-second billing', 'pay as you go', 'no commitment', 'on-demand'] },
        { label: 'Savings Plans / Reserved Instances', value: 'Up to 72% off for a 1- or 3-year commitment', source: { url: 'https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/amazon-ec2.html', checked: '2026-11-30' }, asks: ['savings plans', 'savings plan', 'reserved', 'reserved instances', 'reserved instance', 'ri', 'commitment', '1 year', '3 year', 'one year', 'three years', 'discount', 'long term', 'steady'], yes: ['savings plans', 'savings plan', 'reserved instances', 'reserved instance', 'discount', 'discounts', 'commitment discount'] },
        { label: 'Spot Instances', value: 'Up to 90% off; AWS can reclaim them with 2 minutes\' notice', source: { url: 'https://aws.amazon.com/ec2/spot/', checked: '2026-11-30' }, asks: ['spot', 'spot instances', 'spot instance', 'interruption', 'interrupted', 'cheapest', 'spare capacity', 'up to 90', 'reclaim', 'reclaimed'], yes: ['spot', 'spot instances', 'spot be interrupted', 'spot instances be interrupted', 'spot interrupted', 'spot instances interrupted', 'spot reclaimed'] },
        { label: 'Dedicated options', value: 'Dedicated Hosts and Dedicated Instances for licensing or compliance', asks: ['dedicated', 'dedicated host', 'dedicated hosts', 'dedicated instance', 'dedicated instances', 'licensing', 'license', 'licence', 'byol', 'compliance', 'single tenant', 'single-tenant'], yes: ['dedicated hosts', 'dedicated host', 'dedicated instances', 'dedicated hardware', 'single tenant', 'single-tenant', 'byol', 'bring your own license'] },
        { label: 'Free tier', value: 'Older accounts: 750 hours a month of t2.micro or t3.micro for 12 months; accounts opened after 15 July 2025 get credits instead', source: { url: 'https://aws.amazon.com/free/', checked: '2026-11-30' }, asks: ['free tier', 'free', 't2.micro', 't3.micro', '750 hours', 'credits', 'free trial', 'free plan', 'is it free'] },
        { label: 'Stopped instances', value: 'No compute charge while an instance is stopped, but its EBS volumes keep billing', asks: ['stopped', 'stop', 'stopped instance', 'stopped instances', 'while stopped', 'turned off', 'shut down', 'shutdown', 'idle'] },
      ],
    },
    limits: {
      text: 'There is no run-time limit: an instance can run for years. The limits are capacity and effort: sizes range from a nano instance with 0.5 GiB of memory up to hundreds of vCPUs and many TiB of memory, accounts have per-Region vCPU quotas (adjustable), and a new instance needs a minute or more to boot.',
      facts: [
        { label: 'Run time', value: 'No limit', asks: ['how long', 'time limit', 'run time', 'max run time', 'maximum run time', 'timeout', 'hours', 'days', 'years', 'long running', 'long-running', 'forever', '24/7'], yes: ['hours', 'run for hours', 'days', 'run for days', 'years', 'run for years', 'long running', 'long-running', 'run forever', '24/7', 'always on', 'indefinitely', 'months', 'continuously'], no: ['time limit', 'a time limit', 'timeout', 'max run time', 'maximum run time', '15 minute limit', '15-minute limit'] },
        { label: 'Quotas', value: 'On-Demand and Spot vCPU quotas per Region (can be raised)', asks: ['quota', 'quotas', 'vcpu limit', 'vcpu quota', 'how many instances', 'instance limit', 'max instances', 'maximum instances', 'raise limit', 'increase limit', 'service quotas', 'limit increase'], yes: ['quota be raised', 'quotas be raised', 'limit be raised', 'limits be raised', 'quota increase', 'limit increase', 'be raised'] },
        { label: 'Start-up', value: 'Usually a minute or more to boot a new instance', asks: ['boot', 'boot time', 'start', 'startup', 'start up', 'how fast', 'launch time', 'how long to start', 'how long to launch', 'spin up', 'cold start'], no: ['instant', 'instantly', 'start instantly', 'milliseconds', 'boot instantly', 'start in milliseconds'] },
      ],
    },
    useCases: {
      text: 'Anything that needs a full server: web and application servers behind a load balancer, software that needs a specific OS, kernel or licence, long-running or steady workloads, GPU training, and self-managed databases. In the course, EC2 is also the host for Docker (many containers on one instance), the capacity ECS and Batch launch, and the servers Elastic Beanstalk creates in an Auto Scaling group behind a load balancer.',
      facts: [
        { label: 'Containers', value: 'Docker runs on any instance, and ECS, EKS and AWS Batch launch EC2 instances as container hosts', asks: ['docker', 'containers', 'container', 'ecs', 'eks', 'batch', 'container host'], yes: ['docker', 'containers', 'run docker', 'run containers', 'ecs', 'eks', 'container host'] },
      ],
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
