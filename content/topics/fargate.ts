import type { TopicInput } from '../schema.js';

export const fargate: TopicInput = {
  id: 'fargate',
  name: 'AWS Fargate',
  aliases: ['fargate', 'aws fargate', 'amazon fargate', 'fargate spot', 'ecs fargate', 'eks fargate', 'fargte', 'fargat', 'farget', 'fargtae'],
  keywords: ['serverless containers', 'containers without servers', 'no ec2 instances', 'no servers to manage', 'vcpu and memory', 'run containers serverless', 'serverless compute engine', 'containers without managing servers', 'run docker containers without managing servers', 'docker without servers', 'serverless docker', 'no server management'],
  category: 'containers',
  summary: 'Serverless compute for containers: ECS tasks and EKS pods run on Fargate without any EC2 instances to manage, and you pay per second for the vCPU and memory you request.',
  aspects: {
    overview: {
      text: 'With Fargate you say how much CPU and memory a task (ECS) or pod (EKS) needs, and AWS finds the capacity, runs it and cleans up; you never see, patch or scale a server. Fargate is not an orchestrator on its own: ECS or EKS still decides what runs and keeps it healthy, and Fargate supplies the compute underneath. Each task or pod gets its own isolated environment and does not share a kernel with other tasks. Scaling is automatic: ECS Service Auto Scaling or Kubernetes adds tasks or pods as load grows, and Fargate finds the capacity for them. Images usually come from ECR.',
      facts: [
        { label: 'Model', value: 'Serverless compute engine for containers', asks: ['serverless', 'servers', 'manage servers', 'ec2 instances', 'instances', 'kind of service', 'type of service'], yes: ['serverless', 'serverless containers', 'containers', 'docker', 'docker containers', 'run containers', 'run docker', 'docker images', 'container images'], no: ['need ec2', 'needs ec2', 'require ec2', 'requires ec2', 'i manage servers', 'need to manage servers', 'have to manage servers', 'manage servers myself', 'need to manage ec2', 'have to manage ec2', 'need to manage instances', 'have to manage instances', 'need to provision servers', 'ec2 instances to manage'] },
        { label: 'Works with', value: 'Amazon ECS (tasks) and Amazon EKS (pods)', asks: ['ecs', 'eks', 'kubernetes', 'k8s', 'works with', 'pods', 'tasks', 'which services'], yes: ['ecs', 'eks', 'kubernetes', 'k8s', 'amazon ecs', 'amazon eks', 'pods'] },
        { label: 'You choose', value: 'vCPU and memory per task or pod (not per container), plus the image', asks: ['vcpu', 'cpu', 'memory', 'ram', 'configure', 'per container', 'per task', 'per pod', 'what do i choose', 'what do i set'] },
        { label: 'AWS manages', value: 'Servers, OS patching, capacity and placement', asks: ['patch', 'patching', 'os', 'operating system', 'updates', 'maintenance', 'who manages', 'placement', 'infrastructure'], yes: ['aws patches', 'aws patch', 'patched by aws', 'managed by aws', 'fully managed'], no: ['i patch', 'i have to patch', 'have to patch', 'need to patch', 'i manage the os', 'patch it myself', 'patch the os myself', 'i update the os'] },
        { label: 'Isolation', value: 'Each task or pod runs in its own environment; no kernel shared with other tasks', asks: ['isolation', 'isolated', 'kernel', 'shared kernel', 'security', 'secure', 'separate', 'multi-tenant', 'neighbours', 'neighbors'], yes: ['isolated', 'isolation', 'own kernel', 'own environment'], no: ['share a kernel', 'shared kernel', 'share the kernel', 'share kernel'] },
        { label: 'Fargate Spot', value: 'ECS only: spare capacity at up to 70% off, with a 2-minute interruption warning', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' }, asks: ['spot', 'spare capacity', 'interruption', 'interrupted', 'interruption warning', '2-minute warning', 'two minute warning', 'up to 70'] },
        { label: 'Launched', value: '2017 for ECS; 2019 for EKS', source: { url: 'https://aws.amazon.com/blogs/aws/amazon-eks-on-aws-fargate-now-generally-available/', checked: '2026-11-30' }, asks: ['launched', 'launch date', 'released', 'release date', 'when was', 'introduced', 'how old', 'history', 'since when', 'year'] },
        { label: 'Orchestration', value: 'Not an orchestrator itself: ECS or EKS decides what runs and keeps it healthy; Fargate supplies the compute underneath', asks: ['orchestrator', 'orchestration', 'orchestrate', 'alternative to ecs', 'instead of ecs', 'replace ecs', 'without ecs'], no: ['orchestrator', 'an orchestrator', 'container orchestrator', 'orchestration service', 'alternative to ecs', 'replacement for ecs', 'instead of ecs', 'replace ecs', 'without ecs'] },
        { label: 'Scaling', value: 'Automatic: ECS Service Auto Scaling or Kubernetes adds tasks or pods as load grows, and Fargate finds the capacity for them', asks: ['scale', 'scaling', 'scales', 'auto scaling', 'autoscaling', 'scale out', 'capacity', 'traffic spikes'], yes: ['scale automatically', 'scales automatically', 'auto scale', 'autoscale', 'auto scaling', 'autoscaling', 'automatic scaling'] },
      ],
    },
    pricing: {
      text: 'You pay for the vCPU, memory and extra storage a task or pod requests, from the moment its image starts downloading until it stops, rounded up to the second with a one-minute minimum on Linux. There is no charge while nothing runs, and Arm (Graviton) and Fargate Spot are cheaper. Figures are us-east-1, Linux on x86; prices vary by Region.',
      facts: [
        { label: 'vCPU', value: 'About $0.04048 per vCPU-hour', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' }, asks: ['vcpu price', 'vcpu cost', 'per vcpu', 'vcpu-hour', 'vcpu hour', 'cpu price', 'cpu cost'] },
        { label: 'Memory', value: 'About $0.004445 per GB-hour', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' }, asks: ['memory price', 'memory cost', 'gb-hour', 'per gb', 'ram price', 'ram cost'] },
        { label: 'Storage', value: '20 GB included per task; extra ephemeral storage billed per GB-hour', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' }, asks: ['storage cost', 'storage price', 'disk cost', '20 gb', 'extra storage', 'ephemeral storage cost'] },
        { label: 'Billing step', value: 'Per second, 1-minute minimum (Linux)', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' }, asks: ['per second', 'billing step', 'billing granularity', 'minimum charge', 'one-minute minimum', '1-minute minimum', 'minimum', 'rounded', 'per request', 'idle'], yes: ['per second', 'billed per second', 'per-second billing', 'charged per second'], no: ['per request', 'billed per request', 'charged per request', 'pay per request', 'per invocation'] },
        { label: 'Cheaper options', value: 'Arm/Graviton (about 20% less) and Fargate Spot (up to 70% off, ECS only)', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' }, asks: ['cheaper', 'cheapest', 'save money', 'discount', 'arm', 'graviton', 'lower cost', 'reduce cost'], yes: ['arm', 'graviton', 'arm64'] },
        { label: 'Savings', value: 'Compute Savings Plans apply to Fargate', asks: ['savings plans', 'savings plan', 'compute savings plans', 'commitment', 'reserved', 'reserved instances', 'long term discount'], yes: ['savings plans', 'savings plan', 'compute savings plans', 'compute savings plan'] },
      ],
    },
    limits: {
      text: 'There is no run-time limit, but each task has a ceiling on size, and you give up the knobs of a server: no GPUs, no choice of instance type, no access to the host. On EKS, Fargate runs one pod per isolated environment and does not support DaemonSets; Windows, Arm and Fargate Spot are ECS-only.',
      facts: [
        { label: 'Run time', value: 'No limit', asks: ['how long', 'time limit', 'run time', 'max run time', 'maximum run time', 'timeout', 'hours', 'days', 'long running', 'long-running', 'forever', '15 minutes'], yes: ['hours', 'run for hours', 'days', 'run for days', 'long running', 'long-running', 'run forever', '24/7', 'always on', 'indefinitely', 'months'], no: ['time limit', 'a time limit', 'timeout', 'max run time', 'maximum run time', '15 minute limit', '15-minute limit'] },
        { label: 'Task or pod size', value: '0.25 vCPU with 0.5 GB up to 16 vCPU with 120 GB', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html', checked: '2026-11-30' }, asks: ['max size', 'maximum size', 'largest', 'biggest', 'task size', 'pod size', 'how much memory', 'how much cpu', 'max memory', 'max vcpu', 'how big', '16 vcpu', '120 gb'] },
        { label: 'Ephemeral storage', value: '20 GB by default, up to 200 GB', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html', checked: '2026-11-30' }, asks: ['ephemeral storage', 'disk space', 'disk', 'storage limit', 'local storage', 'how much storage', '200 gb'] },
        { label: 'Not available', value: 'GPUs, choosing the instance type, logging in to the host', asks: ['gpu', 'gpus', 'instance type', 'instance types', 'host', 'log in', 'ssh', 'machine learning', 'graphics', 'cuda'], no: ['gpu', 'gpus', 'cuda', 'graphics card', 'choose the instance type', 'choose instance type', 'pick the instance type', 'instance types', 'access the host', 'log in to the host', 'host access'] },
        { label: 'ECS-only features', value: 'Windows containers, Arm (Graviton), Fargate Spot', asks: ['windows', 'windows containers', 'arm', 'graviton', 'spot on eks', 'eks limitations', 'daemonset', 'daemonsets'], yes: ['windows', 'windows containers', 'windows server'], no: ['daemonsets', 'daemonset', 'spot on eks', 'fargate spot on eks', 'spot available on eks', 'spot with eks', 'windows on eks'] },
      ],
    },
    useCases: {
      text: 'Web apps and APIs that must run all the time without a team to look after servers, microservices with changing load, scheduled or one-off container tasks, and AWS Batch jobs on a Fargate compute environment.',
    },
    examTips: {
      text: '"Serverless containers" or "run containers without managing EC2 instances" -> Fargate. Fargate serves both ECS and EKS. Versus Lambda: Fargate runs any container image for as long as needed; Lambda runs short functions (15 minutes max). Fargate bills for requested vCPU and memory per second, not per request.',
    },
    pickWhen: {
      text: 'Pick Fargate when you want containers but no servers: small teams, spiky or unpredictable load, or when right-sizing and patching EC2 instances is not worth the effort.',
    },
    differences: {
      text: 'Versus ECS on EC2: same ECS, but Fargate removes the instances; EC2 gives more control (GPUs, instance types) and can be cheaper when fully used. Versus EKS: EKS is the Kubernetes control plane; Fargate can be where its pods run. Versus Lambda: both serverless, but Lambda is event-driven functions billed per request and millisecond, Fargate is long-running containers billed per second of reserved capacity.',
    },
  },
  atAGlance: {
    whatItIs: 'Serverless compute that runs ECS tasks and EKS pods',
    youManage: 'The image plus vCPU and memory per task or pod; no servers',
    billing: 'Per second for requested vCPU and memory (1-minute minimum); Spot up to 70% off',
    limits: 'No time limit; up to 16 vCPU and 120 GB per task; no GPUs',
    pickWhen: 'Containers without managing EC2 instances',
  },
  related: ['ecs', 'eks', 'ecr', 'lambda', 'serverless', 'batch', 'containers', 'docker', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: {
    status: 'available',
    history: [
      { date: '2017-11-29', event: 'Fargate launched for Amazon ECS', source: { url: 'https://aws.amazon.com/blogs/aws/aws-fargate/', checked: '2026-11-30' } },
      { date: '2019-12-03', event: 'Amazon EKS can run pods on Fargate', source: { url: 'https://aws.amazon.com/blogs/aws/amazon-eks-on-aws-fargate-now-generally-available/', checked: '2026-11-30' } },
    ],
  },
  corrections: [
    { notesSay: 'Fargate is simpler than ECS and preferred', correct: 'Fargate is not an alternative to ECS: it is serverless compute that ECS tasks (and EKS pods) run on.' },
    { notesSay: 'You only define CPU and RAM per container', correct: 'Fargate sizes and bills the whole task (ECS) or pod (EKS); containers inside share that allocation.', aspect: 'pricing' },
  ],
};
