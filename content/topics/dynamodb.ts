import type { TopicInput } from '../schema.js';

export const dynamodb: TopicInput = {
  id: 'dynamodb',
  name: 'Amazon DynamoDB',
  aliases: ['amazon dynamodb', 'dynamo db', 'serverless database', 'serverless nosql database', 'dynamodb table', 'dynamodb tables', 'dynamodb streams', 'dax', 'dynamodb accelerator', 'dynomodb', 'dyanmodb', 'dynamodbb', 'dinamodb'],
  keywords: ['nosql', 'key-value', 'key value', 'document database', 'millisecond latency', 'single-digit millisecond', 'on-demand capacity', 'provisioned capacity', 'global tables', 'metadata', 'table', 'item', 'partition key'],
  category: 'storage-and-databases',
  summary: 'A serverless NoSQL key-value and document database: single-digit millisecond responses at any scale, no servers or versions to manage, paid per request (on-demand) or per provisioned capacity.',
  aspects: {
    overview: {
      text: 'DynamoDB stores items (think JSON-like records) in tables, and you fetch them by their key: a partition key, optionally combined with a sort key. There is no instance to choose, no database engine to patch and no disk to grow; AWS spreads the data across partitions and replicates it across three Availability Zones, so the course lists it with S3, Fargate and Lambda as serverless. It answers in single-digit milliseconds whether you have a hundred items or billions. It is not relational: no joins and no complex SQL queries, so you design tables around how you will read them. Extras: Global Tables copy a table to several Regions, DAX caches reads for microsecond answers, Streams pass every change to Lambda, and backups run without downtime.',
      facts: [
        { label: 'Type', value: 'NoSQL key-value and document database, serverless' },
        { label: 'Performance', value: 'Single-digit millisecond latency at any scale; microseconds with DAX' },
        { label: 'Capacity modes', value: 'On-demand (pay per request, scales automatically) or provisioned (set reads/writes per second, optional auto scaling)' },
        { label: 'Resilience', value: 'Replicated across multiple AZs in a Region; Global Tables for multi-Region, multi-active' },
        { label: 'Change events', value: 'DynamoDB Streams can invoke Lambda on every insert, update or delete' },
        { label: 'Backups', value: 'On-demand backups and point-in-time recovery (up to 35 days)', source: { url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Point-in-time-recovery.html', checked: '2026-11-30' } },
      ],
    },
    pricing: {
      text: 'On-demand mode bills per read and write request, so an idle table costs only its storage; provisioned mode bills per hour for the read and write capacity you reserve, which is cheaper for steady traffic. Storage is billed per GB-month. AWS halved on-demand prices in November 2024. Figures are us-east-1, Standard table class.',
      facts: [
        { label: 'On-demand writes', value: '$0.625 per million write request units', source: { url: 'https://aws.amazon.com/dynamodb/pricing/on-demand/', checked: '2026-11-30' } },
        { label: 'On-demand reads', value: '$0.125 per million read request units', source: { url: 'https://aws.amazon.com/dynamodb/pricing/on-demand/', checked: '2026-11-30' } },
        { label: 'Storage', value: '$0.25 per GB-month; the first 25 GB are free', source: { url: 'https://aws.amazon.com/dynamodb/pricing/on-demand/', checked: '2026-11-30' } },
        { label: 'Always free', value: '25 GB storage plus 25 read and 25 write capacity units (provisioned)', source: { url: 'https://aws.amazon.com/dynamodb/pricing/', checked: '2026-11-30' } },
      ],
    },
    limits: {
      text: 'Made for many small items read by key, not for big files or ad-hoc analytics.',
      facts: [
        { label: 'Item size', value: 'Up to 400 KB', source: { url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html', checked: '2026-11-30' } },
        { label: 'Table size', value: 'No practical limit' },
        { label: 'Queries', value: 'By key and indexes; no joins or full SQL' },
      ],
    },
    useCases: {
      text: 'The database behind serverless apps (API Gateway -> Lambda -> DynamoDB), user profiles and session data, shopping carts, game leaderboards, IoT readings and metadata, such as the thumbnail details (name, size, creation date) in the course\'s S3-plus-Lambda example.',
    },
    examTips: {
      text: '"Serverless database", "NoSQL", "key-value", "millisecond latency at any scale" -> DynamoDB. Microsecond read caching -> DAX. Multi-Region active-active -> Global Tables. Relational data, joins or SQL -> RDS or Aurora, not DynamoDB.',
    },
    pickWhen: {
      text: 'Pick DynamoDB when you need a fast database with no servers to manage, access data by a known key, and want it to grow with the load; choose on-demand when traffic is unpredictable and provisioned when it is steady.',
    },
    differences: {
      text: 'Versus RDS: RDS runs relational engines (MySQL, PostgreSQL and others) on instances you size, with SQL and joins; DynamoDB is NoSQL and serverless. Versus S3: S3 keeps whole files of any size; DynamoDB keeps small items up to 400 KB that you read and update by key in milliseconds.',
    },
  },
  atAGlance: {
    whatItIs: 'Serverless NoSQL key-value and document database',
    youManage: 'Tables, keys, indexes and capacity mode; no servers',
    billing: 'On-demand per request ($0.625/M writes, $0.125/M reads) or provisioned per hour; storage per GB',
    limits: 'Items up to 400 KB; key-based queries, no joins',
    pickWhen: 'Serverless apps needing fast key-value access at any scale',
  },
  related: ['serverless', 's3', 'lambda', 'api-gateway', 'microservices', 'three-tier-architecture'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'DynamoDB is a serverless database that auto scales with load', correct: 'True in on-demand mode. In provisioned mode you set the capacity yourself, optionally with auto scaling between limits you choose.' },
  ],
};
