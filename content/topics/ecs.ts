import type { TopicInput } from '../schema.js';

export const ecs: TopicInput = {
  id: 'ecs',
  name: 'Amazon ECS',
  aliases: ['ecs', 'elastic container service', 'amazon elastic container service', 'ec2 container service', 'ecs anywhere', 'ecs managed instances', 'ecs on ec2', 'elastic container servce', 'elastic contianer service', 'elastic conatiner service'],
  keywords: ['run docker containers on aws', 'container orchestration', 'task definition', 'ecs task', 'ecs service', 'ecs cluster', 'launch type', 'container instances', 'aws native containers', 'aws native container orchestration', 'aws native orchestrator', 'simple container orchestration'],
  category: 'containers',
  summary: 'Amazon Elastic Container Service, AWS\'s own container orchestrator: it decides where your Docker containers run, starts and stops them, and keeps them healthy, on EC2 instances, on Fargate or on your own servers.',
  aspects: {
    overview: {
      text: 'You describe your app in a task definition (which image, how much CPU and memory, which ports and IAM role), and ECS runs copies of it, called tasks, in a cluster. An ECS service keeps the number of tasks you asked for running, replaces any that fail, and registers them with an Application Load Balancer. Where the tasks run is your choice: on EC2 instances you manage, on Fargate with no servers at all, on EC2 instances that AWS manages for you (ECS Managed Instances), or on your own on-premises machines (ECS Anywhere). ECS is AWS-specific and simpler than Kubernetes.',
      facts: [
        { label: 'Model', value: 'AWS-native container orchestration: places, starts, stops and replaces containers' },
        { label: 'Building blocks', value: 'Cluster -> service -> tasks, each task started from a task definition' },
        { label: 'EC2 launch type', value: 'Tasks run on EC2 instances you provision, patch and scale', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html', checked: '2026-11-30' } },
        { label: 'Fargate', value: 'Serverless: no instances; you set CPU and memory per task' },
        { label: 'ECS Managed Instances', value: 'AWS provisions, patches and scales the EC2 instances; you can still pick instance types (since 2025)', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2025/09/amazon-ecs-managed-instances/', checked: '2026-11-30' } },
        { label: 'ECS Anywhere', value: 'Runs tasks on your own servers or VMs, managed from the ECS console' },
        { label: 'Integrations', value: 'Application Load Balancer, ECR, IAM roles for tasks, CloudWatch, EventBridge' },
        { label: 'Scaling', value: 'Service Auto Scaling changes the task count; capacity providers scale the instances' },
      ],
    },
    pricing: {
      text: 'ECS itself is free: you pay only for what your tasks run on. On EC2 that is the instances and their EBS volumes (On-Demand, Savings Plans or Spot), on Fargate the per-second vCPU and memory of each task. Running tasks on your own servers with ECS Anywhere, or letting AWS manage instances, adds a small hourly fee.',
      facts: [
        { label: 'ECS orchestration', value: 'No additional charge' },
        { label: 'EC2 launch type', value: 'You pay for the EC2 instances and EBS volumes, whether tasks fill them or not', source: { url: 'https://aws.amazon.com/ecs/pricing/', checked: '2026-11-30' } },
        { label: 'Fargate', value: 'Per second for the vCPU, memory and storage each task requests' },
        { label: 'ECS Anywhere', value: '$0.01025 per registered on-premises instance per hour', source: { url: 'https://aws.amazon.com/ecs/pricing/', checked: '2026-11-30' } },
        { label: 'ECS Managed Instances', value: 'EC2 instance price plus a management fee', source: { url: 'https://aws.amazon.com/ecs/pricing/', checked: '2026-11-30' } },
      ],
    },
    limits: {
      text: 'No time limit: tasks can run for minutes or for months. A task definition holds at most 10 containers (a fixed limit that cannot be raised), and a task on Fargate can use up to 16 vCPU and 120 GB of memory. ECS task definitions and APIs are AWS-only, so moving to another cloud means rewriting them.',
      facts: [
        { label: 'Run time', value: 'No limit' },
        { label: 'Containers per task definition', value: '10 at most (a fixed limit, not adjustable)', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html', checked: '2026-11-30' } },
        { label: 'Largest Fargate task', value: '16 vCPU and 120 GB of memory', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html', checked: '2026-11-30' } },
        { label: 'Portability', value: 'AWS-specific; ECS Anywhere extends it to your servers, not to other clouds' },
      ],
    },
    useCases: {
      text: 'Long-running web apps and APIs behind an Application Load Balancer, microservices that each scale on their own, background workers reading from a queue, scheduled tasks started by EventBridge Scheduler, and AWS Batch jobs (Batch runs its containers on ECS).',
      facts: [
        { label: 'Web app', value: 'ALB -> ECS service with several tasks across Availability Zones' },
        { label: 'Microservices', value: 'One ECS service per microservice, each with its own scaling' },
      ],
    },
    examTips: {
      text: '"Run Docker containers on AWS" -> ECS. "...without managing servers" -> ECS on Fargate. "Kubernetes" -> EKS. "Store the images" -> ECR. The old tip "with ECS you must manage the EC2 instances" is true only for the EC2 launch type. ECS has no charge of its own; you pay for EC2 or Fargate.',
    },
    pickWhen: {
      text: 'Pick ECS when you want the simplest AWS-native way to run containers and do not need Kubernetes; choose the EC2 launch type for control over instances (GPUs, Reserved Instances, Spot) and Fargate to forget about servers.',
    },
    differences: {
      text: 'Versus EKS: both orchestrate containers, but ECS is AWS\'s own simpler system while EKS runs open-source Kubernetes (portable to other clouds) and charges per cluster hour. Versus Fargate: Fargate is not a rival but one place ECS can run tasks. Versus ECR: ECR stores images, ECS runs them. Versus Lambda: ECS runs containers of any length; Lambda runs functions for at most 15 minutes.',
    },
  },
  atAGlance: {
    whatItIs: 'AWS\'s own container orchestrator (tasks, services, clusters)',
    youManage: 'Task definitions; plus the EC2 instances with the EC2 launch type',
    billing: 'ECS is free; pay for the EC2 instances or Fargate seconds underneath',
    limits: 'No run-time limit; AWS-specific task definitions',
    pickWhen: 'Run Docker containers on AWS without needing Kubernetes',
  },
  related: ['fargate', 'ecr', 'eks', 'docker', 'containers', 'ec2', 'elastic-load-balancing', 'auto-scaling', 'batch', 'microservices', 'kubernetes'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: {
    status: 'available',
    history: [
      { date: '2025-09-30', event: 'ECS Managed Instances launched: AWS manages the EC2 instances that run your tasks', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2025/09/amazon-ecs-managed-instances/', checked: '2026-11-30' } },
    ],
  },
  corrections: [
    { notesSay: 'With ECS you must provision and maintain the infrastructure (the EC2 instances)', correct: 'Only with the EC2 launch type. ECS can also run tasks on Fargate (serverless), on ECS Managed Instances (AWS runs the EC2 instances) or on your own servers (ECS Anywhere).' },
    { notesSay: 'ECS: run Docker containers on EC2 instances; Fargate is simpler than ECS', correct: 'Fargate is not an alternative to ECS but a way to run it (and EKS): an ECS task can run on EC2 or on Fargate.', aspect: 'differences' },
  ],
};
