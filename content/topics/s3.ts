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
        { label: 'Model', value: 'Object storage: buckets hold objects (key + data + metadata)' },
        { label: 'Object size', value: 'Up to 50 TB (the limit was 5 TB until December 2025); one PUT up to 5 GB, larger uploads use multipart', source: { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html', checked: '2026-11-30' } },
        { label: 'Durability', value: '99.999999999% (eleven nines); S3 Standard is designed for 99.99% availability', source: { url: 'https://aws.amazon.com/s3/storage-classes/', checked: '2026-11-30' } },
        { label: 'Storage classes', value: 'Standard, Intelligent-Tiering, Standard-IA, One Zone-IA, Glacier Instant, Flexible and Deep Archive, Express One Zone' },
        { label: 'Consistency', value: 'Strong read-after-write consistency (since December 2020)', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2020/12/amazon-s3-now-delivers-strong-read-after-write-consistency-automatically-for-all-applications/', checked: '2026-11-30' } },
        { label: 'Events', value: 'Notifications to Lambda, SQS, SNS and EventBridge' },
        { label: 'Security', value: 'Private by default, Block Public Access, bucket policies and IAM, encryption at rest by default' },
      ],
    },
    pricing: {
      text: 'Pay for what you store (GB per month, by storage class), for requests, and for data transferred out to the internet; uploading is free. Colder classes are cheaper to store but charge for retrieval and have minimum storage durations. Figures are S3 Standard in us-east-1.',
      facts: [
        { label: 'Storage', value: 'About $0.023 per GB-month (first 50 TB)', source: { url: 'https://aws.amazon.com/s3/pricing/', checked: '2026-11-30' } },
        { label: 'Requests', value: 'About $0.005 per 1,000 PUTs and $0.0004 per 1,000 GETs', source: { url: 'https://aws.amazon.com/s3/pricing/', checked: '2026-11-30' } },
        { label: 'Data in', value: 'Free' },
        { label: 'Free tier (older accounts)', value: '5 GB of S3 Standard for 12 months', source: { url: 'https://aws.amazon.com/s3/pricing/', checked: '2026-11-30' } },
      ],
    },
    limits: {
      text: 'Total storage is practically unlimited; the limits are per object and per account, and S3 is object storage, so you replace whole objects rather than edit part of a file, and you cannot install an OS or database on it.',
      facts: [
        { label: 'Object size', value: '0 bytes to 50 TB', source: { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html', checked: '2026-11-30' } },
        { label: 'Buckets', value: '10,000 general purpose buckets per account by default (can be raised)', source: { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html', checked: '2026-11-30' } },
      ],
    },
    useCases: {
      text: 'Images and user uploads, backups and archives, static websites, data lakes for analytics, and the input and output of processing jobs. Both course examples use it: an image uploaded to S3 triggers a Lambda that writes a thumbnail back to S3 (and metadata to DynamoDB), and uploads can start a Batch job whose container writes processed files to another bucket.',
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
