import type { TopicInput } from '../schema.js';

export const batch: TopicInput = {
  id: 'batch',
  name: 'AWS Batch',
  aliases: ['aws batch', 'amazon batch', 'batch service', 'batch processing', 'batch jobs', 'aws bacth', 'aws btach', 'aws batc'],
  keywords: ['batch job', 'job queue', 'job definition', 'compute environment', 'array job', 'long running job', 'long jobs', 'jobs that run for hours', 'hours long', 'no time limit', 'hpc', 'rendering', 'simulation', 'start and an end', 'hundreds of thousands of jobs', 'submit jobs'],
  category: 'compute',
  summary: 'Fully managed batch computing: you submit jobs packaged as Docker images to a queue, and Batch provisions EC2, Spot or Fargate capacity to run them, with no time limit. Batch itself costs nothing extra.',
  aspects: {
    overview: {
      text: 'A batch job has a start and an end, like "render these frames" or "process last night\'s uploads", unlike a web server that runs forever. You describe each job once (a job definition: Docker image, vCPU, memory, command, retries) and submit jobs to a job queue. Batch looks at the queue, launches the right amount and type of compute in a compute environment, runs the containers and scales back to zero when the queue is empty. It can run hundreds of thousands of jobs, with priorities, dependencies between jobs and fair sharing between teams. Under the hood the containers run on ECS or, if you choose, on an EKS cluster.',
      facts: [
        { label: 'Building blocks', value: 'Job definitions, job queues, compute environments, scheduling policies', asks: ['components', 'building blocks', 'parts', 'job definition', 'job definitions', 'job queue', 'job queues', 'queue', 'queues', 'scheduling policy', 'scheduling policies', 'how does it work', 'how it works', 'concepts', 'priorities', 'fair share'] },
        { label: 'Compute environments', value: 'EC2 On-Demand, EC2 Spot, Fargate, Fargate Spot, or Amazon EKS', source: { url: 'https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html', checked: '2026-11-30' }, asks: ['compute environment', 'compute environments', 'runs on', 'run on', 'ec2', 'spot', 'spot instances', 'fargate', 'fargate spot', 'eks', 'kubernetes', 'on-demand', 'serverless', 'capacity', 'instances', 'need ec2'], yes: ['spot', 'spot instances', 'ec2 spot', 'fargate', 'fargate spot', 'eks', 'kubernetes', 'ec2', 'on-demand'], no: ['need ec2', 'require ec2', 'requires ec2', 'only ec2', 'only on ec2', 'only runs on ec2'] },
        { label: 'Managed vs unmanaged', value: 'Managed: Batch picks, launches and scales the capacity; unmanaged: you run the instances', asks: ['managed', 'unmanaged', 'managed compute environment', 'who manages', 'scale', 'scaling', 'scales', 'auto scaling', 'provision', 'launch instances', 'size the compute'], yes: ['scale automatically', 'scales automatically', 'auto scale', 'auto scaling', 'autoscaling', 'provision instances', 'launch instances', 'provision capacity'] },
        { label: 'Jobs', value: 'Docker images; single jobs, array jobs (up to 10,000 children) and multi-node parallel jobs', source: { url: 'https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html', checked: '2026-11-30' }, asks: ['jobs', 'job types', 'docker', 'docker image', 'docker images', 'container', 'containers', 'container image', 'container images', 'array job', 'array jobs', 'multi-node', 'multi-node parallel', 'mpi', 'parallel', 'any language', 'language', 'languages', 'runtime'], yes: ['docker', 'docker image', 'docker images', 'containers', 'container image', 'container images', 'array jobs', 'array job', 'parallel jobs', 'multi-node', 'multi-node parallel jobs', 'any language'] },
        { label: 'Starting jobs', value: 'Console, CLI or SDK; EventBridge rules and schedules; Step Functions', asks: ['start a job', 'submit', 'submit jobs', 'submit a job', 'trigger', 'triggers', 'triggered', 'schedule', 'scheduled', 'cron', 'eventbridge', 'step functions', 'cli', 'sdk', 'console', 'events', 'event-driven'], yes: ['schedule', 'scheduled', 'on a schedule', 'cron', 'eventbridge', 'step functions', 'events', 'triggered by events', 'event-driven'] },
      ],
    },
    pricing: {
      text: 'There is no charge for Batch itself. You pay for what it launches: EC2 instances (and their EBS volumes) for as long as they run, or the vCPU and memory of each Fargate job per second. The biggest saving is the compute environment: Spot Instances for fault-tolerant jobs, or Fargate Spot, and Savings Plans or Reserved Instances apply to matching On-Demand usage automatically.',
      facts: [
        { label: 'Batch fee', value: 'None', asks: ['cost', 'costs', 'price', 'how much', 'fee', 'free', 'charge', 'extra charge', 'cost extra', 'pay for batch'], yes: ['free', 'free of charge', 'no extra charge', 'no additional charge', 'no extra cost', 'no additional cost'], no: ['extra charge', 'additional charge', 'extra cost', 'additional cost', 'cost extra', 'charge extra', 'extra fee', 'additional fee'] },
        { label: 'On EC2', value: 'Normal EC2 prices for the instances Batch launches, billed per second', source: { url: 'https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/amazon-ec2.html', checked: '2026-11-30' }, asks: ['ec2 cost', 'ec2 price', 'ec2 prices', 'per second', 'billed per second', 'ebs', 'on-demand price', 'cost', 'price', 'how much', 'pay for'] },
        { label: 'On Fargate', value: 'Fargate prices per second for each job\'s vCPU and memory', asks: ['fargate cost', 'fargate price', 'fargate prices', 'pay per job', 'per job', 'cost per job'] },
        { label: 'Spot savings', value: 'EC2 Spot up to 90% off; Fargate Spot up to 70% off', source: { url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-30' }, asks: ['spot', 'spot instances', 'savings', 'save money', 'cheaper', 'cheapest', 'discount', 'cost optimization', 'cost-optimised', 'cost-optimized', 'reduce cost', 'reduce costs', 'fargate spot', 'lowest cost'], yes: ['spot', 'spot instances', 'fargate spot', 'save money'] },
      ],
    },
    limits: {
      text: 'There is no built-in time limit: a job can run for hours or days (you may set a timeout yourself). The practical limits come from the compute you choose: Fargate jobs top out at 16 vCPU and 120 GB of memory and have no GPUs, while EC2 environments can use large, GPU or HPC instances.',
      facts: [
        { label: 'Run time', value: 'No limit; optional job timeout of at least 60 seconds', source: { url: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_JobTimeout.html', checked: '2026-11-30' }, asks: ['how long', 'run time', 'duration', 'time limit', 'timeout', 'max time', 'maximum time', 'hours', 'days', 'long running', 'long-running', 'long jobs', 'longer than lambda', '15 minutes'], yes: ['hours', 'an hour', 'for hours', 'days', 'for days', 'long running', 'long-running', 'long jobs', 'more than 15 minutes', 'over 15 minutes', 'longer than 15 minutes', 'unlimited time', 'no time limit'], no: ['time limit', 'a time limit', 'maximum run time', 'max run time'] },
        { label: 'Array job', value: 'Up to 10,000 child jobs', source: { url: 'https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html', checked: '2026-11-30' }, asks: ['array job', 'array jobs', 'child jobs', 'children', 'how many jobs', 'max jobs', 'array size', 'how many child jobs'] },
        { label: 'Fargate jobs', value: 'Up to 16 vCPU and 120 GB memory; 20 GB storage by default (up to 200 GB); no GPUs', source: { url: 'https://docs.aws.amazon.com/batch/latest/userguide/when-to-use-fargate.html', checked: '2026-11-30' }, asks: ['fargate limits', 'fargate', 'vcpu', 'vcpus', 'memory', 'ram', 'how much memory', 'storage', 'disk', 'ephemeral storage', 'fargate gpu', 'cpu'], no: ['gpu on fargate', 'fargate gpu', 'fargate gpus', 'gpus on fargate'] },
        { label: 'Start-up', value: 'Seconds to minutes while capacity launches; not for instant, per-request work', asks: ['start-up', 'startup', 'start time', 'how fast', 'how quickly', 'latency', 'instant', 'instantly', 'real time', 'real-time', 'per request', 'cold start', 'immediately'], no: ['instantly', 'instant', 'real time', 'real-time', 'milliseconds', 'per request', 'immediately'] },
        { label: 'GPUs and big instances', value: 'Use an EC2 compute environment for GPU, large or HPC instance types; Fargate jobs have no GPUs', asks: ['gpu', 'gpus', 'graphics', 'machine learning', 'ml training', 'hpc', 'large instances', 'big instances', 'instance types', 'accelerated'], yes: ['gpu', 'gpus', 'gpu instances', 'hpc', 'large instances'] },
      ],
    },
    useCases: {
      text: 'Long, heavy or numerous jobs: video transcoding and image processing, financial risk simulations, genomics pipelines, machine-learning training, nightly reports. The course example: images uploaded to S3 start a Batch job (through an EventBridge rule); Batch runs a container on EC2 or Spot capacity that filters each image and writes the result to another S3 bucket.',
      facts: [
        { label: 'Image pipeline', value: 'S3 upload -> EventBridge rule -> Batch job (Docker) -> result in S3', source: { url: 'https://docs.aws.amazon.com/batch/latest/userguide/batch-cwe-target.html', checked: '2026-11-30' }, asks: ['image processing', 'process images', 'images', 's3', 's3 upload', 'upload', 'uploads', 'pipeline', 'eventbridge rule', 'process files', 'filter'] },
        { label: 'Nightly run', value: 'EventBridge Scheduler submits the job at 1 AM; capacity scales to zero afterwards', source: { url: 'https://docs.aws.amazon.com/batch/latest/userguide/batch-cwe-target.html', checked: '2026-11-30' }, asks: ['nightly', 'every night', 'night', 'scheduler', 'eventbridge scheduler', 'scale to zero', 'scales to zero', 'zero'], yes: ['scale to zero', 'scales to zero', 'scale down to zero'] },
      ],
    },
    examTips: {
      text: 'Keywords: batch jobs, jobs with a start and an end, hundreds of thousands of jobs, long-running (over 15 minutes), any runtime packaged as a Docker image. Short event-driven work points to Lambda; long or heavy jobs point to Batch. Batch on Spot Instances is the cost-optimised pattern. "Batch is not serverless" is only true on EC2: with a Fargate compute environment there are no servers to manage.',
      facts: [
        { label: 'Serverless?', value: 'It depends on the compute environment: on Fargate there are no servers to manage; on EC2 or Spot, Batch launches and scales instances for you, but they are still instances', asks: ['serverless', 'servers', 'server', 'manage servers', 'no servers'] },
      ],
    },
    pickWhen: {
      text: 'Pick Batch when you have many jobs to run to completion and want AWS to queue them, size the compute and shut it down afterwards, especially when each job runs longer than 15 minutes, needs more than 10 GB of memory or GPUs, or uses a runtime Lambda does not offer.',
    },
    differences: {
      text: 'Versus Lambda: Lambda runs short functions (15 minutes max, 10 GB memory, limited /tmp) instantly on each event, billed per request and millisecond; Batch queues jobs of any length in any Docker image and pays for the compute it launches. Versus ECS or Fargate on their own: those run containers you start yourself; Batch adds the queue, priorities, retries and automatic capacity for jobs. Versus EC2: with EC2 you would have to start, size and stop the instances yourself.',
    },
  },
  atAGlance: {
    whatItIs: 'Managed batch computing: queues jobs and runs them in containers',
    youManage: 'Docker images, job definitions and queues; Batch sizes the compute',
    billing: 'Free itself; pay for the EC2, Spot or Fargate capacity it launches',
    limits: 'No time limit; Fargate jobs up to 16 vCPU/120 GB; start-up takes time',
    pickWhen: 'Many long or heavy jobs with a start and an end, e.g. on Spot',
  },
  related: ['lambda', 'ec2', 'spot-instances', 'fargate', 'ecs', 'eks', 'docker', 'eventbridge', 's3'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'Batch relies on EC2 / AWS Batch is not serverless', correct: 'Only with an EC2 compute environment. On Fargate or Fargate Spot there are no instances at all; Batch can also run jobs on an existing EKS cluster.' },
    { notesSay: 'Batch will dynamically launch EC2 instances or Spot Instances', correct: 'Compute environments can be EC2 On-Demand, EC2 Spot, Fargate, Fargate Spot or Amazon EKS.' },
    { notesSay: 'AWS Batch charges you for the vCPUs and memory your jobs use', correct: 'Batch itself is free. On EC2 you pay for the instances while they run, even if a job uses only part of one; only on Fargate is it per job\'s vCPU and memory.', aspect: 'pricing' },
    { notesSay: 'Batch can run jobs on On-Demand, Spot or Reserved Instances', correct: 'Reserved Instances and Savings Plans are billing discounts, not a kind of compute environment: they apply automatically to matching On-Demand usage.', aspect: 'pricing' },
    { notesSay: 'Batch jobs rely on EBS or instance store for disk space', correct: 'True on EC2. Fargate jobs get 20 GB of ephemeral storage (up to 200 GB), and jobs can also mount Amazon EFS.', aspect: 'limits' },
  ],
};
