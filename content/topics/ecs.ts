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
        { label: 'Model', value: 'AWS-native container orchestration: places, starts, stops and replaces containers', asks: ['orchestration', 'orchestrator', 'orchestrate', 'container orchestration', 'what does it do', 'manage containers', 'schedule containers', 'place containers', 'docker', 'containers'], yes: ['orchestrator', 'an orchestrator', 'container orchestration', 'orchestration', 'container orchestrator', 'docker', 'docker containers', 'containers', 'run containers', 'run docker', 'run docker containers', 'docker images'] },
        { label: 'Building blocks', value: 'Cluster -> service -> tasks, each task started from a task definition', asks: ['task', 'tasks', 'task definition', 'task definitions', 'cluster', 'clusters', 'components', 'concepts', 'terminology', 'building blocks', 'desired count'] },
        { label: 'EC2 launch type', value: 'Tasks run on EC2 instances you provision, patch and scale', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html', checked: '2026-11-30' }, asks: ['ec2 launch type', 'launch type', 'launch types', 'ec2', 'instances', 'container instances', 'manage instances', 'patch', 'patching', 'gpu', 'gpus'], yes: ['ec2', 'ec2 instances', 'ec2 launch type', 'gpu', 'gpus'] },
        { label: 'Fargate', value: 'Serverless: no instances; you set CPU and memory per task', asks: ['fargate', 'no servers', 'without servers', 'serverless launch type', 'fargate launch type'], yes: ['fargate', 'run on fargate', 'use fargate', 'aws fargate'] },
        { label: 'ECS Managed Instances', value: 'AWS provisions, patches and scales the EC2 instances; you can still pick instance types (since 2025)', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2025/09/amazon-ecs-managed-instances/', checked: '2026-11-30' }, asks: ['managed instances', 'aws managed instances', 'aws-managed ec2', 'managed ec2', 'instances managed by aws'] },
        { label: 'ECS Anywhere', value: 'Runs tasks on your own servers or VMs, managed from the ECS console', asks: ['anywhere', 'on-premises', 'on premises', 'on-prem', 'own servers', 'own hardware', 'data center', 'datacenter', 'hybrid'], yes: ['on-premises', 'on premises', 'on-prem', 'own servers', 'my own servers', 'own hardware', 'my data center', 'data center', 'hybrid'] },
        { label: 'Integrations', value: 'Application Load Balancer, ECR, IAM roles for tasks, CloudWatch, EventBridge', asks: ['integrations', 'integrate', 'load balancer', 'alb', 'application load balancer', 'iam', 'iam roles', 'cloudwatch', 'logs', 'eventbridge', 'ecr', 'works with'], yes: ['load balancer', 'alb', 'application load balancer', 'iam roles', 'cloudwatch', 'ecr', 'eventbridge'] },
        { label: 'Scaling', value: 'Service Auto Scaling changes the task count; capacity providers scale the instances', asks: ['scale', 'scaling', 'auto scaling', 'autoscaling', 'scale out', 'capacity providers', 'capacity provider'], yes: ['auto scaling', 'autoscaling', 'scale automatically', 'scales automatically', 'auto scale', 'autoscale', 'automatic scaling'] },
        { label: 'Serverless?', value: 'It depends on where tasks run: on Fargate there are no servers to manage; on the EC2 launch type you run, patch and scale the instances', asks: ['serverless', 'servers', 'manage servers', 'without servers', 'need ec2', 'require ec2', 'manage instances'], no: ['need ec2', 'needs ec2', 'require ec2', 'requires ec2', 'ec2 required', 'only ec2', 'only run on ec2'] },
        { label: 'Windows', value: 'Runs Linux and Windows containers, on EC2 instances or on Fargate', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html', checked: '2026-11-30' }, asks: ['windows', 'windows containers', 'linux', 'linux containers', 'operating system', 'os', '.net framework'], yes: ['windows', 'windows containers', 'linux', 'linux containers'] },
      ],
    },
    pricing: {
      text: 'ECS itself is free: you pay only for what your tasks run on. On EC2 that is the instances and their EBS volumes (On-Demand, Savings Plans or Spot), on Fargate the per-second vCPU and memory of each task. Running tasks on your own servers with ECS Anywhere, or letting AWS manage instances, adds a small hourly fee.',
      facts: [
        { label: 'ECS orchestration', value: 'No additional charge', asks: ['free', 'charge', 'extra charge', 'additional charge', 'ecs itself', 'fee', 'is it free', 'orchestration cost', 'control plane cost', 'cluster fee'], yes: ['free', 'free of charge', 'no charge', 'no extra charge', 'no additional charge'], no: ['cluster fee', 'hourly fee', 'control plane fee', 'per cluster fee', 'extra fee', 'charge for ecs itself', 'extra charge for ecs', 'pay for ecs itself'] },
        { label: 'EC2 launch type', value: 'You pay for the EC2 instances and EBS volumes, whether tasks fill them or not', source: { url: 'https://aws.amazon.com/ecs/pricing/', checked: '2026-11-30' }, asks: ['ec2 cost', 'instance cost', 'pay for instances', 'ebs', 'idle capacity', 'unused capacity', 'empty instances'] },
        { label: 'Fargate', value: 'Per second for the vCPU, memory and storage each task requests', asks: ['fargate cost', 'fargate price', 'fargate pricing', 'fargate billing', 'vcpu and memory'] },
        { label: 'ECS Anywhere', value: '$0.01025 per registered on-premises instance per hour', source: { url: 'https://aws.amazon.com/ecs/pricing/', checked: '2026-11-30' }, asks: ['anywhere cost', 'anywhere price', 'on-premises cost', 'on-premises price', 'per instance per hour', 'hybrid cost'] },
        { label: 'ECS Managed Instances', value: 'EC2 instance price plus a management fee', source: { url: 'https://aws.amazon.com/ecs/pricing/', checked: '2026-11-30' }, asks: ['managed instances cost', 'managed instances price', 'managed instances billing', 'managed instances fee', 'management fee'] },
      ],
    },
    limits: {
      text: 'No time limit: tasks can run for minutes or for months. A task definition holds at most 10 containers (a fixed limit that cannot be raised), and a task on Fargate can use up to 16 vCPU and 120 GB of memory. ECS task definitions and APIs are AWS-only, so moving to another cloud means rewriting them.',
      facts: [
        { label: 'Run time', value: 'No limit', asks: ['how long', 'time limit', 'run time', 'max run time', 'maximum run time', 'timeout', 'hours', 'days', 'long running', 'long-running', 'forever', '15 minutes'], yes: ['hours', 'run for hours', 'days', 'run for days', 'long running', 'long-running', 'run forever', '24/7', 'always on', 'indefinitely', 'months'], no: ['time limit', 'a time limit', 'timeout', 'max run time', 'maximum run time', '15 minute limit', '15-minute limit'] },
        { label: 'Containers per task definition', value: '10 at most (a fixed limit, not adjustable)', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html', checked: '2026-11-30' }, asks: ['containers per task', 'how many containers', 'max containers', 'maximum containers', 'containers in a task', 'task definition have', '10 containers', 'sidecar', 'sidecars'], yes: ['10 containers', 'up to 10 containers', 'several containers', 'multiple containers'], no: ['more than 10 containers', '11 containers', '12 containers', '15 containers', '20 containers', '50 containers', '100 containers', 'unlimited containers'] },
        { label: 'Largest Fargate task', value: '16 vCPU and 120 GB of memory', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html', checked: '2026-11-30' }, asks: ['largest task', 'biggest task', 'task size', 'max memory', 'maximum memory', 'max cpu', 'max vcpu', 'how much memory', 'how much cpu', '16 vcpu', '120 gb'] },
        { label: 'Portability', value: 'AWS-specific; ECS Anywhere extends it to your servers, not to other clouds', asks: ['portable', 'portability', 'other clouds', 'other cloud', 'multi-cloud', 'multicloud', 'azure', 'gcp', 'google cloud', 'lock-in', 'vendor lock-in', 'another cloud'], no: ['other clouds', 'another cloud', 'multi-cloud', 'multicloud', 'azure', 'gcp', 'google cloud', 'portable', 'cloud agnostic', 'cloud-agnostic'] },
      ],
    },
    useCases: {
      text: 'Long-running web apps and APIs behind an Application Load Balancer, microservices that each scale on their own, background workers reading from a queue, scheduled tasks started by EventBridge Scheduler, and AWS Batch jobs (Batch runs its containers on ECS).',
      facts: [
        { label: 'Web app', value: 'ALB -> ECS service with several tasks across Availability Zones', asks: ['web app', 'web apps', 'website', 'web application', 'web server', 'high availability', 'highly available', 'across availability zones', 'multi-az'] },
        { label: 'Microservices', value: 'One ECS service per microservice, each with its own scaling', asks: ['microservices', 'microservice', 'one service per', 'independent scaling', 'scale each service'], yes: ['microservices', 'microservice'] },
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
      facts: [
        { label: 'Kubernetes', value: 'ECS is not Kubernetes: it is AWS\'s own orchestrator with its own task definitions; for Kubernetes on AWS use EKS', asks: ['kubernetes', 'k8s', 'kubectl', 'helm', 'pods', 'yaml manifests', 'eks'], no: ['kubernetes', 'k8s', 'kubectl', 'helm', 'helm charts', 'pods', 'kubernetes based', 'based on kubernetes'] },
      ],
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
