import type { TopicInput } from '../schema.js';

export const s3: TopicInput = {
  id: 's3',
  name: 'Amazon S3',
  aliases: [
    's3', 'simple storage service', 'amazon simple storage service', 's3 bucket', 's3 buckets', 'bucket', 'buckets', 's3 glacier',
    'amazon s3 glacier', 'serverless storage', 's 3', 'simple storage servce', 'simple storge service',
  ],
  keywords: ['object storage', 'store files', 'where to store files', 'file storage', 'store objects', 'upload files', 'images', 'backups', 'static website', 'data lake', 'durability', 'eleven nines', 'storage class', 'glacier', 'archive', 'unlimited storage', 'file upload trigger', 'static website hosting', 'host a static website', 'static site'],
  category: 'storage-and-databases',
  summary: 'Serverless object storage: keep any number of files (objects) in buckets, with eleven nines of durability, paying per GB stored and per request. Uploads can trigger Lambda, Batch and other services.',
  aspects: {
    overview: {
      text: 'S3 stores objects: a file plus its metadata, found by a key (its name) inside a bucket. A bucket is created in one Region, has a globally unique name and holds as many objects as you like; there are no disks to size and no servers to run, which is why the course counts S3 among the serverless services. Data is copied across several Availability Zones, and storage classes let you trade access speed for price, down to Glacier Deep Archive for data you rarely touch. Buckets are private by default. S3 can also announce changes: an upload can invoke a Lambda function directly or reach Batch, ECS or anything else through EventBridge.',
      facts: [
        { label: 'Model', value: 'Object storage: buckets hold objects (key + data + metadata)', asks: ['object storage', 'kind of storage', 'type of storage', 'storage type', 'objects', 'object', 'key', 'metadata', 'block storage', 'file system', 'filesystem', 'file storage', 'database', 'disk', 'how does it work'], yes: ['object storage', 'object store', 'key value', 'store files', 'store objects'], no: ['block storage', 'a disk', 'relational database', 'sql database', 'install an os', 'boot volume'] },
        { label: 'Object size', value: 'Up to 50 TB (the limit was 5 TB until December 2025); one PUT up to 5 GB, larger uploads use multipart', source: { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html', checked: '2026-11-30' }, asks: ['object size', 'file size', 'max size', 'maximum size', 'largest file', 'biggest file', 'how big', 'multipart', 'multipart upload', 'single put', 'upload size', 'large files', 'tb', 'terabytes', 'gb'], yes: ['large files', 'big files', 'multipart upload', 'multipart uploads', 'terabyte files'], no: ['unlimited file size', 'unlimited object size', 'no size limit', 'larger than 50 tb', 'bigger than 50 tb', 'over 50 tb', 'more than 50 tb'] },
        { label: 'Durability', value: '99.999999999% (eleven nines); S3 Standard is designed for 99.99% availability', source: { url: 'https://aws.amazon.com/s3/storage-classes/', checked: '2026-11-30' }, asks: ['durability', 'durable', 'eleven nines', '11 nines', 'availability', 'uptime', 'sla', 'lose data', 'data loss', 'reliable', 'reliability', 'availability zones', 'replicated', 'redundant', 'copies'], yes: ['durable', 'highly durable', 'eleven nines', '11 nines', 'reliable', 'highly available', 'redundant'], no: ['lose data', 'lose my data', 'lose files', 'single point of failure'] },
        { label: 'Storage classes', value: 'Standard, Intelligent-Tiering, Standard-IA, One Zone-IA, Glacier Instant, Flexible and Deep Archive, Express One Zone', asks: ['storage classes', 'storage class', 'tiers', 'classes', 'glacier', 'deep archive', 'glacier deep archive', 'intelligent-tiering', 'intelligent tiering', 'infrequent access', 'standard-ia', 'one zone', 'one zone-ia', 'express one zone', 'archive', 'archiving', 'cold storage', 'cheaper storage', 'lifecycle'], yes: ['glacier', 'archive', 'archiving', 'cold storage', 'intelligent-tiering', 'intelligent tiering', 'infrequent access', 'deep archive', 'storage classes', 'tiers'] },
        { label: 'Consistency', value: 'Strong read-after-write consistency (since December 2020)', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2020/12/amazon-s3-now-delivers-strong-read-after-write-consistency-automatically-for-all-applications/', checked: '2026-11-30' }, asks: ['consistency', 'consistent', 'strong consistency', 'eventual consistency', 'eventually consistent', 'read after write', 'read-after-write', 'stale data', 'stale reads'], yes: ['strong consistency', 'strongly consistent', 'read after write', 'read-after-write'], no: ['eventual consistency', 'eventually consistent', 'stale data', 'stale reads'] },
        { label: 'Events', value: 'Notifications to Lambda, SQS, SNS and EventBridge', asks: ['events', 'event', 'trigger', 'triggers', 'notification', 'notifications', 'event notifications', 'lambda', 'invoke lambda', 'sqs', 'sns', 'eventbridge', 'on upload', 'event-driven', 'event driven'], yes: ['trigger lambda', 'trigger a lambda', 'trigger lambda functions', 'invoke lambda', 'invoke a lambda', 'trigger', 'triggers', 'events', 'event notifications', 'notifications', 'eventbridge', 'event-driven', 'event driven'] },
        { label: 'Security', value: 'Private by default, Block Public Access, bucket policies and IAM, encryption at rest by default', asks: ['security', 'secure', 'private', 'public', 'public access', 'block public access', 'bucket policy', 'bucket policies', 'iam', 'encryption', 'encrypted', 'encrypt', 'access control', 'permissions', 'who can access'], yes: ['private', 'private by default', 'encrypted', 'encrypted by default', 'encryption', 'encryption at rest', 'encrypt', 'block public access', 'bucket policies', 'bucket policy', 'secure'], no: ['public by default', 'open by default', 'publicly readable by default', 'unencrypted'] },
        { label: 'Servers', value: 'None to manage: S3 is serverless storage with no disks to size, and it scales on its own', asks: ['serverless', 'servers', 'managed', 'fully managed', 'scale', 'scaling', 'scales', 'provision', 'capacity', 'disk size', 'manage servers'], yes: ['serverless', 'fully managed', 'managed service', 'scale automatically', 'scales automatically', 'auto scaling', 'autoscale'], no: ['provision capacity', 'provision storage', 'manage servers', 'size disks', 'pick a disk size', 'choose a size', 'run servers'] },
        { label: 'Location', value: 'Each bucket lives in the one Region you choose; by default its name must be unique across all AWS accounts (a bucket can instead use your account\'s own regional namespace)', source: { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/gpbucketnamespaces.html', checked: '2026-11-30' }, asks: ['region', 'regional', 'global', 'global service', 'which region', 'bucket name', 'bucket names', 'unique name', 'name unique', 'globally unique', 'where is data stored', 'namespace'], yes: ['regional', 'regional service', 'globally unique', 'unique names', 'unique name', 'in a region'], no: ['global service', 'a global service', 'stored globally', 'all regions'] },
      ],
    },
    pricing: {
      text: 'Pay for what you store (GB per month, by storage class), for requests, and for data transferred out to the internet; uploading is free. Colder classes are cheaper to store but charge for retrieval and have minimum storage durations. Figures are S3 Standard in us-east-1.',
      facts: [
        { label: 'Storage', value: 'About $0.023 per GB-month (first 50 TB)', source: { url: 'https://aws.amazon.com/s3/pricing/', checked: '2026-11-30' }, asks: ['storage price', 'storage cost', 'per gb', 'gb-month', 'price per gb', 'cost per gb', 'how much to store', 'cost to store', 'monthly cost'] },
        { label: 'Requests', value: 'About $0.005 per 1,000 PUTs and $0.0004 per 1,000 GETs', source: { url: 'https://aws.amazon.com/s3/pricing/', checked: '2026-11-30' }, asks: ['requests', 'request cost', 'cost per request', 'price per request', 'put', 'get', 'puts', 'gets', 'api calls'] },
        { label: 'Data in', value: 'Free', asks: ['data in', 'upload', 'uploads', 'uploading', 'ingress', 'data transfer in', 'transfer in', 'upload cost'], yes: ['free uploads', 'free to upload', 'upload for free', 'uploading free', 'data in free', 'free data in', 'ingress free', 'free ingress'] },
        { label: 'Free tier (older accounts)', value: '5 GB of S3 Standard for 12 months', source: { url: 'https://aws.amazon.com/s3/pricing/', checked: '2026-11-30' }, asks: ['free tier', 'free', 'free storage', 'free plan', 'trial', 'cost nothing'] },
      ],
    },
    limits: {
      text: 'Total storage is practically unlimited; the limits are per object and per account, and S3 is object storage, so you replace whole objects rather than edit part of a file, and you cannot install an OS or database on it.',
      facts: [
        { label: 'Object size', value: '0 bytes to 50 TB', source: { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html', checked: '2026-11-30' }, asks: ['object size', 'file size', 'max size', 'maximum size', 'largest file', 'biggest file', 'smallest', 'empty file', 'zero bytes', 'size limit'] },
        { label: 'Buckets', value: '10,000 general purpose buckets per account by default (can be raised)', source: { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html', checked: '2026-11-30' }, asks: ['how many buckets', 'number of buckets', 'bucket limit', 'bucket quota', 'max buckets', 'maximum buckets', 'more buckets', 'raise', 'increase'], yes: ['raised', 'be raised', 'raise the limit', 'increase the limit', 'be increased', 'more buckets'] },
        { label: 'Total storage', value: 'Store as many objects as you want: there is no cap on the number of objects or the total data in a bucket', source: { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html', checked: '2026-11-30' }, asks: ['total storage', 'how much data', 'how much can i store', 'storage limit', 'capacity', 'bucket size', 'number of objects', 'how many objects', 'unlimited', 'unlimited storage'], yes: ['unlimited storage', 'unlimited data', 'unlimited objects', 'any amount of data', 'any number of files', 'any number of objects', 'unlimited capacity'], no: ['bucket size limit', 'storage limit', 'run out of space', 'fill up'] },
      ],
    },
    useCases: {
      text: 'Images and user uploads, backups and archives, static websites, data lakes for analytics, and the input and output of processing jobs. Both course examples use it: an image uploaded to S3 triggers a Lambda that writes a thumbnail back to S3 (and metadata to DynamoDB), and uploads can start a Batch job whose container writes processed files to another bucket.',
      facts: [
        { label: 'Static websites', value: 'A bucket can serve a static website (HTML, CSS, JavaScript, images); it runs no server-side code, and HTTPS needs CloudFront (or Amplify Hosting) in front', source: { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html', checked: '2026-11-30' }, asks: ['static website', 'static websites', 'static site', 'website', 'web site', 'host a website', 'website hosting', 'hosting', 'html', 'https', 'ssl', 'cloudfront', 'php', 'dynamic website', 'server-side'], yes: ['static website', 'static websites', 'static site', 'static sites', 'host a static website', 'host a website', 'website hosting', 'html', 'single page app'], no: ['dynamic website', 'dynamic websites', 'php', 'server-side code', 'server side code', 'wordpress', 'backend code', 'run code', 'run a database'] },
      ],
    },
    examTips: {
      text: '"Serverless storage", "store any amount of files or objects", "static website", "backups" -> S3. Rarely accessed archives -> S3 Glacier classes. An S3 upload triggering Lambda is the classic event-driven example. S3 is object storage, not a disk for an instance (that is EBS) and not a shared file system (that is EFS).',
    },
    pickWhen: {
      text: 'Pick S3 whenever you need to store files durably and cheaply at any scale, share them over HTTPS, or feed them to other services, without managing disks.',
    },
    differences: {
      text: 'Versus DynamoDB: S3 stores whole files of any size; DynamoDB stores small structured items (up to 400 KB) you query by key in milliseconds. The thumbnail example uses both: the image in S3, its metadata in DynamoDB. Versus EBS: an EBS volume is a disk attached to one EC2 instance. Versus ECR: ECR is a registry just for container images.',
    },
  },
  atAGlance: {
    whatItIs: 'Serverless object storage in buckets, eleven nines of durability',
    youManage: 'Buckets, objects, access policies and lifecycle rules; no disks',
    billing: 'Per GB-month stored (Standard ~$0.023), per request, and data out',
    limits: 'Objects up to 50 TB; whole-object writes; not a disk or database',
    pickWhen: 'Store files, backups or static sites at any scale',
  },
  related: ['serverless', 'dynamodb', 'lambda', 'batch', 'eventbridge', 'ecr', 'lightsail'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: {
    status: 'available',
    history: [
      { date: '2006-03-14', event: 'Amazon S3 launched, one of the first AWS services', source: { url: 'https://aws.amazon.com/blogs/aws/eight-years-and-counting-of-cloud-computing/', checked: '2026-11-30' } },
    ],
  },
  corrections: [],
};
