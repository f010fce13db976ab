import type { TopicInput } from '../schema.js';

export const eventbridge: TopicInput = {
  id: 'eventbridge',
  name: 'Amazon EventBridge',
  aliases: [
    'eventbridge', 'event bridge', 'cloudwatch events', 'cloud watch events', 'cw events', 'amazon cloudwatch events',
    'eventbridge scheduler', 'eventbridge rules', 'eventbridge pipes', 'event bus', 'cron', 'cron job', 'cron jobs', 'serverless cron job',
    'eventbrige', 'eventbrdige', 'evntbridge', 'event brige',
  ],
  keywords: ['schedule', 'scheduled task', 'rate expression', 'every night', 'event pattern', 'event rule', 'route events', 'saas events', 'react to events', 'decouple', 'every hour', 'nightly job'],
  category: 'serverless',
  summary: 'A serverless event bus (formerly CloudWatch Events): rules match events from AWS services, your apps and SaaS partners and send them to targets such as Lambda. EventBridge Scheduler runs cron-style schedules.',
  aspects: {
    overview: {
      text: 'Something happens (an EC2 instance stops, a file lands in S3, your shop records an order) and an event, a small JSON document, arrives on an event bus. Rules on the bus compare each event with a pattern and forward the matches to targets: Lambda, SQS, SNS, Step Functions, ECS tasks, Batch jobs and many more. Producers and consumers never need to know each other, which is what "decoupled" means. Time can be a trigger too: EventBridge Scheduler starts a target on a cron or rate expression, or once at a set time. EventBridge grew out of CloudWatch Events and keeps its API, so old CloudWatch Events rules simply appear in EventBridge.',
      facts: [
        { label: 'Formerly', value: 'Amazon CloudWatch Events (renamed and extended as EventBridge in July 2019)', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2019/07/introducing-amazon-eventbridge/', checked: '2026-11-30' }, asks: ['formerly', 'old name', 'renamed', 'previous name', 'same as cloudwatch events', 'history', 'cloudwatch events', 'cloud watch events', 'cw events'], yes: ['same as cloudwatch events', 'same as cloud watch events', 'cloudwatch events renamed', 'formerly cloudwatch events', 'used to be cloudwatch events', 'replace cloudwatch events', 'replaced cloudwatch events', 'the new cloudwatch events', 'renamed', 'successor'] },
        { label: 'Event buses', value: 'Default (AWS service events), custom (your apps), partner (SaaS such as Zendesk or Datadog)', asks: ['event bus', 'event buses', 'bus', 'default bus', 'custom bus', 'custom event bus', 'partner', 'partners', 'saas', 'zendesk', 'datadog', 'third party', 'third-party'], yes: ['saas', 'saas apps', 'custom events', 'partner events', 'saas events', 'third party', 'third-party', 'zendesk', 'datadog', 'custom event bus', 'own events', 'my own events'] },
        { label: 'Rules', value: 'An event pattern filters events; each rule sends matches to up to 5 targets', source: { url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html', checked: '2026-11-30' }, asks: ['rule', 'rules', 'event pattern', 'event patterns', 'filter', 'filtering', 'match', 'matching', 'content filtering', 'pattern'], yes: ['filter', 'filter events', 'filtering', 'event pattern', 'event patterns', 'content filtering', 'content-based filtering'] },
        { label: 'Scheduler', value: 'Cron, rate and one-time schedules with time zones, retries and a flexible time window', asks: ['scheduler', 'schedule', 'schedules', 'cron', 'cron expression', 'rate expression', 'one-time', 'one time', 'time zone', 'time zones', 'timezone', 'scheduled', 'every hour', 'nightly', 'every night', 'at a specific time', 'retries'], yes: ['cron', 'schedule', 'schedules', 'cron jobs', 'cron job', 'scheduled', 'scheduled tasks', 'one-time', 'one-time schedules', 'time zones', 'timezones', 'time zone', 'run on a schedule', 'every hour', 'every night', 'nightly', 'at a specific time', 'retries'] },
        { label: 'Scheduler targets', value: 'Over 270 AWS services, e.g. Lambda, ECS tasks, Step Functions, SQS', source: { url: 'https://docs.aws.amazon.com/scheduler/latest/UserGuide/what-is-scheduler.html', checked: '2026-11-30' }, asks: ['scheduler targets', 'what can scheduler trigger', 'targets for schedules', 'schedule lambda', 'schedule ecs', 'schedule step functions'], yes: ['schedule lambda', 'schedule a lambda', 'schedule ecs tasks', 'schedule step functions', 'schedule sqs'] },
        { label: 'Pipes', value: 'Point-to-point: one source -> filter -> optional enrichment -> one target', asks: ['pipes', 'pipe', 'point to point', 'point-to-point', 'enrichment', 'enrich', 'source to target', 'dynamodb streams', 'kinesis source'], yes: ['pipes', 'point-to-point', 'point to point', 'enrichment', 'enrich events'] },
        { label: 'Also', value: 'Archive and replay of events, schema registry, API destinations (call any HTTPS endpoint)', asks: ['archive', 'replay', 'schema registry', 'schemas', 'api destinations', 'https endpoint', 'webhook', 'webhooks', 'third party api', 'call an api', 'http endpoint'], yes: ['archive', 'replay', 'replay events', 'archive events', 'schema registry', 'api destinations', 'call any https endpoint', 'call an api', 'webhook', 'webhooks', 'http endpoint', 'https endpoint'] },
        { label: 'Model', value: 'Serverless: no servers to run and no fixed fee; you pay per event', asks: ['serverless', 'servers', 'manage servers', 'kind of service', 'type of service', 'managed'], yes: ['serverless', 'fully managed', 'managed'], no: ['i manage servers', 'need to manage servers', 'have to manage servers', 'manage servers myself', 'need to provision servers', 'need ec2', 'needs ec2', 'require ec2', 'fixed fee', 'monthly fee'] },
        { label: 'Rule targets', value: 'Lambda, SQS, SNS, Step Functions, ECS tasks, Batch jobs, Kinesis, API destinations and more', asks: ['targets', 'target', 'what can it trigger', 'trigger', 'triggers', 'invoke', 'send to', 'lambda', 'sqs', 'sns', 'step functions', 'ecs task', 'ecs tasks', 'batch', 'kinesis'], yes: ['lambda', 'trigger lambda', 'invoke lambda', 'call lambda', 'sqs', 'sns', 'step functions', 'ecs', 'ecs tasks', 'batch', 'batch jobs', 'kinesis', 'trigger', 'start an ecs task'] },
      ],
    },
    pricing: {
      text: 'No servers and no fixed fee: you pay per event. Events that AWS services send to the default bus about your account are free; your own and partner events cost a little per million, and each 64 KB chunk counts as one event. EventBridge Scheduler has a large free allowance. Figures are us-east-1; prices vary by Region.',
      facts: [
        { label: 'AWS service events', value: 'Free on the default event bus', asks: ['aws events cost', 'service events', 'default bus cost', 'default event bus', 'free events', 'aws service events'], yes: ['aws service events free', 'aws events free', 'default bus free', 'service events free'] },
        { label: 'Custom and partner events', value: '$1.00 per million events published (per 64 KB chunk)', source: { url: 'https://aws.amazon.com/eventbridge/pricing/', checked: '2026-11-30' }, asks: ['custom events cost', 'custom events price', 'partner events cost', 'per million events', 'event cost', '64 kb', 'price per event', 'publish cost'] },
        { label: 'Scheduler', value: 'First 14 million invocations per month free, then $1.00 per million', source: { url: 'https://aws.amazon.com/eventbridge/pricing/', checked: '2026-11-30' }, asks: ['scheduler cost', 'scheduler price', 'scheduler free', 'free invocations', 'scheduler pricing', 'schedule cost', '14 million'], yes: ['scheduler free tier', 'scheduler free', 'free schedules'] },
        { label: 'Pipes', value: '$0.40 per million requests', source: { url: 'https://aws.amazon.com/eventbridge/pricing/', checked: '2026-11-30' }, asks: ['pipes cost', 'pipes price', 'pipes pricing', 'pipe cost', 'pipe price'] },
      ],
    },
    limits: {
      text: 'EventBridge moves events; it runs no code itself, so the actual work always happens in a target. Schedules have one-minute granularity.',
      facts: [
        { label: 'Event size', value: 'Up to 1 MB (raised from 256 KB in January 2026)', source: { url: 'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/', checked: '2026-11-30' }, asks: ['event size', 'max size', 'maximum size', 'payload', 'payload size', '1 mb', '256 kb', 'how big', 'message size', 'event payload', 'large events'], yes: ['1 mb', 'up to 1 mb', 'larger than 256 kb', 'more than 256 kb', 'bigger than 256 kb', 'over 256 kb'], no: ['limited to 256 kb', '256 kb limit', 'larger than 1 mb', 'more than 1 mb', 'bigger than 1 mb', 'over 1 mb', '10 mb', '2 mb'] },
        { label: 'Targets per rule', value: '5', source: { url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html', checked: '2026-11-30' }, asks: ['targets per rule', 'how many targets', 'max targets', 'maximum targets', 'five targets', '5 targets', 'more targets'], yes: ['5 targets', 'five targets'], no: ['more than 5 targets', 'more than five targets', '10 targets', 'unlimited targets', '6 targets'] },
        { label: 'Schedule granularity', value: '1 minute (cron or rate expression)', source: { url: 'https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html', checked: '2026-11-30' }, asks: ['granularity', 'seconds', 'every second', 'every minute', 'minute', 'precision', 'how often', 'sub-minute', 'frequency', 'every 30 seconds'], yes: ['every minute', 'once a minute', '1 minute'], no: ['every second', 'seconds', 'sub-minute', 'every 30 seconds', 'every few seconds', 'every 10 seconds', 'second-level'] },
        { label: 'Schedules', value: '10 million per account and Region by default (can be raised)', source: { url: 'https://docs.aws.amazon.com/scheduler/latest/UserGuide/scheduler-quotas.html', checked: '2026-11-30' }, asks: ['how many schedules', 'schedules limit', 'max schedules', 'maximum schedules', 'number of schedules', 'schedule quota', '10 million'] },
        { label: 'Runs code?', value: 'No: EventBridge only routes events; the work happens in a target such as a Lambda function', asks: ['run code', 'runs code', 'execute code', 'compute', 'process events', 'processing', 'logic'], no: ['run code', 'runs code', 'execute code', 'run my code', 'run functions', 'run scripts', 'process data', 'compute'] },
      ],
    },
    useCases: {
      text: 'The serverless cron job from the course: instead of keeping an EC2 instance alive just to run cron, an EventBridge schedule calls a Lambda function every hour. Other classics: react to AWS changes (an EC2 instance stopped, a CodePipeline run failed) by notifying a team through SNS; start a Batch job or an ECS task when a file arrives in S3; stop development instances every evening; and let microservices talk through events instead of direct calls.',
      facts: [
        { label: 'Serverless cron', value: 'EventBridge Scheduler -> Lambda every hour, no EC2 running cron', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge-scheduler.html', checked: '2026-11-30' }, asks: ['serverless cron', 'replace cron', 'cron on ec2', 'ec2 cron', 'nightly job', 'cron job', 'without ec2', 'no ec2'], yes: ['replace cron', 'serverless cron', 'cron without ec2', 'without ec2', 'without a server'] },
        { label: 'React to AWS', value: 'EC2 state change -> rule -> SNS email to the team', source: { url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html', checked: '2026-11-30' }, asks: ['ec2 state change', 'state change', 'notify', 'notification', 'notifications', 'alert', 'alerts', 'react', 'react to changes', 'email the team', 'aws events', 'instance stopped'], yes: ['react to aws events', 'react to ec2', 'ec2 state changes', 'state changes', 'notify', 'alert', 'react to changes'] },
        { label: 'Decoupling', value: 'Order service publishes "OrderPlaced"; billing and shipping each react on their own', asks: ['decouple', 'decoupling', 'decoupled', 'microservices', 'loosely coupled', 'event driven', 'event-driven', 'pub/sub', 'publish', 'subscribe', 'choreography'], yes: ['decouple', 'decoupling', 'decoupled', 'loosely coupled', 'event driven', 'event-driven', 'microservices'] },
      ],
    },
    examTips: {
      text: 'If an answer says "CloudWatch Events", read it as EventBridge: same service, old name. Keywords: react to events from AWS services or SaaS apps, event bus, rules, schedule, cron, decouple. "Run a Lambda every night" is EventBridge plus Lambda; EventBridge triggers, Lambda does the work.',
    },
    pickWhen: {
      text: 'Pick EventBridge when something should happen automatically because of an event or at a time of day, and you want AWS services, your own apps or SaaS tools connected without writing glue servers.',
    },
    differences: {
      text: 'Versus Lambda: EventBridge decides when and where to send an event; Lambda is the code that runs when it gets there. Versus SNS: both fan out messages, but EventBridge filters on the event content, has many more targets and receives events from AWS and SaaS apps on its own; SNS is simple pub/sub, including to email and SMS. Versus SQS: SQS is a queue that holds messages until a consumer polls them; EventBridge pushes events to targets.',
      facts: [
        { label: 'Versus SQS', value: 'SQS holds messages in a queue until a consumer polls for them; EventBridge pushes each event to its targets right away', asks: ['sqs', 'queue', 'queues', 'poll', 'polling', 'buffer', 'hold messages', 'message queue'], no: ['a queue', 'message queue', 'a message queue', 'poll', 'polling', 'hold messages', 'store messages', 'buffer messages'] },
        { label: 'Versus SNS', value: 'Both fan out; EventBridge filters on event content and has far more sources and targets, while SNS is simple pub/sub that can also send email and SMS', asks: ['sns', 'pub/sub', 'pubsub', 'fan out', 'fan-out', 'email', 'sms', 'text message', 'notifications'], no: ['send email directly', 'email directly', 'send emails directly', 'send sms directly', 'sms directly'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'Serverless event bus and scheduler (formerly CloudWatch Events)',
    youManage: 'Event patterns, rules, targets and schedules; no servers',
    billing: 'AWS service events free; $1.00 per million custom events; Scheduler 14M free/month',
    limits: 'Runs no code itself; events up to 1 MB; 5 targets per rule; 1-minute schedules',
    pickWhen: 'React to events or run something on a cron schedule',
  },
  related: ['lambda', 'serverless', 'batch', 'ecs', 'microservices', 's3', 'api-gateway'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: {
    status: 'available',
    history: [
      { date: '2016-01-14', event: 'Launched as Amazon CloudWatch Events', source: { url: 'https://aws.amazon.com/blogs/aws/new-cloudwatch-events-track-and-respond-to-changes-to-your-aws-resources/', checked: '2026-11-30' } },
      { date: '2019-07-11', event: 'Extended and renamed Amazon EventBridge, adding custom and SaaS partner event buses', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2019/07/introducing-amazon-eventbridge/', checked: '2026-11-30' } },
      { date: '2022-11-10', event: 'EventBridge Scheduler launched for cron, rate and one-time schedules', source: { url: 'https://aws.amazon.com/blogs/compute/introducing-amazon-eventbridge-scheduler/', checked: '2026-11-30' } },
    ],
  },
  corrections: [
    { notesSay: 'Use the "CloudWatch Events" cron pattern to schedule a Lambda function', correct: 'CloudWatch Events is now Amazon EventBridge (same API). For schedules AWS recommends EventBridge Scheduler, which adds time zones, one-time schedules and retries.' },
    { notesSay: 'Serverless CRON job: CloudWatch Events -> Lambda', correct: 'Still right in spirit, with today\'s names: an EventBridge Scheduler schedule (or a scheduled EventBridge rule) invokes the Lambda function.', aspect: 'useCases' },
  ],
};
