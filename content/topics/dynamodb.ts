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
        { label: 'Type', value: 'NoSQL key-value and document database, serverless', asks: ['nosql', 'key-value', 'key value', 'document', 'document database', 'type of database', 'database type', 'relational', 'sql', 'serverless', 'json', 'rdbms', 'servers', 'manage servers'], yes: ['nosql', 'key-value', 'key value', 'document database', 'serverless', 'a database', 'serverless database', 'non-relational', 'nosql database', 'json'], no: ['dynamodb relational', 'dynamodb a relational', 'dynamodb sql', 'dynamodb a sql database', 'dynamodb an rdbms', 'support relational', 'i manage servers', 'need to manage servers', 'have to manage servers', 'need to provision servers', 'choose an instance', 'instance type', 'have to patch', 'need to patch'] },
        { label: 'Performance', value: 'Single-digit millisecond latency at any scale; microseconds with DAX', asks: ['latency', 'fast', 'speed', 'performance', 'milliseconds', 'millisecond', 'microseconds', 'microsecond', 'dax', 'cache', 'caching', 'how fast', 'accelerator'], yes: ['fast', 'low latency', 'millisecond latency', 'single-digit millisecond', 'dax', 'cache', 'caching', 'microsecond', 'microseconds', 'in-memory cache'] },
        { label: 'Capacity modes', value: 'On-demand (pay per request, scales automatically) or provisioned (set reads/writes per second, optional auto scaling)', asks: ['on-demand', 'on demand', 'provisioned', 'capacity', 'capacity mode', 'capacity modes', 'rcu', 'wcu', 'read capacity', 'write capacity', 'throughput', 'auto scaling', 'autoscaling', 'scale', 'scaling'], yes: ['on-demand', 'on demand', 'provisioned', 'auto scaling', 'autoscaling', 'scale automatically', 'scales automatically', 'auto scale', 'autoscale'] },
        { label: 'Resilience', value: 'Replicated across multiple AZs in a Region; Global Tables for multi-Region, multi-active', asks: ['availability', 'multi-az', 'replication', 'replicated', 'global tables', 'multi-region', 'multi region', 'durability', 'durable', 'disaster recovery', 'active-active', 'regions', 'high availability'], yes: ['multi-az', 'replicated', 'global tables', 'multi-region', 'multi region', 'active-active', 'highly available', 'high availability', 'replication', 'multiple regions', 'durable'] },
        { label: 'Change events', value: 'DynamoDB Streams can invoke Lambda on every insert, update or delete', asks: ['streams', 'stream', 'triggers', 'trigger', 'change data capture', 'cdc', 'on insert', 'on update', 'changes', 'lambda'], yes: ['streams', 'triggers', 'trigger', 'trigger lambda', 'invoke lambda', 'lambda', 'change data capture'] },
        { label: 'Backups', value: 'On-demand backups and point-in-time recovery (up to 35 days)', source: { url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Point-in-time-recovery.html', checked: '2026-11-30' }, asks: ['backup', 'backups', 'point-in-time recovery', 'point in time recovery', 'pitr', 'restore', 'recovery', '35 days'], yes: ['backup', 'backups', 'backed up', 'point-in-time recovery', 'point in time recovery', 'pitr', 'restore'] },
      ],
    },
    pricing: {
      text: 'On-demand mode bills per read and write request, so an idle table costs only its storage; provisioned mode bills per hour for the read and write capacity you reserve, which is cheaper for steady traffic. Storage is billed per GB-month. AWS halved on-demand prices in November 2024. Figures are us-east-1, Standard table class.',
      facts: [
        { label: 'On-demand writes', value: '$0.625 per million write request units', source: { url: 'https://aws.amazon.com/dynamodb/pricing/on-demand/', checked: '2026-11-30' }, asks: ['write cost', 'write price', 'writes', 'per write', 'write request', 'write requests', 'wru', 'write request units'] },
        { label: 'On-demand reads', value: '$0.125 per million read request units', source: { url: 'https://aws.amazon.com/dynamodb/pricing/on-demand/', checked: '2026-11-30' }, asks: ['read cost', 'read price', 'reads', 'per read', 'read request', 'read requests', 'rru', 'read request units'] },
        { label: 'Storage', value: '$0.25 per GB-month; the first 25 GB are free', source: { url: 'https://aws.amazon.com/dynamodb/pricing/on-demand/', checked: '2026-11-30' }, asks: ['storage cost', 'storage price', 'per gb', 'gb-month', 'cost per gb', 'storage billed'] },
        { label: 'Always free', value: '25 GB storage plus 25 read and 25 write capacity units (provisioned)', source: { url: 'https://aws.amazon.com/dynamodb/pricing/', checked: '2026-11-30' }, asks: ['free tier', 'free', 'always free', '25 gb', 'free capacity', 'free storage', 'is it free', 'no cost'], yes: ['free tier', 'a free tier', 'always free', 'free storage'] },
      ],
    },
    limits: {
      text: 'Made for many small items read by key, not for big files or ad-hoc analytics.',
      facts: [
        { label: 'Item size', value: 'Up to 400 KB', source: { url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html', checked: '2026-11-30' }, asks: ['item size', 'max item size', 'maximum item size', 'record size', 'row size', 'document size', '400 kb', 'how big', 'large files', 'store files', 'images', 'videos', 'blob', 'blobs'], no: ['large files', 'big files', 'videos', 'large objects', 'store videos', 'large items', 'store large files', 'blobs'] },
        { label: 'Table size', value: 'No practical limit', asks: ['table size', 'how much data', 'storage limit', 'unlimited', 'max table size', 'maximum table size', 'petabytes', 'terabytes', 'how large'], yes: ['unlimited', 'unlimited storage', 'no limit', 'petabytes', 'terabytes'] },
        { label: 'Queries', value: 'By key and indexes; no joins or full SQL', asks: ['query', 'queries', 'sql', 'joins', 'join', 'complex queries', 'indexes', 'index', 'gsi', 'lsi', 'secondary index', 'secondary indexes', 'analytics', 'aggregations', 'ad hoc queries'], yes: ['indexes', 'secondary indexes', 'secondary index', 'gsi', 'query by key'], no: ['joins', 'join', 'complex queries', 'aggregations', 'full sql', 'ad hoc queries', 'ad-hoc queries', 'analytics', 'reporting'] },
      ],
    },
    useCases: {
      text: 'The database behind serverless apps (API Gateway -> Lambda -> DynamoDB), user profiles and session data, shopping carts, game leaderboards, IoT readings and metadata, such as the thumbnail details (name, size, creation date) in the course\'s S3-plus-Lambda example.',
      facts: [
        { label: 'Typical uses', value: 'Back end of serverless apps (API Gateway -> Lambda -> DynamoDB), user profiles, session data, shopping carts, game leaderboards, IoT readings and metadata', asks: ['session', 'sessions', 'session data', 'shopping cart', 'shopping carts', 'leaderboard', 'leaderboards', 'gaming', 'iot', 'user profiles', 'metadata', 'serverless app', 'serverless backend'], yes: ['session data', 'sessions', 'shopping cart', 'shopping carts', 'leaderboard', 'leaderboards', 'iot', 'user profiles', 'metadata', 'serverless apps', 'serverless app'] },
      ],
    },
    examTips: {
      text: '"Serverless database", "NoSQL", "key-value", "millisecond latency at any scale" -> DynamoDB. Microsecond read caching -> DAX. Multi-Region active-active -> Global Tables. Relational data, joins or SQL -> RDS or Aurora, not DynamoDB.',
    },
    pickWhen: {
      text: 'Pick DynamoDB when you need a fast database with no servers to manage, access data by a known key, and want it to grow with the load; choose on-demand when traffic is unpredictable and provisioned when it is steady.',
    },
    differences: {
      text: 'Versus RDS: RDS runs relational engines (MySQL, PostgreSQL and others) on instances you size, with SQL and joins; DynamoDB is NoSQL and serverless. Versus S3: S3 keeps whole files of any size; DynamoDB keeps small items up to 400 KB that you read and update by key in milliseconds.',
      facts: [
        { label: 'Versus RDS', value: 'Relational data, SQL joins and transactions across tables -> RDS or Aurora (MySQL, PostgreSQL and others); DynamoDB is NoSQL and serverless', asks: ['rds', 'aurora', 'mysql', 'postgresql', 'postgres', 'oracle', 'sql server', 'relational database', 'versus rds'], no: ['dynamodb mysql', 'dynamodb postgresql', 'dynamodb an rds', 'dynamodb part of rds', 'part of rds', 'an rds engine', 'support mysql', 'support postgresql', 'mysql compatible', 'mysql-compatible', 'postgresql compatible', 'postgresql-compatible', 'run mysql', 'based on mysql'] },
      ],
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
