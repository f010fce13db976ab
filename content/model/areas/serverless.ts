import type { ModelAreaInput } from '../schema.js';

/**
 * Serverless and event-driven building blocks: Lambda, API Gateway, EventBridge, Step Functions,
 * SQS, SNS and Amplify, with S3 and DynamoDB as the storage of serverless architectures. Also a few
 * "Which statement about AWS Lambda is true?" items and two Cloud Concepts items on serverless and
 * loosely coupled design.
 */

/** The same cues every "no servers to manage" stem matches. */
const NO_SERVER_CUES = [
  'no servers',
  'serverless',
  'without (provisioning|managing|patching|running|maintaining) (any )?(servers|instances)',
  'not (want|wish|plan) to (manage|provision|patch|run|maintain)',
  'no (one|staff|team|operations staff|administrators?) to (manage|patch|run|look after)',
  'servers? (for (the|it|them) \\w+ )?to (manage|patch|maintain|administer|look after|scale)',
  'no (infrastructure|instances?|database servers) to (manage|patch|administer)',
  'no operations staff',
  'no servers or instances',
];

export const serverlessArea: ModelAreaInput = {
  choices: [
    // Storage and database services that appear only as wrong options next to S3 and DynamoDB.
    { id: 'sl-rds', label: 'Amazon RDS', group: 'service', topic: 'dynamodb', names: ['rds', 'relational database service'] },
    { id: 'sl-ebs', label: 'Amazon EBS', group: 'service', topic: 's3', names: ['ebs', 'elastic block store'] },

    // A design principle for the Cloud Concepts items.
    { id: 'sl-loose-coupling', label: 'Loose coupling', group: 'concept', topic: 'microservices', names: ['loose coupling', 'loosely coupled', 'decoupled', 'decouple'] },

    // Statements about AWS Lambda: true ones are keys, false ones distractors corrected in `fails`.
    { id: 'sl-st-max-15-min', label: 'A single Lambda invocation can run for up to 15 minutes.', group: 'statement', topic: 'lambda' },
    { id: 'sl-st-billing', label: 'Lambda charges per request and for compute time in GB-seconds, measured in 1 ms increments.', group: 'statement', topic: 'lambda' },
    { id: 'sl-st-memory', label: 'A Lambda function can be configured with 128 MB to 10,240 MB of memory.', group: 'statement', topic: 'lambda' },
    { id: 'sl-st-container', label: 'Lambda can run functions packaged as container images of up to 10 GB stored in Amazon ECR.', group: 'statement', topic: 'lambda' },
    { id: 'sl-st-concurrency', label: 'By default, an account can run up to 1,000 Lambda executions at the same time in each Region.', group: 'statement', topic: 'lambda' },
    { id: 'sl-sf-24h', label: 'A single Lambda invocation can run for up to 24 hours.', group: 'statement', topic: 'lambda' },
    { id: 'sl-sf-default-15', label: 'A Lambda function times out after 15 minutes unless the developer sets a shorter timeout.', group: 'statement', topic: 'lambda' },
    { id: 'sl-sf-hourly', label: 'Lambda charges for every hour a function is deployed, even when it is never invoked.', group: 'statement', topic: 'lambda' },
    { id: 'sl-sf-100ms', label: 'Lambda rounds the run time of every invocation up to the next 100 ms.', group: 'statement', topic: 'lambda' },
    { id: 'sl-sf-memory-32gb', label: 'A Lambda function can be configured with up to 32 GB of memory.', group: 'statement', topic: 'lambda' },
    { id: 'sl-sf-vcpu', label: 'Lambda lets the developer choose the number of vCPUs separately from the memory.', group: 'statement', topic: 'lambda' },
    { id: 'sl-sf-zip-only', label: 'Lambda can run code only from .zip archives, not from container images.', group: 'statement', topic: 'lambda' },
    { id: 'sl-sf-docker-hub', label: 'Lambda can pull a function\'s container image straight from Docker Hub.', group: 'statement', topic: 'lambda' },
    { id: 'sl-sf-concurrency-100', label: 'An account can run at most 100 Lambda executions at the same time, and this limit cannot be raised.', group: 'statement', topic: 'lambda' },
    { id: 'sl-sf-ec2-patch', label: 'The customer must choose and patch the EC2 instances that run its Lambda functions.', group: 'statement', topic: 'lambda' },
  ],

  requirements: [
    // ---- Compute: whose code runs, on what, and how it is billed ----
    {
      id: 'sl-runs-own-code',
      need: 'custom code has to run',
      met: 'runs the custom code',
      cues: ['code', 'script', 'function', 'logic', 'program'],
      meets: {
        lambda: 'runs the code as a function each time it is invoked',
        ec2: 'can run any code on an instance',
        lightsail: 'can run the code on a virtual server or a container service',
        'elastic-beanstalk': 'runs the code on EC2 instances that it sets up',
        fargate: 'runs the code packaged in containers',
      },
      fails: {
        s3: 'Amazon S3 stores objects and runs no code of its own',
        sqs: 'Amazon SQS only holds messages until a consumer reads them; it runs no code',
        sns: 'Amazon SNS only delivers messages to subscribers; it runs no code',
        eventbridge: 'EventBridge only routes events and starts targets, on a rule or a schedule; it runs no code itself',
        'step-functions': 'Step Functions coordinates the steps of a workflow and calls other services to do the work; it does not run the code itself',
        'api-gateway': 'API Gateway receives requests and forwards them to a backend; it does not run the business logic itself',
        dynamodb: 'DynamoDB stores and returns items; it does not run application code',
      },
    },
    {
      id: 'sl-no-servers',
      need: 'nobody should have to manage servers',
      met: 'leaves no servers for anyone to manage',
      cues: NO_SERVER_CUES,
      meets: {
        lambda: 'runs on capacity that AWS provisions, patches and scales',
        fargate: 'runs containers on capacity that AWS manages',
        'api-gateway': 'is a fully managed service with no servers to run',
        eventbridge: true,
        'step-functions': true,
        sqs: true,
        sns: true,
        amplify: 'builds and hosts the app on infrastructure that AWS manages',
        s3: 'is serverless storage with no servers or disks to manage',
        dynamodb: 'is a serverless database with no instances to size or patch',
      },
      fails: {
        ec2: 'with EC2 the customer launches, patches and scales the instances itself',
        'ecs-on-ec2': 'with the EC2 launch type the customer runs and patches the container instances itself',
        'sl-ebs': 'an EBS volume is a disk that only works attached to an EC2 instance that the customer runs',
      },
    },
    {
      id: 'sl-pay-per-use',
      need: 'the code must cost nothing while it is not running',
      met: 'charges only while the code runs',
      cues: ['pay only', 'only pay', 'idle', 'no (charge|cost)', 'pay nothing', 'only for the (time|minutes|seconds)', 'stop paying'],
      meets: {
        lambda: 'charges only per request and per millisecond of run time',
      },
      fails: {
        ec2: 'an EC2 instance kept ready for the work is billed for every second it runs, even while idle',
        lightsail: 'Lightsail bills each instance or container service at a fixed monthly price, whether or not it does any work',
        'elastic-beanstalk': 'Elastic Beanstalk keeps at least one EC2 instance running, and billed, even when no work arrives',
        'ecs-on-ec2': 'the container instances are billed for as long as they run, even when no task is running',
      },
    },
    {
      id: 'sl-pay-per-request',
      need: 'the API must be billed per request, with no charge while there is no traffic',
      met: 'charges per request, so a period with no traffic costs nothing',
      cues: ['per request', 'per call', 'no traffic', 'idle', 'no charge'],
      meets: {
        'api-gateway': 'charges per API call, with no minimum fee',
        lambda: 'charges per request and per millisecond of run time',
      },
      fails: {
        ec2: 'an EC2 instance that serves the API is billed for every second it runs, even with no traffic',
        lightsail: 'Lightsail bills each instance or container service at a fixed monthly price, whether or not requests arrive',
        'elastic-beanstalk': 'Elastic Beanstalk keeps at least one EC2 instance running, and billed, even with no traffic',
        fargate: 'a Fargate task that serves the API is billed per second while it runs, whether or not requests arrive',
        'ecs-on-ec2': 'the container instances are billed while they run, with or without traffic',
      },
    },

    // ---- APIs ----
    {
      id: 'sl-api-keys-quotas',
      need: 'each customer of the API needs its own key with its own request limits',
      met: 'issues API keys and enforces per-client throttling and quotas through usage plans',
      cues: ['keys?', 'quotas?', 'usage plan', 'throttl', 'rate limits?', 'requests per (second|day|month)'],
      meets: {
        'api-gateway': true,
        ec2: 'could run an API proxy that the customer builds and operates itself',
      },
      fails: {
        'elastic-load-balancing': 'a load balancer spreads requests across targets and has no API keys or per-client quotas',
        lambda: 'a Lambda function runs the code and has no API keys or usage plans to limit each client',
        s3: 'S3 serves objects to whoever its policies allow and has no API keys or per-client quotas',
        lightsail: 'Lightsail offers virtual servers, container services and load balancers and has no API keys or usage plans to limit each client',
      },
    },
    {
      id: 'sl-https-routes',
      need: 'clients must call the back end through HTTPS routes that return a response',
      met: 'gives the back end one managed HTTPS endpoint whose routes forward each request and return the response',
      cues: ['https', 'routes?', 'paths?', 'endpoint', 'rest api'],
      meets: {
        'api-gateway': true,
        ec2: 'could serve the routes from a web server that the customer runs',
      },
      fails: {
        sqs: 'SQS holds messages for consumers to poll and returns no response from the back end to the caller',
        sns: 'SNS pushes messages to subscribers and returns no response from the back end to the caller',
        eventbridge: 'EventBridge delivers events to targets asynchronously and returns no response to the caller',
        'step-functions': 'Step Functions runs workflows and offers clients no HTTPS routes of its own',
        dynamodb: 'DynamoDB stores items and does not route client requests to functions',
      },
    },
    {
      id: 'sl-websocket',
      need: 'the app needs lasting two-way connections so that the back end can push messages to the browsers',
      met: 'keeps two-way WebSocket connections open and pushes messages to the connected clients',
      cues: ['two-way', 'websocket', 'connected (bidders|browsers|clients|users)'],
      meets: {
        'api-gateway': 'offers WebSocket APIs that keep a two-way connection open with each client',
        ec2: 'could run a WebSocket server that the customer manages',
        lightsail: 'could run a WebSocket server on a virtual server or a container service',
      },
      fails: {
        sqs: 'consumers must poll SQS for messages, and it keeps no connection open to a browser',
        sns: 'SNS pushes to subscribers such as queues, functions, email and SMS, not over a two-way connection with a browser',
        eventbridge: 'EventBridge delivers events to AWS targets and keeps no connection open with browsers',
        lambda: 'a Lambda function runs only while it handles one invocation and does not hold two-way connections with clients by itself',
      },
    },

    // ---- Events, schedules and workflows ----
    {
      id: 'sl-schedule',
      need: 'the work must start automatically at set times, like a cron job',
      met: 'starts the target at set times with cron or rate schedules',
      cues: ['every (day|night|hour|weekday|morning|month|\\d+ minutes)', 'schedule', 'cron', 'at \\d+(:\\d+)? ?(am|pm)', 'each month'],
      meets: {
        eventbridge: 'runs cron and rate schedules (EventBridge Scheduler) that start the target at the set times',
        ec2: 'could run cron on an instance that stays on',
      },
      fails: {
        lambda: 'a Lambda function runs only when something invokes it and has no schedule of its own',
        'step-functions': 'a Step Functions workflow starts only when something starts it and has no schedule of its own',
        sqs: 'SQS holds messages until consumers poll them and cannot start anything at a set time',
        sns: 'SNS delivers a message only when a publisher sends one and has no schedules',
        'api-gateway': 'API Gateway only answers requests that clients send and cannot start anything at a set time',
      },
    },
    {
      id: 'sl-aws-events',
      need: 'changes in AWS services must be matched by rules and routed automatically',
      met: 'receives events from AWS services and routes the matching ones to targets with rules',
      cues: ['rules?', 'event patterns?', 'state-change', 'whenever'],
      meets: {
        eventbridge: 'receives events from AWS services on its default event bus and routes the matching ones with rules',
      },
      fails: {
        sns: 'SNS delivers only the messages published to its topics and does not match AWS events against patterns',
        sqs: 'SQS only stores the messages that producers send to it and does not match AWS events against rules',
        lambda: 'a Lambda function runs when it is invoked and does not watch AWS services for changes by itself',
        'step-functions': 'a Step Functions workflow runs when it is started and does not watch AWS services for changes',
        'api-gateway': 'API Gateway handles only the requests that clients send to it and receives no AWS service events',
      },
    },
    {
      id: 'sl-saas-events',
      need: 'events from a SaaS partner application must arrive in the account without custom collection code',
      met: 'receives events from SaaS partners such as Zendesk or Datadog on a partner event bus',
      cues: ['saas', 'zendesk', 'datadog', 'third-party', 'partner application'],
      meets: { eventbridge: true },
      fails: {
        sqs: 'SQS receives only the messages that a producer sends to it and has no SaaS partner integrations',
        sns: 'SNS receives only the messages published to its topics and has no built-in SaaS partner event sources',
        'step-functions': 'Step Functions has no SaaS partner event sources, so something else must start each workflow',
        lambda: 'Lambda has no built-in SaaS partner connection, so the customer would write code to collect the events',
      },
    },
    {
      id: 'sl-orchestrate',
      need: 'several steps must be coordinated in order, with retries and a record of where each run is',
      met: 'coordinates the steps as a state machine with built-in branching, retries and a visual record of each run',
      cues: ['in order', 'retr', 'branch', 'workflow', 'coordinate', 'state machine', 'which step'],
      meets: { 'step-functions': true },
      fails: {
        sqs: 'SQS passes messages from producers to consumers and does not track which step each run has reached',
        sns: 'SNS fans a message out to subscribers and keeps no workflow state, branches or retries between steps',
        eventbridge: 'EventBridge routes each event to its targets and does not track the progress of a multi-step run',
        lambda: 'Lambda runs each function, and chaining them with state tracking and retries would take custom code',
        codepipeline: 'CodePipeline moves code changes through release stages and is not built to run a business process for each request',
      },
    },
    {
      id: 'sl-long-wait',
      need: 'a run must be able to pause for days while it waits for a person\'s approval',
      met: 'can pause a run for days, up to a year in a Standard workflow, until the approval comes back',
      cues: ['days', 'weeks?', 'a day or more'],
      meets: { 'step-functions': true },
      fails: {
        lambda: 'a Lambda function stops after at most 15 minutes, so it cannot wait days for an approval',
      },
    },

    // ---- Messaging ----
    {
      id: 'sl-buffer',
      need: 'work must wait safely until the workers are ready to pull it',
      met: 'stores each message durably until a worker polls for it and deletes it',
      cues: ['buffer', 'at (its|their) own pace', 'lost', 'poll', 'pull', 'picked up', 'wait', 'held', 'fall behind'],
      meets: { sqs: true },
      fails: {
        sns: 'SNS pushes each message to its subscribers straight away and keeps no copy for a worker to fetch later',
        eventbridge: 'EventBridge sends each event to its targets as it arrives, and workers cannot pull events from it at their own pace',
        'elastic-load-balancing': 'a load balancer passes each request straight to a running target and cannot hold requests while the workers are busy or down',
        'api-gateway': 'API Gateway forwards each request to its backend at once and does not hold work for workers to pull later',
        lambda: 'Lambda runs code when invoked and keeps no store of pending work for workers to pull',
      },
    },
    {
      id: 'sl-ordered-once',
      need: 'each instruction must be processed exactly once and in the order it was sent',
      met: 'keeps messages in order and processes each exactly once when it is a FIFO queue',
      cues: ['exactly once', 'in the (exact )?order', 'no duplicates'],
      meets: { sqs: true },
      fails: {
        eventbridge: 'EventBridge does not guarantee the order of events and can deliver an event more than once',
      },
    },
    {
      id: 'sl-email-sms',
      need: 'people must be alerted by email and by text message',
      met: 'delivers each published message to the email addresses and phone numbers subscribed to a topic',
      cues: ['email', 'sms', 'text message'],
      meets: { sns: true },
      fails: {
        sqs: 'SQS holds messages for programs to poll and cannot send email or text messages to people',
        eventbridge: 'EventBridge routes events to targets such as SNS or Lambda and cannot send email or SMS to people on its own',
        'step-functions': 'Step Functions runs workflow steps and sends no email or SMS by itself',
        'api-gateway': 'API Gateway answers client requests and cannot send email or SMS',
      },
    },
    {
      id: 'sl-fanout',
      need: 'one published message must reach several independent systems at the same time',
      met: 'pushes a copy of each published message to every subscriber of the topic',
      cues: ['each get', 'at once', 'same (message|price-change|update)', 'every subscriber', 'only once'],
      meets: { sns: true },
      fails: {
        sqs: 'each SQS message is received and deleted by one consumer, so SQS does not copy it to several systems',
        'elastic-load-balancing': 'a load balancer sends each request to just one of its targets',
        'api-gateway': 'API Gateway sends each request to one backend integration and returns its response',
        'step-functions': 'Step Functions starts a workflow run for each input and is not a publish/subscribe service that copies messages to subscribers',
      },
    },
    {
      id: 'sl-mobile-push',
      need: 'the notifications must reach the users\' phones even when the app is closed',
      met: 'sends mobile push notifications to iOS and Android devices',
      cues: ['^(?=.*push notification)(?=.*(closed|not (open|running)|whether or not the app))'],
      meets: { sns: true },
      fails: {
        sqs: 'SQS cannot reach phones, because programs must poll it for messages',
        eventbridge: 'EventBridge sends events to AWS targets and cannot deliver push notifications to phones by itself',
        'api-gateway': 'API Gateway only answers requests that the app sends, so it cannot reach an app that is closed',
        'step-functions': 'Step Functions runs workflow steps and delivers nothing to phones by itself',
      },
    },
    {
      id: 'sl-async-messaging',
      need: 'the components must pass messages asynchronously instead of calling each other and waiting',
      met: 'passes messages between components asynchronously, so the sender never waits for the receiver',
      cues: ['asynchronous', 'without calling', 'instead of calling', 'calling them directly', 'calls? .* directly'],
      meets: {
        sqs: 'holds each message until the receiving component polls for it, so the sender never waits',
        sns: 'pushes each published message to the subscribed components, so the sender never waits',
        eventbridge: true,
      },
      fails: {
        'elastic-load-balancing': 'a load balancer forwards each request straight to a target, which must answer while the caller waits',
        dynamodb: 'DynamoDB stores items and does not deliver messages between components',
        'api-gateway': 'API Gateway forwards each request to a backend and returns the backend\'s response to the waiting caller',
        lambda: 'Lambda runs code and does not carry messages between other components',
      },
    },

    // ---- Front ends ----
    {
      id: 'sl-git-hosting',
      need: 'each push to the Git repository must build, deploy and host the web app automatically',
      met: 'connects to the Git repository, builds and deploys every push and hosts the app on a global CDN',
      cues: ['git', 'push', 'commit'],
      meets: { amplify: true },
      fails: {
        s3: 'S3 can serve finished static files, yet it neither connects to Git nor builds and deploys the app on each push',
        codepipeline: 'CodePipeline can run build and deploy stages, yet it does not host or serve the web app',
        codebuild: 'CodeBuild compiles the app and neither deploys nor hosts it',
        cloudformation: 'CloudFormation creates infrastructure from templates and neither builds the app from Git nor hosts it',
      },
    },
    {
      id: 'sl-fullstack-backend',
      need: 'front-end and mobile developers must add sign-in, data and file storage to their app without setting up each AWS service by hand',
      met: 'gives front-end and mobile developers libraries and tools that add sign-in, data, storage and functions to the app',
      cues: ['sign-in', 'authentication', 'front-end developers', 'mobile app'],
      meets: { amplify: true },
      fails: {
        'api-gateway': 'API Gateway provides only the API layer, so sign-in, data and file storage would each be set up separately',
        dynamodb: 'DynamoDB provides only the database, so sign-in and file storage would still be set up separately',
        s3: 'S3 provides only file storage, so sign-in and the data layer would still be set up separately',
        lambda: 'Lambda only runs functions, so sign-in, data and storage would each be set up separately',
        'elastic-beanstalk': 'Elastic Beanstalk runs a web application on EC2 and offers no ready-made sign-in or data libraries for mobile and front-end apps',
      },
    },

    // ---- Storage and data ----
    {
      id: 'sl-large-files',
      need: 'each file is several gigabytes and the total keeps growing',
      met: 'stores any amount of data as objects, each up to terabytes in size',
      cues: ['^(?=.*(\\d+ ?gb|gigabytes?))(?=.*(grow|more (each|every)|every (week|month)|terabytes|thousands of files))'],
      meets: { s3: true },
      fails: {
        dynamodb: 'a DynamoDB item can hold at most 400 KB, far too little for files of this size',
        sqs: 'SQS holds small messages for at most 14 days and is not a place to keep files',
        ecr: 'ECR stores container images only, not user files',
        'sl-ebs': 'an EBS volume has a size that is provisioned in advance and serves the EC2 instance it is attached to, so it does not grow on its own with the files',
      },
    },
    {
      id: 'sl-durable-archive',
      need: 'the data must be kept durably for years',
      met: 'is designed for 99.999999999% (eleven nines) durability by storing objects across several Availability Zones',
      cues: ['durabl', 'years'],
      meets: { s3: true },
    },
    {
      id: 'sl-static-site',
      need: 'the site is only static files that must be served to browsers',
      met: 'serves the static files straight to browsers with static website hosting',
      cues: ['static', 'html'],
      meets: {
        s3: true,
        ec2: 'could serve the files from a web server on an instance',
        lightsail: 'could serve the files from a web server on a virtual server',
      },
      fails: {
        dynamodb: 'DynamoDB stores items for applications to query and cannot serve web pages to browsers',
        'sl-ebs': 'an EBS volume is a disk for an EC2 instance and cannot serve files to browsers on its own',
      },
    },
    {
      id: 'sl-nosql-key-value',
      need: 'the data must live in a NoSQL database that reads and writes items by key in milliseconds',
      met: 'stores key-value items and returns them by key in single-digit milliseconds at any scale',
      cues: ['nosql', 'key-value'],
      meets: {
        dynamodb: true,
        ec2: 'could run a NoSQL database that the customer installs and operates',
      },
      fails: {
        'sl-rds': 'RDS runs relational SQL engines such as MySQL and PostgreSQL, not a NoSQL key-value store',
        s3: 'S3 stores whole objects and offers no database queries, so changing one field means rewriting the object',
        sqs: 'SQS holds messages until they are consumed and deleted and cannot look up an item by key',
        'sl-ebs': 'an EBS volume is a raw disk for an EC2 instance, so a database would still have to be installed and run on it',
        lambda: 'Lambda runs code and keeps no durable data between invocations to look up later',
        sns: 'SNS delivers messages and keeps none to look up later',
      },
    },
    {
      id: 'sl-update-attributes',
      need: 'a single attribute such as a counter must be updated many times a second',
      met: 'updates a single attribute of an item in place, even an atomic counter',
      cues: ['counter', 'like count', 'increment'],
      meets: { dynamodb: true },
    },
    {
      id: 'sl-store-app-data',
      need: 'the files and their records must be kept durably',
      met: 'keeps the data durably',
      cues: ['keep', 'store'],
      meets: {
        s3: 'keeps the files durably as objects',
        dynamodb: 'keeps the records durably as items replicated across three Availability Zones',
        'sl-ebs': true,
        'sl-rds': true,
      },
      fails: {
        sqs: 'SQS deletes each message once it is processed, or after at most 14 days',
        sns: 'SNS keeps no messages; it only delivers them',
        ecr: 'ECR stores container images only, not application data',
      },
    },
    {
      id: 'sl-no-capacity-storage',
      need: 'nobody should have to provision servers, disks or storage capacity',
      met: 'grows with the data, with no servers, disks or capacity to provision',
      cues: ['provision', 'capacity', 'disks'],
      meets: {
        s3: 'grows with the data, with no disks or capacity to provision',
        dynamodb: 'grows with the data and the traffic in on-demand mode, with no servers or capacity to provision',
      },
      fails: {
        'sl-ebs': 'an EBS volume has a size that the customer provisions and must be attached to an EC2 instance',
        'sl-rds': 'with RDS the customer chooses a DB instance class and allocates its storage',
      },
    },

    // ---- Statements about AWS Lambda ----
    {
      id: 'sl-lambda-facts',
      met: 'is true of AWS Lambda',
      cues: ['lambda'],
      meets: {
        'sl-st-max-15-min': 'states the maximum run time correctly: one invocation can run for up to 15 minutes (the default timeout is 3 seconds)',
        'sl-st-billing': 'describes Lambda billing correctly: a price per request plus GB-seconds of run time, counted in 1 ms steps',
        'sl-st-memory': 'gives the memory range correctly: 128 MB to 10,240 MB, with CPU power growing in proportion',
        'sl-st-container': 'describes container support correctly: Lambda runs container images of up to 10 GB that are stored in Amazon ECR and implement the Lambda Runtime API',
        'sl-st-concurrency': 'gives the default correctly: 1,000 concurrent executions per Region, a quota AWS can raise on request',
      },
      fails: {
        'sl-sf-24h': 'a Lambda invocation stops after at most 15 minutes; jobs that run for hours belong on services such as AWS Batch or Fargate',
        'sl-sf-default-15': 'the default timeout is 3 seconds; 15 minutes is the most a developer can set',
        'sl-sf-hourly': 'Lambda charges only for requests and for the GB-seconds that functions actually run, so an idle function costs nothing',
        'sl-sf-100ms': 'since December 2020 Lambda bills run time in 1 ms steps; rounding up to 100 ms is an old rule',
        'sl-sf-memory-32gb': 'the maximum is 10,240 MB (10 GB) of memory, from a minimum of 128 MB',
        'sl-sf-vcpu': 'memory is the only size setting, and Lambda gives a function CPU power in proportion to the memory configured',
        'sl-sf-zip-only': 'Lambda also runs functions packaged as container images of up to 10 GB stored in Amazon ECR',
        'sl-sf-docker-hub': 'Lambda runs container images only from Amazon ECR, and the image must implement the Lambda Runtime API',
        'sl-sf-concurrency-100': 'the default quota is 1,000 concurrent executions per Region, and AWS can raise it on request',
        'sl-sf-ec2-patch': 'Lambda runs functions on servers that AWS provisions, patches and scales, so there are no instances for the customer to manage',
      },
    },

    // ---- Cloud concepts ----
    {
      id: 'sl-c-no-server-mgmt',
      need: 'AWS must provision, patch and scale all the servers',
      met: 'leaves provisioning, patching and scaling of the servers to AWS',
      cues: ['patch', 'provision', 'no longer manage'],
      meets: { 'serverless-computing': true },
      fails: {
        'virtual-machines': 'with virtual machines the customer still sizes, patches and runs each server itself',
        'economies-of-scale': 'economies of scale explain why AWS prices fall as its total usage grows; they do not change who manages the servers',
        'high-availability': 'high availability means a system keeps running through failures; it does not say who manages the servers',
        'sl-loose-coupling': 'loose coupling means components do not depend directly on each other; it does not say who manages the servers',
      },
    },
    {
      id: 'sl-c-pay-for-use',
      need: 'the bill must follow actual use, with nothing to pay while no code runs',
      met: 'bills for actual use, such as each request and each millisecond of run time',
      cues: ['pay only', 'actual usage', 'per request', 'only when'],
      meets: { 'serverless-computing': true },
      fails: {
        'virtual-machines': 'a virtual machine is billed for as long as it runs, busy or idle',
      },
    },
    {
      id: 'sl-c-independent-components',
      need: 'the components exchange messages or events instead of calling each other directly',
      met: 'has components exchange messages or events through a middle layer, so each can fail, change or scale on its own',
      cues: ['directly', 'on (its|their) own', 'without affecting'],
      meets: { 'sl-loose-coupling': true },
      fails: {
        'monolithic-architecture': 'in a monolithic architecture all features run as one tightly connected application, so one failing part can affect the whole',
        'virtual-machines': 'virtual machines are a way to run servers; they do not change how components depend on each other',
        'economies-of-scale': 'economies of scale lower AWS prices as total usage grows; they do not change how components depend on each other',
        'pay-as-you-go': 'pay-as-you-go is a way of paying for AWS, not a way of connecting components',
        'infrastructure-as-code': 'infrastructure as code builds resources from template files; it says nothing about how the components talk to each other',
        'serverless-computing': 'serverless computing means AWS runs the servers; it does not by itself stop components from calling each other directly',
      },
    },
  ],

  frames: [
    // ================= AWS Lambda =================
    {
      id: 'sl-lambda-process-uploads',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-runs-own-code', 'sl-pay-per-use', 'sl-no-servers'],
      key: 'lambda',
      distractors: ['ec2', 'step-functions', 'eventbridge', 'lightsail', 'sqs', 'elastic-beanstalk'],
      ask: 'Which AWS service should run the processing code?',
      stems: [
        'A photo-sharing startup must turn every new upload into a thumbnail, using its own code, within seconds of the upload. The startup wants to pay only while that code runs and does not want to manage any servers.',
        'An insurance company receives scanned claim forms as PDF files, and a Python script extracts the claim number from each file in about two seconds. Files arrive unevenly, so the company wants no charge while idle and has no staff to patch servers.',
        'Editors at a news site upload images in bursts during the day and almost never at night. A short function must add a watermark to each image, and the site\'s small team wants a serverless option that costs nothing when idle.',
      ],
    },
    {
      id: 'sl-lambda-nightly-job',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-runs-own-code', 'sl-pay-per-use'],
      key: 'lambda',
      distractors: ['eventbridge', 'ec2', 'lightsail', 'sqs', 'step-functions', 'sns'],
      ask: 'Which AWS service should run this code?',
      stems: [
        'A company runs a Python script that deletes expired test data every night at 1 AM. The script takes about three minutes, but the EC2 instance that runs it sits idle for the other 23 hours. The company wants to pay only for the time the script runs.',
        'Once an hour, a retailer\'s Node.js function copies new price files into its product catalog, and each run lasts under a minute. Instead of paying for an always-on server, the retailer wants to pay only for the seconds the function runs.',
        'A small finance team has a 90-second program that downloads exchange rates every morning. The team wants no cost while the program is idle between runs and wants AWS to look after the underlying compute.',
      ],
    },
    {
      id: 'sl-lambda-api-logic',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-runs-own-code', 'sl-no-servers'],
      key: 'lambda',
      distractors: ['dynamodb', 'step-functions', 'ec2', 'sqs', 'sns'],
      ask: 'Which AWS service should run the business logic behind the API?',
      stems: [
        'A quiz app sends each player\'s answers to an HTTPS API built with Amazon API Gateway. The scoring logic is written in Node.js, traffic jumps from zero to thousands of requests during live quiz shows, and the studio does not want to manage servers.',
        'A startup is designing a serverless REST API. Requests arrive through Amazon API Gateway and need custom Python code that reads and writes a NoSQL table, scaling with the number of requests.',
        'A bank\'s web team publishes a loan calculator through Amazon API Gateway. The calculation code must run for each request, and the team has no staff to patch or scale servers.',
      ],
    },
    {
      id: 'sl-lambda-react-to-events',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-runs-own-code', 'sl-no-servers'],
      key: 'lambda',
      distractors: ['eventbridge', 'sns', 'ec2', 'sqs', 'step-functions'],
      ask: 'Which AWS service should the company use to run the code?',
      stems: [
        'Whenever a new customer record is written to its NoSQL table, a retailer wants custom code to check the postal address within a second. The retailer has no operations staff and does not want to manage servers.',
        'Each time a message arrives on its fraud-alert topic, a bank wants a small piece of Java code to add account details to the alert. The code finishes in under a second, and the bank wants a serverless option.',
        'For every sensor reading that arrives, an IoT company wants a function to convert the units and store the result. Readings come in bursts, and the company wants no servers to patch or scale.',
      ],
    },

    // ================= Amazon API Gateway =================
    {
      id: 'sl-apigw-partner-keys',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-api-keys-quotas', 'sl-no-servers'],
      key: 'api-gateway',
      distractors: ['elastic-load-balancing', 'lambda', 'ec2', 's3', 'lightsail'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A weather company wants to sell access to its forecast data through a REST API. Each customer must get its own API key, free-plan customers must be limited to 1,000 requests per day, and the company does not want to manage servers for this.',
        'A logistics firm is opening its shipment-tracking API to partners. Each partner must get its own API key, be throttled separately and have a monthly quota, and the firm does not want to run any servers for this.',
        'A fintech startup offers a currency-conversion API to other developers. It needs a separate key for each developer, rate limits of 50 requests per second and a serverless setup that needs no patching.',
      ],
    },
    {
      id: 'sl-apigw-front-door',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-https-routes', 'sl-no-servers'],
      key: 'api-gateway',
      distractors: ['sqs', 'sns', 'eventbridge', 'step-functions', 'ec2', 'dynamodb'],
      ask: 'Which AWS service should be used?',
      stems: [
        'A food-delivery app has four Lambda functions for orders, menus, payments and reviews. The mobile client must reach them over HTTPS through paths such as GET /orders and POST /payments, and the team does not want to manage servers.',
        'A web shop is building a serverless back end. Browsers must call one HTTPS endpoint whose routes send each request to the right function and return its answer, with throttling to protect the functions.',
        'Developers want to publish their order-lookup functions as a REST API that partner systems call over HTTPS, with authentication on every request. The team has no one to manage servers.',
      ],
    },
    {
      id: 'sl-apigw-websocket',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-websocket', 'sl-no-servers'],
      key: 'api-gateway',
      distractors: ['sqs', 'sns', 'eventbridge', 'lambda', 'ec2'],
      ask: 'Which AWS service should handle the connections?',
      stems: [
        'A sports site wants to send live score updates to thousands of browsers over lasting two-way connections, and fans can send reactions back. The site wants a managed, serverless front end for these connections.',
        'A customer-support startup is building an in-browser chat in which each browser keeps a WebSocket connection open to exchange messages in real time. The startup does not want to provision or patch servers.',
        'An online auction must send each new bid to every connected bidder the moment it arrives, and bidders reply over the same two-way connection. The auction house has no operations staff to run servers.',
      ],
    },

    // ================= Amazon EventBridge =================
    {
      id: 'sl-eventbridge-schedule',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-schedule', 'sl-no-servers'],
      key: 'eventbridge',
      distractors: ['lambda', 'step-functions', 'sqs', 'sns', 'ec2', 'api-gateway'],
      ask: 'Which AWS service should start the work at the set times?',
      stems: [
        'A company has a Lambda function that builds a sales report. The function must be invoked every weekday at 6 AM, and the company does not want to run a server just to host a cron job.',
        'Every 15 minutes, an operations team wants to invoke a function that checks partner websites for errors. The team wants AWS to trigger the checks from a cron-style expression, with no instances to manage.',
        'A school\'s IT department must start an archiving workflow at 11 PM on the last day of each month. It wants a serverless way to start the workflow on that schedule.',
      ],
    },
    {
      id: 'sl-eventbridge-aws-events',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-aws-events'],
      key: 'eventbridge',
      distractors: ['sns', 'sqs', 'lambda', 'step-functions', 'api-gateway'],
      ask: 'Which AWS service should match and route these events?',
      stems: [
        'A security team wants to know whenever any EC2 instance in its account is stopped or terminated. A rule should match those state-change events and forward them to the team\'s alerting function.',
        'When a CodePipeline release fails, a DevOps team wants a ticket opened automatically. It needs a service that receives AWS service events and uses rules with event patterns to send the matching ones to a function.',
        'A media company wants one place to define rules that react whenever an EC2 Auto Scaling group launches an instance or an AWS Health event affects its account, sending each kind of event to a different target.',
      ],
    },
    {
      id: 'sl-eventbridge-saas',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-saas-events'],
      key: 'eventbridge',
      distractors: ['sqs', 'sns', 'step-functions', 'lambda'],
      ask: 'Which AWS service meets this requirement?',
      stems: [
        'A support team uses Zendesk. Each new high-priority ticket should reach the team\'s AWS account as an event that starts an escalation workflow, without anyone writing code to poll Zendesk for changes.',
        'An e-commerce company monitors its website with Datadog and wants the tool\'s alerts delivered as events into its AWS account, where rules send them to different targets.',
        'A marketing team\'s third-party SaaS tool can emit events directly to AWS customers. The team wants to receive those events without building its own ingestion service and route each kind to a different workflow.',
      ],
    },

    // ================= AWS Step Functions =================
    {
      id: 'sl-step-functions-order-flow',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-orchestrate'],
      key: 'step-functions',
      distractors: ['sqs', 'sns', 'eventbridge', 'lambda', 'codepipeline'],
      ask: 'Which AWS service should coordinate the steps?',
      stems: [
        'An online store handles each order in five stages: check stock, charge the card, book a courier, send a receipt and update analytics. Each stage is a Lambda function, and the stages must run in order, retry on errors and branch to a refund when the payment fails.',
        'A bank\'s loan applications pass through a credit check, a fraud check and a decision, each handled by a separate function. Developers want a visual workflow that shows which step every application has reached, with automatic retries.',
        'A media company converts each uploaded video through transcoding, captioning and publishing stages. It wants to coordinate them as a state machine with built-in error handling instead of writing retry logic into every function.',
      ],
    },
    {
      id: 'sl-step-functions-approval',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-orchestrate', 'sl-long-wait'],
      key: 'step-functions',
      distractors: ['lambda', 'sqs', 'sns', 'eventbridge'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'An HR system onboards each new hire in several steps: create accounts, order a laptop, wait for the manager\'s approval and grant building access. The approval can take up to five days, and each run needs retries and a record of which step it has reached.',
        'A travel company\'s expense process runs a fraud check and then waits up to two weeks for a manager to approve large claims before paying them. Developers want to coordinate these steps without writing their own state-tracking code.',
        'A pharmacy app runs each prescription refill as a workflow: verify the insurance, wait a day or more for a pharmacist to approve, then notify the customer. Each step calls an existing function, and failed steps must be retried.',
      ],
    },

    // ================= Amazon SQS =================
    {
      id: 'sl-sqs-buffer-work',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-buffer'],
      key: 'sqs',
      distractors: ['sns', 'eventbridge', 'elastic-load-balancing', 'api-gateway', 'lambda'],
      ask: 'Which AWS service should be placed between the two parts of the application?',
      stems: [
        'An online ticket seller receives 50 times its usual orders when concerts go on sale. The web tier must hand each order to processing servers that work at their own pace, and no order may be lost if those servers fall behind or restart.',
        'A video platform\'s upload service passes transcoding jobs to worker instances. The workers poll for the next job when they are free, and jobs must wait safely while every worker is busy.',
        'A payroll application sends payment requests to a back-end system that goes offline for maintenance every Sunday. Requests made during maintenance must be held and picked up when the system comes back.',
      ],
    },
    {
      id: 'sl-sqs-ordered',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-buffer', 'sl-ordered-once'],
      key: 'sqs',
      distractors: ['sns', 'eventbridge', 'elastic-load-balancing', 'api-gateway'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A stock-trading app sends buy and sell instructions from its front end to a processing service. The instructions must wait while the service is busy, and each must be processed exactly once, in the order it was sent.',
        'A bank\'s core system must receive account updates in the exact order they were made, with no duplicates. The updates should be held until the core system polls for them.',
        'An airline\'s seat-booking service must apply seat changes exactly once and in the order customers made them. When the booking service falls behind, the changes must wait until it catches up.',
      ],
    },

    // ================= Amazon SNS =================
    {
      id: 'sl-sns-alerts',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-email-sms'],
      key: 'sns',
      distractors: ['sqs', 'eventbridge', 'step-functions', 'api-gateway'],
      ask: 'Which AWS service should send the notifications?',
      stems: [
        'When a CloudWatch alarm reports high CPU on a database server, the on-call engineers must receive an email and a text message within seconds.',
        'A hospital wants its nurses to get an SMS and an email whenever a lab result is flagged as critical. The lab system publishes one message for each flagged result.',
        'A delivery company wants subscribed customers to receive a text message when their parcel is out for delivery, while staff get the same update by email.',
      ],
    },
    {
      id: 'sl-sns-fanout',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-fanout'],
      key: 'sns',
      distractors: ['sqs', 'elastic-load-balancing', 'api-gateway', 'step-functions'],
      ask: 'Which AWS service should be used?',
      stems: [
        'An order service publishes an "order placed" message. The billing, shipping and analytics systems must each get their own copy of every message at once, pushed to them without polling.',
        'A company wants to send the same price-change message to four SQS queues, one for each regional warehouse, with a single publish call.',
        'A sensor platform must deliver every alarm reading to a Lambda function, a partner\'s HTTPS endpoint and an archive queue. The sensors should publish each reading only once.',
      ],
    },
    {
      id: 'sl-sns-mobile-push',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-mobile-push'],
      key: 'sns',
      distractors: ['sqs', 'eventbridge', 'api-gateway', 'step-functions'],
      ask: 'Which AWS service meets this requirement?',
      stems: [
        'A ride-hailing app must alert riders on their phones when the driver arrives, even if the app is closed. The back end should send these as push notifications to iOS and Android devices.',
        'A bank wants to send push notifications about card transactions to the phones of customers who installed its mobile app, even when the app is not running.',
        'A fitness app wants to remind users on their phones to log their workouts. The reminders go out as push notifications to Android and iOS devices, whether or not the app is open.',
      ],
    },

    // ================= AWS Amplify =================
    {
      id: 'sl-amplify-git-hosting',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-git-hosting', 'sl-no-servers'],
      key: 'amplify',
      distractors: ['s3', 'codepipeline', 'codebuild', 'cloudformation'],
      ask: 'Which AWS service should be used?',
      stems: [
        'A front-end team builds a React single-page app in a GitHub repository. Every push to the main branch should build and deploy the site automatically, with a preview for each feature branch, and the team does not want to manage servers.',
        'A design agency wants to host a Vue.js marketing site for a client. Each commit should trigger a build and publish the result to a global CDN, with no servers for the agency to look after.',
        'A two-person startup keeps its Next.js web app in a Git repository and wants managed hosting that rebuilds and redeploys the app whenever code is pushed, serverless from end to end.',
      ],
    },
    {
      id: 'sl-amplify-fullstack',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-fullstack-backend'],
      key: 'amplify',
      distractors: ['api-gateway', 'dynamodb', 's3', 'lambda', 'elastic-beanstalk'],
      ask: 'Which AWS service should the developers use?',
      stems: [
        'A team of iOS and Android developers with little AWS experience must add user sign-in, a cloud data store and photo uploads to their mobile app quickly, using ready-made libraries rather than configuring each back-end service by hand.',
        'Front-end developers at a startup want one toolset that sets up authentication, a data API and file storage for their React web app, and then hosts the app.',
        'A web agency\'s front-end developers build a customer portal in Angular. They want sign-in, a cloud data layer and file uploads added through ready-made libraries, without wiring each AWS service together themselves.',
      ],
    },

    // ================= Amazon S3 =================
    {
      id: 'sl-s3-uploads',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-large-files', 'sl-no-servers'],
      key: 's3',
      distractors: ['dynamodb', 'sl-ebs', 'sqs', 'ecr'],
      ask: 'Which AWS service should store the files?',
      stems: [
        'A video-learning platform lets instructors upload lecture recordings of up to 5 GB each. The amount of video grows every week, and the platform wants a serverless place to keep the files that bills per GB stored.',
        'A mobile app lets users back up photos and videos of up to 4 GB each from their phones. The company cannot predict how many terabytes it will need and does not want to provision disks or manage servers.',
        'A serverless document service receives scanned contracts of up to 2 GB each through its web app. The archive grows by thousands of files a day, and the team has no operations staff to look after storage servers.',
      ],
    },
    {
      id: 'sl-s3-archive',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-large-files', 'sl-durable-archive'],
      key: 's3',
      distractors: ['dynamodb', 'sqs', 'ecr', 'sl-ebs'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A research lab collects more instrument files every month, each 2 to 20 GB, and must keep them durably for at least ten years, paying only for the storage it uses.',
        'A broadcaster must keep its raw footage, files of 50 GB or more that add up to terabytes each month, for seven years. The footage must be stored durably across several Availability Zones.',
        'A genomics company produces sequencing files of about 100 GB each. It must keep every file durably for years and wants the total storage to grow with no capacity planning.',
      ],
    },
    {
      id: 'sl-s3-static-site',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-static-site', 'sl-no-servers'],
      key: 's3',
      distractors: ['ec2', 'ecs-on-ec2', 'dynamodb', 'sl-ebs'],
      ask: 'Which AWS service should host the site?',
      stems: [
        'A restaurant wants to publish a menu website made only of HTML, CSS and images. It wants a low-cost way to serve the files to browsers, with no web server to patch or manage.',
        'A marketing team has a static landing page of HTML, JavaScript and images for a product launch. The team wants AWS to serve the files over HTTP with no servers to manage, paying only for storage and requests.',
        'A university department publishes its course catalog as static HTML pages that change once a term. It wants the pages served from AWS with no servers to patch.',
      ],
    },

    // ================= Amazon DynamoDB =================
    {
      id: 'sl-dynamodb-serverless-db',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-nosql-key-value', 'sl-no-servers'],
      key: 'dynamodb',
      distractors: ['sl-rds', 's3', 'sqs', 'sl-ebs', 'ec2'],
      ask: 'Which AWS service should be used?',
      stems: [
        'A gaming company stores player profiles and session data as key-value items that are read by player ID. It needs a NoSQL database that answers in single-digit milliseconds at any scale, with no servers to patch.',
        'A serverless shopping-cart service built on Lambda must save each cart as an item and fetch it by cart ID in milliseconds. Traffic is unpredictable, and the team wants a NoSQL database with no servers or instances to manage.',
        'An IoT startup records readings from 200,000 devices, each looked up by device ID and timestamp. It wants a fully managed NoSQL key-value database that scales with demand, with no database servers to administer.',
      ],
    },
    {
      id: 'sl-dynamodb-counters',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-nosql-key-value', 'sl-update-attributes'],
      key: 'dynamodb',
      distractors: ['s3', 'sqs', 'sl-rds', 'sns', 'lambda'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A photo app keeps each image\'s metadata (owner, size, tags and a like count) as a separate item looked up by image ID. The like count is updated thousands of times a minute, and the team wants a NoSQL database.',
        'A social media startup must store a record for each post, fetched by post ID in milliseconds, and increment the post\'s view counter on every view. The startup prefers a NoSQL key-value database.',
        'An online game keeps a score item for each player and must increment the score thousands of times a second during matches. The studio wants a NoSQL key-value database that reads a player\'s score by player ID.',
      ],
    },

    // ================= Select TWO =================
    {
      id: 'sl-two-serverless-api',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-pay-per-request', 'sl-no-servers'],
      key: ['api-gateway', 'lambda'],
      distractors: ['ec2', 'fargate', 'elastic-beanstalk', 'lightsail', 'ecs-on-ec2'],
      ask: 'Which TWO AWS services should be combined to build this API? (Select TWO.)',
      stems: [
        'A startup is building a REST API with custom code for its mobile app. It wants no servers to manage and wants to pay per request, so that nights with no traffic cost nothing.',
        'A regional transit authority wants a small public API that returns bus arrival times. Usage is low and unpredictable, the authority has no staff to patch servers, and it wants to pay per call with nothing to pay while idle.',
        'Registration for an annual conference opens only a few days a year. The organizers need an HTTPS API that runs custom code to register attendees, with a serverless design billed per request.',
      ],
    },
    {
      id: 'sl-two-serverless-storage',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-store-app-data', 'sl-no-capacity-storage'],
      key: ['s3', 'dynamodb'],
      distractors: ['sl-ebs', 'sl-rds', 'sqs', 'ecr', 'sns'],
      ask: 'Which TWO AWS services should store the data? (Select TWO.)',
      stems: [
        'A startup is designing a serverless photo app. It must store the photos and a small record about each photo, and it does not want to provision servers, disks or storage capacity for either.',
        'A recipe website built on Lambda functions must keep recipe images and a short record for each recipe. The team wants storage that grows on its own, with no disks or database capacity to provision.',
        'A veterinary clinic\'s new serverless app must store X-ray images and a short record for each visit. The clinic has no IT staff and does not want to provision disks, database capacity or servers.',
      ],
    },
    {
      id: 'sl-two-messaging',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['sl-async-messaging'],
      key: ['sqs', 'sns'],
      distractors: ['elastic-load-balancing', 'dynamodb', 'api-gateway', 'lambda'],
      ask: 'Which TWO AWS messaging services can connect these components? (Select TWO.)',
      stems: [
        'An online shop wants its checkout service to stop calling the inventory and email services directly, so that a slow or failed service no longer blocks checkout. Messages should be passed asynchronously.',
        'A ride-hailing company is splitting a large application into smaller services. The trip service must hand messages to the billing and rating services asynchronously instead of calling them and waiting for a reply.',
        'A manufacturer\'s factory systems must send readings to analytics services without calling them directly, so that either side can fail or scale on its own.',
      ],
    },

    // ================= Statements about AWS Lambda =================
    {
      id: 'sl-lambda-statement-runtime',
      kind: 'statement',
      domain: 'technology-and-services',
      topic: 'lambda',
      requirements: ['sl-lambda-facts'],
      key: 'sl-st-max-15-min',
      distractors: ['sl-sf-24h', 'sl-sf-default-15', 'sl-sf-memory-32gb', 'sl-sf-zip-only', 'sl-sf-concurrency-100', 'sl-sf-hourly'],
      ask: 'Which statement about AWS Lambda is true?',
      stems: [
        'A data team is deciding whether its nightly export jobs can move to AWS Lambda.',
        'Before the exam, a study group reviews the limits of AWS Lambda functions.',
      ],
    },
    {
      id: 'sl-lambda-statement-billing',
      kind: 'statement',
      domain: 'technology-and-services',
      topic: 'lambda',
      requirements: ['sl-lambda-facts'],
      key: 'sl-st-billing',
      distractors: ['sl-sf-hourly', 'sl-sf-100ms', 'sl-sf-ec2-patch', 'sl-sf-24h', 'sl-sf-vcpu'],
      ask: 'Which statement about AWS Lambda is true?',
      stems: [
        'A finance manager asks how AWS Lambda will charge for a function that runs two million times a month.',
        'A startup compares the cost model of AWS Lambda with that of always-on servers.',
      ],
    },
    {
      id: 'sl-lambda-statement-memory',
      kind: 'statement',
      domain: 'technology-and-services',
      topic: 'lambda',
      requirements: ['sl-lambda-facts'],
      key: 'sl-st-memory',
      distractors: ['sl-sf-memory-32gb', 'sl-sf-vcpu', 'sl-sf-default-15', 'sl-sf-docker-hub', 'sl-sf-100ms'],
      ask: 'Which statement about AWS Lambda is true?',
      stems: [
        'A developer\'s image-processing function in AWS Lambda needs more memory and more CPU power.',
        'An architect is sizing AWS Lambda functions for a machine-learning inference workload.',
      ],
    },
    {
      id: 'sl-lambda-statement-container',
      kind: 'statement',
      domain: 'technology-and-services',
      topic: 'lambda',
      requirements: ['sl-lambda-facts'],
      key: 'sl-st-container',
      distractors: ['sl-sf-zip-only', 'sl-sf-docker-hub', 'sl-sf-ec2-patch', 'sl-sf-memory-32gb', 'sl-sf-concurrency-100'],
      ask: 'Which statement about AWS Lambda is true?',
      stems: [
        'A team already packages its Python code and large libraries as container images and is considering AWS Lambda.',
        'A new developer asks how code can be packaged and deployed to AWS Lambda.',
      ],
    },
    {
      id: 'sl-lambda-statement-concurrency',
      kind: 'statement',
      domain: 'technology-and-services',
      topic: 'lambda',
      requirements: ['sl-lambda-facts'],
      key: 'sl-st-concurrency',
      distractors: ['sl-sf-concurrency-100', 'sl-sf-ec2-patch', 'sl-sf-24h', 'sl-sf-hourly', 'sl-sf-default-15'],
      ask: 'Which statement about AWS Lambda is true?',
      stems: [
        'A ticketing company expects thousands of simultaneous requests to its AWS Lambda functions during a sale.',
        'An operations lead wants to know how far AWS Lambda scales out in one AWS Region before a quota increase is needed.',
      ],
    },

    // ================= Cloud Concepts =================
    {
      id: 'sl-concept-serverless',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['sl-c-no-server-mgmt', 'sl-c-pay-for-use'],
      key: 'serverless-computing',
      distractors: ['virtual-machines', 'economies-of-scale', 'high-availability', 'sl-loose-coupling'],
      ask: 'Which cloud concept describes this approach?',
      stems: [
        'A startup wants AWS to provision, patch and scale all the servers behind its new app. The startup will deploy only its code and wants to pay only when that code runs.',
        'A company\'s developers want to stop planning capacity and patching operating systems. They want to upload functions that run on demand and pay only per request and per millisecond of run time.',
        'An IT director tells the board that the team will no longer manage any servers: AWS will run and scale them, and the bill will follow actual usage instead of running machines.',
      ],
    },
    {
      id: 'sl-concept-loose-coupling',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['sl-c-independent-components'],
      key: 'sl-loose-coupling',
      distractors: ['monolithic-architecture', 'infrastructure-as-code', 'serverless-computing', 'pay-as-you-go'],
      ask: 'Which cloud design principle does this architecture follow?',
      stems: [
        'An online store\'s order service publishes an "order placed" event. The billing, shipping and email components each react to it on their own, none calls another directly, and an email outage does not stop orders.',
        'An architect puts a message buffer between a web tier and a processing tier so that either tier can fail, be replaced or scale without affecting the other.',
        'A team redesigns its app so that services no longer call each other directly. They exchange messages instead, so a failure or update in one service stays on its own.',
      ],
    },
  ],
};
