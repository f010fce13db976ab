import type { TopicInput } from '../schema.js';

export const sns: TopicInput = {
  id: 'sns',
  name: 'Amazon SNS',
  aliases: ['sns', 'amazon sns', 'aws sns', 'simple notification service', 'amazon simple notification service', 'sns topic', 'sns topics', 'simple notifcation service', 'simple notification servce', 'simple notfication service'],
  keywords: ['pub/sub', 'pub sub', 'publish subscribe', 'publish/subscribe', 'fan-out', 'fanout', 'notification', 'notifications', 'push', 'push notification', 'email alert', 'sms', 'text message', 'subscribers', 'subscription', 'topic', 'alarm notification', 'notify'],
  category: 'application-integration',
  summary: 'Managed publish/subscribe messaging: you publish a message to a topic once, and SNS pushes a copy to every subscriber, such as SQS queues, Lambda functions, HTTP endpoints, email and SMS.',
  aspects: {
    overview: {
      text: 'An SNS topic is a channel. Publishers send messages to the topic; subscribers register on it, and SNS pushes each message to all of them at once, so nobody has to poll. Subscribers can be other systems (SQS queues, Lambda functions, HTTP/S endpoints, Amazon Data Firehose) or people (email, SMS text messages, mobile push notifications). SNS does not keep messages for later pickup: to store them, subscribe an SQS queue. Subscription filter policies let each subscriber receive only the messages it cares about. Topics come as Standard or FIFO.',
      facts: [
        { label: 'Model', value: 'Publish/subscribe, push-based (no polling)', asks: ['push', 'pull', 'poll', 'polling', 'pub/sub', 'pub sub', 'publish subscribe', 'publish/subscribe', 'how does it work', 'model', 'topic', 'topics', 'publisher', 'publishers'], yes: ['push', 'push-based', 'pushes', 'pub/sub', 'pub sub', 'publish subscribe', 'publish/subscribe'], no: ['pull', 'pull-based', 'poll', 'polling'] },
        { label: 'System subscribers', value: 'SQS, Lambda, HTTP/S endpoints, Amazon Data Firehose', asks: ['subscribers', 'subscriber', 'targets', 'destinations', 'endpoints', 'sqs', 'lambda', 'http', 'https', 'webhook', 'firehose', 'data firehose', 'deliver to', 'send to'], yes: ['send to sqs', 'deliver to sqs', 'sqs queue', 'sqs queues', 'trigger lambda', 'trigger a lambda', 'invoke lambda', 'lambda functions', 'http endpoint', 'http endpoints', 'https endpoint', 'webhook', 'webhooks', 'firehose'] },
        { label: 'People subscribers', value: 'Email, SMS text messages, mobile push notifications', asks: ['email', 'emails', 'sms', 'text message', 'text messages', 'texts', 'mobile push', 'push notification', 'push notifications', 'phone', 'notify people', 'alerts', 'alert'], yes: ['email', 'emails', 'send email', 'send emails', 'sms', 'text message', 'text messages', 'send sms', 'push notification', 'push notifications', 'mobile push', 'notify people', 'alert', 'alerts'] },
        { label: 'Fan-out', value: 'One published message delivered to many subscribers, for example several SQS queues', asks: ['fan-out', 'fan out', 'fanout', 'many subscribers', 'multiple subscribers', 'multiple queues', 'several queues', 'broadcast', 'one to many'], yes: ['fan-out', 'fan out', 'fanout', 'many subscribers', 'multiple subscribers', 'multiple queues', 'several queues', 'broadcast', 'one to many', 'one-to-many'] },
        { label: 'Filtering', value: 'Filter policies send each subscriber only matching messages', asks: ['filter', 'filtering', 'filter policy', 'filter policies', 'only some messages', 'subset', 'message filtering', 'attributes'], yes: ['filter', 'filtering', 'filter messages', 'filter policy', 'filter policies', 'message filtering'] },
        { label: 'Topic types', value: 'Standard and FIFO', asks: ['fifo', 'standard', 'order', 'ordering', 'ordered', 'types', 'topic types', 'exactly once', 'duplicates', 'deduplication'], yes: ['fifo', 'fifo topic', 'fifo topics'] },
        { label: 'No queue', value: 'Messages are pushed, not queued: nothing waits for a consumer to pick it up later; subscribe an SQS queue when messages must be kept', asks: ['store', 'storage', 'store messages', 'keep messages', 'read later', 'queue', 'offline subscriber', 'pick up later', 'durable'], no: ['store messages', 'stores messages', 'keep messages', 'keeps messages', 'hold messages', 'holds messages', 'queue messages', 'read later', 'pick up later'] },
        { label: 'Managed', value: 'Fully managed and serverless: no servers or brokers to run, and it scales on its own', asks: ['serverless', 'managed', 'fully managed', 'servers', 'scale', 'scaling', 'provision'], yes: ['serverless', 'fully managed', 'managed', 'scale automatically', 'scales automatically'], no: ['manage servers', 'provision servers', 'run servers', 'provision capacity'] },
      ],
    },
    pricing: {
      text: 'Pay as you go: you are charged for the messages you publish and for deliveries, with different rates per delivery type; SMS and mobile push are priced separately and SMS prices depend on the destination country. Prices vary by Region.',
      facts: [
        { label: 'Cost', value: 'Pay per publish and per delivery, with SMS and mobile push priced separately (SMS by destination country); no fixed monthly fee', asks: ['cost', 'price', 'pricing', 'how much', 'per message', 'per publish', 'sms price', 'sms cost', 'free', 'free tier', 'idle'], yes: ['pay per use', 'pay as you go', 'pay-as-you-go', 'pay per message'], no: ['monthly fee', 'fixed fee', 'pay for idle', 'charge per topic'] },
      ],
    },
    useCases: {
      text: 'Alerting a team by email or SMS when a CloudWatch alarm fires; fanning out one order event to separate SQS queues for billing, shipping and analytics; triggering several Lambda functions from one event; sending push notifications to a mobile app.',
    },
    examTips: {
      text: '"Notify", "alert by email or SMS", "publish/subscribe", "fan-out", "push to many subscribers" -> SNS. SNS pushes; SQS is pulled. A CloudWatch alarm that emails the team goes through an SNS topic. SNS plus SQS = fan-out with durable queues.',
    },
    pickWhen: {
      text: 'Pick SNS when one event must reach many receivers at the same time, or when people must be notified by email, SMS or push.',
    },
    differences: {
      text: 'Versus SQS: SNS pushes each message to all subscribers immediately and keeps nothing; SQS stores messages until a single consumer processes them. Versus EventBridge: EventBridge routes events from many AWS and SaaS sources using content-based rules; SNS is simpler, high-throughput fan-out and can reach people directly.',
      facts: [
        { label: 'Versus SQS', value: 'SNS pushes each message to all subscribers at once and keeps nothing; SQS holds messages until one consumer pulls and deletes each', asks: ['sqs', 'vs sqs', 'versus sqs', 'queue', 'sns or sqs', 'push vs pull'], no: ['same as sqs', 'the same as sqs', 'like sqs'] },
        { label: 'Versus EventBridge', value: 'EventBridge routes events from AWS and SaaS sources with content-based rules; SNS is simpler high-throughput fan-out and can reach people directly', asks: ['eventbridge', 'event bus', 'vs eventbridge', 'versus eventbridge', 'routing rules', 'saas events'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'Managed pub/sub messaging that pushes to many subscribers',
    youManage: 'Topics, subscriptions and publishers',
    billing: 'Per publish and per delivery; SMS priced by destination country',
    limits: 'Push only; messages are not kept for later reading',
    pickWhen: 'Sending one event or alert to many receivers at once',
  },
  related: ['sqs', 'lambda', 'eventbridge', 'step-functions', 'serverless', 'microservices'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
