import type { ComparisonInput } from '../schema.js';

export const computeComparisons: ComparisonInput[] = [
  {
    a: 'lambda',
    b: 'batch',
    keyDifference: 'Lambda runs short functions instantly on each event (15 minutes max) and bills per request and millisecond; Batch queues jobs of any length, packaged as Docker images, and launches EC2, Spot or Fargate capacity to run them.',
    chooseA: 'Choose Lambda for short, event-driven work that must start at once: an S3 upload, an API call, a schedule, with nothing running in between.',
    chooseB: 'Choose Batch for many jobs that run longer than 15 minutes, need more than 10 GB of memory or GPUs, or use any runtime packaged as a Docker image.',
    rows: [
      { label: 'Time limit', a: '15 minutes per run', b: 'None (optional timeout you set)' },
      { label: 'Runtime', a: 'Managed runtimes, custom runtimes, or images that implement the Lambda Runtime API', b: 'Any Docker image' },
      { label: 'Disk space', a: '/tmp, 512 MB by default, up to 10 GB', b: 'EBS or instance store on EC2; 20-200 GB on Fargate' },
      { label: 'Servers', a: 'Serverless', b: 'Managed EC2 or Spot instances, or serverless on Fargate' },
    ],
  },
  {
    a: 'lambda',
    b: 'ec2',
    keyDifference: 'EC2 gives you virtual servers that run, and bill, until you stop them and scale by adding instances; Lambda runs functions only when an event arrives, scales by itself per request and stops each run after 15 minutes.',
    chooseA: 'Choose Lambda for short, event-driven or spiky work where you want no servers to manage and a bill that falls to nearly zero when idle.',
    chooseB: 'Choose EC2 when you need full control of the OS and instance type, long-running or steady workloads, special hardware, or software that cannot fit Lambda\'s limits.',
    rows: [
      { label: 'Unit', a: 'Function', b: 'Virtual server (instance)' },
      { label: 'Running', a: 'Only on demand, per event', b: 'Continuously until stopped' },
      { label: 'Scaling', a: 'Automatic, per request', b: 'Add or remove instances, usually with an Auto Scaling group' },
      { label: 'Limited by', a: 'Time (15 min) and memory (up to 10 GB)', b: 'The instance type\'s CPU and RAM' },
    ],
  },
  {
    a: 'lightsail',
    b: 'ec2',
    keyDifference: 'Lightsail bundles a simple server, storage and data transfer into one fixed monthly price for beginners, with no auto scaling; EC2 offers every instance type, auto scaling and the full AWS toolbox, billed per second piece by piece.',
    chooseA: 'Choose Lightsail for a simple website or app (WordPress, LAMP) when you have little cloud experience and want a low, predictable monthly bill.',
    chooseB: 'Choose EC2 when you need auto scaling, specific instance types, deep integration with other AWS services or fine control over networking.',
    rows: [
      { label: 'Pricing', a: 'Fixed monthly bundles from about $5 (Linux)', b: 'Per second per instance, plus disks, IPs and data transfer' },
      { label: 'Auto scaling', a: 'None', b: 'Yes, with Auto Scaling groups' },
      { label: 'Choices', a: 'A few plan sizes and blueprints', b: 'Hundreds of instance types, any AMI' },
      { label: 'Exam role', a: 'Beginners; otherwise usually a distractor', b: 'The default for virtual servers' },
    ],
  },
  {
    a: 'api-gateway',
    b: 'lambda',
    keyDifference: 'They are partners, not rivals: API Gateway is the front door that receives HTTP or WebSocket requests and checks, throttles and routes them; Lambda is the code that runs behind it. Together they make a serverless API.',
    chooseA: 'Reach for API Gateway when clients must call your backend over HTTPS or WebSockets and you need routes, authentication, API keys, usage plans or throttling.',
    chooseB: 'Reach for Lambda to run the logic itself: behind API Gateway, on S3 uploads, on EventBridge schedules. A function URL suits one simple endpoint without API management.',
    rows: [
      { label: 'Role', a: 'Receives and manages API requests', b: 'Runs your code' },
      { label: 'Billing', a: 'Per million API calls (REST $3.50, HTTP $1.00)', b: 'Per request plus GB-seconds of run time' },
      { label: 'Time limit', a: 'Waits 29 s for the backend by default', b: '15 minutes per run, but a caller via API Gateway waits only 29 s' },
      { label: 'Without the other', a: 'Can front HTTP backends or AWS services directly', b: 'Function URLs give one HTTPS endpoint, without keys or usage plans' },
    ],
  },
  {
    a: 'spot-instances',
    b: 'ec2',
    keyDifference: 'Spot Instances are ordinary EC2 instances bought from spare capacity at up to 90% off, which AWS can take back with a two-minute warning; On-Demand EC2 costs full price and is never interrupted by AWS.',
    chooseA: 'Choose Spot for fault-tolerant, flexible work (batch jobs, rendering, CI builds, stateless fleets) that can stop and resume, when the lowest price matters most.',
    chooseB: 'Choose On-Demand EC2 (or Savings Plans and Reserved Instances for steady use) for databases, critical services and anything that must not be interrupted.',
    rows: [
      { label: 'Price', a: 'Up to 90% off On-Demand, varies gradually', b: 'Full On-Demand price; up to 72% off with a 1- or 3-year commitment' },
      { label: 'Interruptions', a: 'Yes, with a two-minute notice', b: 'Never by AWS for capacity' },
      { label: 'Commitment', a: 'None', b: 'None for On-Demand' },
      { label: 'Typical use', a: 'Batch, big data, rendering, CI/CD, stateless web in an ASG', b: 'Databases, steady servers, anything that must keep running' },
    ],
  },
  {
    a: 'eventbridge',
    b: 'lambda',
    keyDifference: 'EventBridge decides when something should happen (an event matches a rule, or a schedule fires) and where it goes; Lambda is the code that runs when it gets there. The serverless cron job uses both.',
    chooseA: 'Use EventBridge to react to events from AWS services, your apps or SaaS tools, to fan them out to several targets, or to trigger work on a cron or rate schedule.',
    chooseB: 'Use Lambda for the work itself: short code that processes the event, whatever started it.',
    rows: [
      { label: 'Role', a: 'Routes events and runs schedules', b: 'Runs your code' },
      { label: 'Runs code?', a: 'No, it invokes targets', b: 'Yes, up to 15 minutes per run' },
      { label: 'Billing', a: 'AWS events free; $1.00 per million custom events; Scheduler 14M free/month', b: 'Per request plus GB-seconds of run time' },
      { label: 'Example', a: 'Rule "EC2 instance stopped" or a 2 AM schedule', b: 'Function that posts the alert or runs the nightly clean-up' },
    ],
  },
];
