import type { TopicInput } from '../schema.js';

export const serverless: TopicInput = {
  id: 'serverless',
  name: 'Serverless',
  aliases: ['serverless computing', 'serverless architecture', 'serverless model', 'serverless paradigm', 'server less', 'serveless', 'severless', 'serverles'],
  keywords: ['no servers', 'no server management', 'do not manage servers', 'without servers', 'fully managed', 'scale to zero', 'pay per use', 'what is serverless', 'serverless services', 'function as a service origin'],
  category: 'serverless',
  summary: 'A way of building where AWS provisions, patches and scales the servers for you; you only deploy code or configuration and pay for what you use. The servers still exist, you just never see them.',
  aspects: {
    overview: {
      text: '"Serverless" does not mean there are no servers: it means they are not your problem. You never pick an instance, install an OS, patch it or plan capacity; you hand over code or data and AWS runs it, scales it and keeps it available. The idea began as Function as a Service with AWS Lambda (2014), where you deploy just a function. Today the word covers any fully managed service where you never see a server: storage (S3), databases (DynamoDB), containers (Fargate), APIs (API Gateway), events (EventBridge), queues and more.',
      facts: [
        { label: 'You manage', value: 'Your code, data and settings; never servers or operating systems', asks: ['you manage', 'what do i manage', 'i manage', 'customer manages', 'my responsibility', 'code', 'settings', 'operating system', 'os', 'ssh', 'shared responsibility', 'instance types'], no: ['need to patch', 'i patch', 'i manage servers', 'manage my own servers', 'ssh', 'ssh into', 'choose instance types', 'pick an instance type'] },
        { label: 'AWS manages', value: 'Provisioning, patching, scaling and availability of the servers', asks: ['aws manages', 'who manages', 'who patches', 'patch', 'patching', 'scaling', 'scale', 'scales automatically', 'availability', 'provisioning', 'high availability', 'what does aws do'], yes: ['scale automatically', 'scales automatically', 'automatic scaling', 'auto scaling', 'highly available', 'aws patches', 'aws manages', 'no provisioning', 'managed by aws'] },
        { label: 'Started as', value: 'FaaS (Function as a Service), pioneered by AWS Lambda', asks: ['faas', 'function as a service', 'history', 'origin', 'started', 'when did it start', 'pioneered', 'who invented', 'first'] },
        { label: 'Compute', value: 'Lambda (functions), Fargate (containers)', asks: ['compute', 'run code', 'code', 'containers', 'docker', 'functions', 'lambda', 'fargate'], yes: ['containers', 'docker', 'run containers', 'run code', 'lambda', 'fargate'] },
        { label: 'Storage and data', value: 'S3 (objects), DynamoDB (NoSQL database)', source: { url: 'https://aws.amazon.com/serverless/', checked: '2026-11-30' }, asks: ['storage', 'database', 'databases', 's3', 'dynamodb', 'data', 'nosql'], yes: ['s3', 'dynamodb'] },
        { label: 'Glue', value: 'API Gateway (APIs), EventBridge (events and schedules), SQS and SNS (messages)', asks: ['glue', 'api', 'apis', 'api gateway', 'eventbridge', 'events', 'sqs', 'sns', 'queues', 'messages', 'messaging', 'integration'], yes: ['api gateway', 'eventbridge', 'sqs', 'sns'] },
        { label: 'Servers still exist', value: 'There are still servers: AWS runs them, and you never see or manage them', asks: ['servers', 'no servers', 'still servers', 'really serverless', 'meaning', 'what does it mean', 'name', 'misnomer'], yes: ['still servers', 'still use servers', 'still uses servers', 'servers still exist', 'run on servers', 'runs on servers'], no: ['no servers at all', 'no physical servers', 'literally no servers'] },
        { label: 'Not just functions', value: 'Serverless covers any service where you never see a server: functions, containers, storage, databases, APIs, events and queues', asks: ['only lambda', 'just lambda', 'only functions', 'just functions', 'what counts', 'which services', 'services', 'list'], no: ['only lambda', 'just lambda', 'only functions', 'just functions', 'only faas', 'just faas', 'same as lambda', 'same as faas'] },
      ],
    },
    pricing: {
      text: 'You pay for use rather than for servers waiting around: Lambda per request and millisecond, S3 per GB stored and per request, DynamoDB on-demand per read and write, API Gateway per call. Many of these cost nearly nothing when idle. Not every serverless service scales to zero, though: Fargate bills per second for each running task, whether it is busy or not.',
      facts: [
        { label: 'Cost', value: 'You pay for use, often near zero when idle; but not everything scales to zero (Fargate bills each running task), and steady heavy load can be cheaper on EC2 with Savings Plans', asks: ['cost', 'price', 'cheaper', 'cheap', 'expensive', 'save money', 'pay per use', 'idle', 'scale to zero', 'when idle', 'billing'], yes: ['pay per use', 'pay for what you use', 'pay as you go', 'pay-as-you-go'], no: ['always cheaper', 'always cheapest', 'always free', 'cheaper in every case', 'always scale to zero', 'always scales to zero'] },
      ],
    },
    useCases: {
      text: 'Spiky or unpredictable traffic, small teams with no one to look after servers, event-driven work, and new projects that should cost nothing until they are used. The course examples are all serverless end to end: an S3 upload triggering a Lambda that writes a thumbnail to S3 and metadata to DynamoDB, an EventBridge schedule calling a Lambda as a cron job, and API Gateway plus Lambda plus DynamoDB as a serverless API.',
      facts: [
        { label: 'Serverless API', value: 'Client -> API Gateway -> Lambda -> DynamoDB', asks: ['api', 'rest api', 'web api', 'backend', 'api backend'] },
        { label: 'File processing', value: 'S3 upload -> Lambda -> S3 and DynamoDB', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3-tutorial.html', checked: '2026-11-30' }, asks: ['file processing', 'image processing', 'thumbnail', 'thumbnails', 's3 upload', 'upload', 'resize images'] },
        { label: 'Scheduled job', value: 'EventBridge Scheduler -> Lambda', asks: ['cron', 'cron job', 'schedule', 'scheduled', 'scheduled job', 'scheduler', 'timer', 'eventbridge scheduler'], yes: ['cron', 'cron job', 'cron jobs', 'scheduled jobs', 'schedule'] },
      ],
    },
    examTips: {
      text: 'Watch for "no servers to manage", "no provisioning" or "serverless" in the question, then match the kind of thing needed: serverless compute for code is Lambda, serverless containers is Fargate, a serverless database is DynamoDB, serverless storage is S3, a serverless API is API Gateway plus Lambda. Remember that serverless means less for you in the shared responsibility model: no OS patching.',
      facts: [
        { label: 'Serverless compute (code)', value: 'AWS Lambda', asks: ['serverless compute', 'run code without servers', 'serverless functions'] },
        { label: 'Serverless containers', value: 'AWS Fargate', asks: ['serverless containers', 'serverless docker', 'containers without servers', 'run containers without servers'] },
        { label: 'Serverless database', value: 'Amazon DynamoDB', asks: ['serverless database', 'serverless db', 'database without servers', 'nosql database'] },
        { label: 'Serverless storage', value: 'Amazon S3', source: { url: 'https://aws.amazon.com/serverless/', checked: '2026-11-30' }, asks: ['serverless storage', 'object storage', 'store files'] },
        { label: 'Serverless API', value: 'Amazon API Gateway + AWS Lambda', asks: ['serverless api', 'serverless apis', 'serverless rest api'] },
      ],
    },
    pickWhen: {
      text: 'Go serverless when you want to spend your time on the application rather than on servers, when load comes and goes, or when paying only for real use matters. Prefer servers (EC2) when you need full control of the OS, special hardware, or steady heavy load where reserved capacity is cheaper.',
    },
    differences: {
      text: 'Versus EC2: with EC2 you choose, patch and scale the instances and pay while they run; serverless hands all of that to AWS. Versus containers: containers are a packaging format; they become serverless when Fargate runs them, but not when you run them on your own EC2 instances. Versus "managed" services such as RDS: those still make you pick instance sizes, while serverless services hide them completely.',
    },
  },
  atAGlance: {
    whatItIs: 'Building on services where AWS runs and scales all the servers',
    youManage: 'Code, data and settings only; no servers, OS or capacity',
    billing: 'For actual use (requests, duration, GB), often near zero when idle',
    limits: 'Less control: no OS access; each service has its own quotas',
    pickWhen: 'No one should manage servers, or traffic is spiky or unknown',
  },
  related: ['lambda', 'fargate', 's3', 'dynamodb', 'api-gateway', 'eventbridge', 'ec2', 'microservices', 'containers'],
  examDomain: 'cloud-concepts',
  examScope: 'concept',
  lifecycle: { status: 'available' },
  corrections: [],
};
