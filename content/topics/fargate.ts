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
        { label: 'Model', value: 'Serverless compute engine for containers' },
        { label: 'Works with', value: 'Amazon ECS (tasks) and Amazon EKS (pods)' },
        { label: 'You choose', value: 'vCPU and memory per task or pod (not per container), plus the image' },
        { label: 'AWS manages', value: 'Servers, OS patching, capacity and placement' },
        { label: 'Isolation', value: 'Each task or pod runs in its own environment; no kernel shared with other tasks' },
        { label: 'Fargate Spot', value: 'ECS only: spare capacity at up to 70% off, with a 2-minute interruption warning', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' } },
        { label: 'Launched', value: '2017 for ECS; 2019 for EKS', source: { url: 'https://aws.amazon.com/blogs/aws/amazon-eks-on-aws-fargate-now-generally-available/', checked: '2026-11-30' } },
      ],
    },
    pricing: {
      text: 'You pay for the vCPU, memory and extra storage a task or pod requests, from the moment its image starts downloading until it stops, rounded up to the second with a one-minute minimum on Linux. There is no charge while nothing runs, and Arm (Graviton) and Fargate Spot are cheaper. Figures are us-east-1, Linux on x86; prices vary by Region.',
      facts: [
        { label: 'vCPU', value: 'About $0.04048 per vCPU-hour', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' } },
        { label: 'Memory', value: 'About $0.004445 per GB-hour', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' } },
        { label: 'Storage', value: '20 GB included per task; extra ephemeral storage billed per GB-hour', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' } },
        { label: 'Billing step', value: 'Per second, 1-minute minimum (Linux)', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' } },
        { label: 'Cheaper options', value: 'Arm/Graviton (about 20% less) and Fargate Spot (up to 70% off, ECS only)', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' } },
        { label: 'Savings', value: 'Compute Savings Plans apply to Fargate' },
      ],
    },
    limits: {
      text: 'There is no run-time limit, but each task has a ceiling on size, and you give up the knobs of a server: no GPUs, no choice of instance type, no access to the host. On EKS, Fargate runs one pod per isolated environment and does not support DaemonSets; Windows, Arm and Fargate Spot are ECS-only.',
      facts: [
        { label: 'Run time', value: 'No limit' },
        { label: 'Task or pod size', value: '0.25 vCPU with 0.5 GB up to 16 vCPU with 120 GB', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html', checked: '2026-11-30' } },
        { label: 'Ephemeral storage', value: '20 GB by default, up to 200 GB', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html', checked: '2026-11-30' } },
        { label: 'Not available', value: 'GPUs, choosing the instance type, logging in to the host' },
        { label: 'ECS-only features', value: 'Windows containers, Arm (Graviton), Fargate Spot' },
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
