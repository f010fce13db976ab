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
        { label: 'Model', value: 'Publish/subscribe, push-based (no polling)' },
        { label: 'System subscribers', value: 'SQS, Lambda, HTTP/S endpoints, Amazon Data Firehose' },
        { label: 'People subscribers', value: 'Email, SMS text messages, mobile push notifications' },
        { label: 'Fan-out', value: 'One published message delivered to many subscribers, for example several SQS queues' },
        { label: 'Filtering', value: 'Filter policies send each subscriber only matching messages' },
        { label: 'Topic types', value: 'Standard and FIFO' },
      ],
    },
    pricing: {
      text: 'Pay as you go: you are charged for the messages you publish and for deliveries, with different rates per delivery type; SMS and mobile push are priced separately and SMS prices depend on the destination country. Prices vary by Region.',
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
