import type { TopicInput } from '../schema.js';

export const lambda: TopicInput = {
  id: 'lambda',
  name: 'AWS Lambda',
  aliases: ['lambda', 'aws lambda', 'lamda', 'lambada', 'lamdba', 'faas', 'function as a service', 'lambda functions'],
  keywords: ['function', 'functions', 'serverless code', 'event driven', 'thumbnail', 'cron job', 'run code without servers', 'gb-second', 'invocation'],
  category: 'serverless',
  summary: 'Runs your code as functions when an event arrives, with no servers to manage; you pay per request and per millisecond of run time.',
  aspects: {
    overview: {
      text: 'You upload a function; Lambda runs it whenever an event calls for it and scales out on its own, from zero to thousands of parallel runs. There is nothing to provision, patch or keep running between calls. Functions should not count on keeping state: a warm execution environment may be reused, so /tmp and global variables can survive between calls, but nothing guarantees it.',
      facts: [
        { label: 'Model', value: 'Function as a Service (FaaS), serverless, event-driven', asks: ['serverless', 'faas', 'function as a service', 'event driven', 'event-driven', 'servers', 'manage servers', 'iaas', 'paas', 'kind of service', 'type of service', 'ec2'], yes: ['serverless', 'faas', 'function as a service', 'event driven', 'event-driven'], no: ['iaas', 'infrastructure as a service', 'i manage servers', 'need to manage servers', 'have to manage servers', 'manage servers myself', 'need servers', 'need ec2', 'needs ec2', 'require ec2', 'requires ec2', 'need an ec2 instance', 'need to provision servers', 'have to patch', 'need to patch'] },
        { label: 'Scaling', value: 'Automatic, per request; default 1,000 concurrent runs per Region', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html', checked: '2026-11-30' }, asks: ['scale', 'scaling', 'scales', 'auto scaling', 'autoscaling', 'automatically', 'scale out', 'scale to zero', 'elastic'], yes: ['scale automatically', 'scales automatically', 'auto scale', 'autoscale', 'auto scaling', 'autoscaling', 'automatic scaling', 'scale out', 'scale to zero'] },
        { label: 'Monitoring', value: 'CloudWatch metrics: Invocations, Duration, Errors, Throttles', asks: ['monitor', 'monitoring', 'cloudwatch', 'metrics', 'logs', 'logging', 'invocations', 'errors', 'throttles', 'observability'], yes: ['cloudwatch', 'monitoring', 'metrics', 'logs'] },
        { label: 'Runtimes', value: 'Node.js, Python, Java (8 on AL2, 11, 17, 21, 25), .NET 10 (.NET 8 deprecated on 10 November 2026), Ruby; Go and Rust on the OS-only runtime (provided.al2023); any language via the Runtime API', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', checked: '2026-11-30' }, asks: ['languages', 'language', 'runtimes', 'runtime', 'python', 'java', 'node', 'nodejs', 'node.js', 'javascript', 'typescript', 'go', 'golang', '.net', 'c#', 'ruby', 'rust', 'php', 'powershell', 'custom runtime'], yes: ['python', 'java', 'node', 'nodejs', 'node.js', 'javascript', 'typescript', 'ruby', '.net', 'c#', 'go', 'golang', 'rust', 'php', 'powershell', 'custom runtime', 'custom runtimes', 'any language'] },
        { label: 'Container images', value: 'Up to 10 GB, stored in ECR, and they must implement the Lambda Runtime API', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html', checked: '2026-11-30' }, asks: ['container image', 'container images', 'docker', 'docker image', 'docker images', 'containers', 'container', 'image', 'ecr'], yes: ['docker', 'docker image', 'docker images', 'container image', 'container images', 'containers', 'ecr'] },
      ],
    },
    pricing: {
      text: 'Two meters: the number of requests, and the duration multiplied by the memory you configured (GB-seconds), billed in 1 ms steps. Most small workloads stay inside the free allowance, which is why Lambda is so popular. Prices vary by Region; the figures are us-east-1, first tier.',
      facts: [
        { label: 'Requests', value: '$0.20 per 1 million requests ($0.0000002 per request)', source: { url: 'https://aws.amazon.com/lambda/pricing/', checked: '2026-11-30' }, asks: ['per request', 'cost per request', 'price per request', 'request', 'requests', 'request cost', 'request price', 'per million', 'million requests', 'invocation cost', 'per invocation'], yes: ['per request', 'billed per request', 'charged per request', 'pay per request'] },
        { label: 'Duration (x86)', value: '$0.0000166667 per GB-second (about 60,000 GB-seconds per $1)', source: { url: 'https://aws.amazon.com/lambda/pricing/', checked: '2026-11-30' }, asks: ['duration', 'gb-second', 'gb-seconds', 'gb second', 'compute cost', 'duration cost', 'duration price', 'x86', 'per gb-second'], yes: ['billed by duration', 'charged by duration', 'gb-seconds', 'gb-second'] },
        { label: 'Duration (Arm/Graviton)', value: '$0.0000133334 per GB-second', source: { url: 'https://aws.amazon.com/lambda/pricing/', checked: '2026-11-30' }, asks: ['arm', 'graviton', 'arm64', 'arm price', 'graviton price'], yes: ['arm', 'graviton', 'arm64'] },
        { label: 'Free tier', value: '1,000,000 requests and 400,000 GB-seconds every month', source: { url: 'https://aws.amazon.com/lambda/pricing/', checked: '2026-11-30' }, asks: ['free tier', 'free', 'always free', 'free requests', 'free allowance', 'free usage', 'no cost', 'million free'], yes: ['free tier', 'a free tier', 'always free', 'free allowance', 'free requests'] },
        { label: 'Free tier in seconds', value: '400,000 s at 1 GB of memory, or 3,200,000 s at 128 MB', source: { url: 'https://aws.amazon.com/lambda/pricing/', checked: '2026-11-30' }, asks: ['free seconds', 'seconds free', 'free compute', 'free compute time', 'how many seconds', '128 mb', 'free hours'] },
        { label: 'Billing step', value: '1 ms (since December 2020)', source: { url: 'https://aws.amazon.com/blogs/aws/new-for-aws-lambda-1ms-billing-granularity-adds-cost-savings/', checked: '2026-11-30' }, asks: ['billing step', 'billing granularity', 'granularity', 'millisecond', 'milliseconds', 'per millisecond', '1 ms', 'per ms', '100ms', '100 ms', 'rounded', 'rounding', 'billing increment'], yes: ['per millisecond', 'billed per millisecond', 'millisecond billing', 'per ms', '1 ms', 'milliseconds'], no: ['billed per second', 'per second billing', '100 ms', '100ms', 'per 100ms', 'per 100 ms', 'rounded to 100 ms', 'per hour', 'billed per hour'] },
      ],
    },
    limits: {
      text: 'Lambda is built for short work. Memory is the one dial: raising it also raises CPU and network bandwidth.',
      facts: [
        { label: 'Timeout', value: 'Default 3 seconds, maximum 15 minutes', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html', checked: '2026-11-30' }, asks: ['timeout', 'time limit', 'how long can', 'max run time', 'maximum run time', 'run time', 'execution time', 'max duration', 'maximum duration', 'default timeout', '15 minutes', 'minutes', 'long running', 'hours'], yes: ['15 minutes', 'run for 15 minutes', '10 minutes', '5 minutes', 'a few minutes'], no: ['hours', 'an hour', 'long running', 'long-running', 'run for hours', 'unlimited time', 'more than 15 minutes', 'longer than 15 minutes', 'over 15 minutes', '30 minutes', 'days', 'run forever', 'indefinitely', 'no time limit', '24/7'] },
        { label: 'Memory', value: '128 MB to 10,240 MB (10 GB)', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html', checked: '2026-11-30' }, asks: ['memory', 'ram', 'how much ram', 'how much memory', 'max memory', 'maximum memory', 'memory size', 'cpu', 'vcpu', '10 gb', '128 mb'] },
        { label: '/tmp storage', value: '512 MB by default, up to 10,240 MB', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html', checked: '2026-11-30' }, asks: ['/tmp', 'tmp', 'disk', 'disk space', 'storage', 'ephemeral storage', 'local storage', 'scratch space', 'temporary storage', 'file system', 'write files'], yes: ['/tmp', 'write files', 'local storage', 'ephemeral storage', 'temporary storage', 'write to disk'] },
        { label: 'Concurrency', value: '1,000 per Region by default (can be raised)', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html', checked: '2026-11-30' }, asks: ['concurrency', 'concurrent', 'concurrent executions', 'concurrent runs', 'parallel', 'simultaneous', 'at the same time', 'at once', 'throttle', 'throttling', 'throttled'] },
        { label: 'Container image size', value: 'Up to 10 GB', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html', checked: '2026-11-30' }, asks: ['image size', 'container image size', 'docker image size', 'max image size', 'how big can the image', 'image limit', 'largest image'] },
        { label: 'Operating system', value: 'Functions run on Amazon Linux: there is no Windows option (.NET code runs on Linux) and no server to log in to', asks: ['windows', 'linux', 'amazon linux', 'operating system', 'os', 'ssh', 'log in', 'login', 'rdp', 'remote desktop'], no: ['windows', 'windows server', 'ssh', 'ssh into', 'rdp', 'remote desktop', 'log in to the server', 'choose the os'] },
      ],
    },
    useCases: {
      text: 'Anything short and triggered by an event. Two classics from the course: an image uploaded to S3 triggers a function that writes a thumbnail back to S3 and its metadata to DynamoDB; and a serverless cron job, where an EventBridge schedule (formerly CloudWatch Events) calls a function every hour. Put API Gateway in front and Lambda becomes a serverless API backend.',
      facts: [
        { label: 'Thumbnails', value: 'S3 upload -> Lambda -> thumbnail in S3, metadata in DynamoDB', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3-tutorial.html', checked: '2026-11-30' }, asks: ['thumbnail', 'thumbnails', 'resize', 'resize images', 'image processing', 's3 upload', 's3 trigger', 's3 event', 's3 events', 'upload'], yes: ['s3 trigger', 's3 events', 'triggered by s3', 's3 upload', 'react to s3'] },
        { label: 'Scheduled jobs', value: 'EventBridge Scheduler or rule -> Lambda, no EC2 running cron', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge-scheduler.html', checked: '2026-11-30' }, asks: ['cron', 'cron job', 'schedule', 'scheduled', 'scheduled task', 'every hour', 'nightly', 'timer', 'eventbridge', 'periodic'], yes: ['cron', 'cron job', 'cron jobs', 'schedule', 'scheduled', 'on a schedule', 'every hour', 'eventbridge'] },
        { label: 'Serverless API', value: 'Client -> API Gateway -> Lambda -> DynamoDB', asks: ['api', 'rest api', 'http api', 'api gateway', 'backend', 'web backend', 'website backend', 'http endpoint', 'web app'], yes: ['api', 'apis', 'rest api', 'api gateway', 'backend', 'web backend'] },
      ],
    },
    examTips: {
      text: 'Keywords: serverless, function, event-driven, pay per request, up to 15 minutes. "Serverless API" means API Gateway plus Lambda. Billing is requests plus duration times memory. For arbitrary Docker images the exam wants ECS or Fargate, not Lambda. Jobs longer than 15 minutes point to AWS Batch or containers.',
    },
    pickWhen: {
      text: 'Pick Lambda for short, event-driven code with spiky or unpredictable traffic, when you want zero servers and a bill that drops to nothing when idle.',
    },
    differences: {
      text: 'Versus EC2: EC2 is a server that runs (and bills) all the time and scales by adding instances; Lambda runs only on demand and scales by itself, but each run stops after 15 minutes. Versus Batch: Batch has no time limit and runs any Docker image. Versus Fargate: Fargate runs long-lived containers, Lambda runs short functions.',
    },
  },
  atAGlance: {
    whatItIs: 'Serverless functions triggered by events',
    youManage: 'Only your code and its memory setting',
    billing: 'Per request + GB-seconds in 1 ms steps; generous free tier',
    limits: '15 min per run; 128 MB to 10 GB memory; 10 GB /tmp',
    pickWhen: 'Short, event-driven tasks; serverless APIs with API Gateway',
  },
  related: ['serverless', 'api-gateway', 'eventbridge', 'batch', 'ec2', 'fargate', 'ecr', 's3', 'dynamodb'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: '"After that $1.00 for 600,000 GB-seconds"', correct: 'About $0.0000166667 per GB-second on x86, so $1 buys roughly 60,000 GB-seconds: the old figure is 10x too cheap.', aspect: 'pricing' },
    { notesSay: '"$0.000002 per request"', correct: '$0.20 per million is $0.0000002 per request (one zero fewer was a typo).', aspect: 'pricing' },
    { notesSay: '"400,000 GBs of compute time"', correct: 'The free tier is 400,000 GB-seconds per month.', aspect: 'pricing' },
    { notesSay: 'Java 8, C# (.NET Core) and Golang as runtimes', correct: 'Today: Java 8 (AL2), 11, 17, 21, 25; .NET 10 (.NET 8 was deprecated on 10 November 2026); Go runs on the OS-only runtime provided.al2023 (go1.x is deprecated).' },
    { notesSay: 'The function is destroyed after each run and all its data is lost', correct: 'Warm environments are reused, so /tmp and globals can survive between calls; just never rely on it.' },
    { notesSay: 'CloudWatch shows memory and CPU per function', correct: 'By default CloudWatch shows Invocations, Duration, Errors and Throttles; memory and CPU need Lambda Insights.' },
  ],
};
