import type { TopicInput } from '../schema.js';

export const sns: TopicInput = {
  id: 'sns',
  name: 'Amazon SNS',
  aliases: ['sns', 'amazon sns', 'aws sns', 'simple notification service', 'amazon simple notification service', 'sns topic', 'sns topics', 'simple notifcation service', 'simple notification servce', 'simple notfication service'],
  keywords: ['pub/sub', 'pub sub', 'publish subscribe', 'fan-out', 'fanout', 'notification', 'notifications', 'push', 'email alert', 'sms', 'text message', 'subscribers', 'topic', 'alarm notification'],
  category: 'application-integration',
  summary: 'Managed publish/subscribe messaging: you publish a message to a topic once, and SNS pushes a copy to every subscriber, such as SQS queues, Lambda functions, HTTP endpoints, email and SMS.',
  aspects: {
    overview: {
      text: 'An SNS topic is a channel. Publishers send messages to the topic; subscribers register on it and SNS pushes each message to all of them at once. Subscribers can be other systems (SQS, Lambda, HTTP/S endpoints, Amazon Data Firehose) or people (email, SMS text messages, mobile push). Messages are not stored for later pickup: if you need that, subscribe an SQS queue. Like SQS, topics come as Standard or FIFO.',
      facts: [
        { label: 'Model', value: 'Publish/subscribe, push-based' },
        { label: 'Subscribers', value: 'SQS, Lambda, HTTP/S, Amazon Data Firehose, email, SMS, mobile push' },
        { label: 'Fan-out', value: 'One message to many subscribers, for example several SQS queues' },
        { label: 'Topic types', value: 'Standard and FIFO' },
      ],
    },
    examTips: {
      text: '"Notify", "alert by email or SMS", "publish/subscribe", "fan-out" -> SNS. SNS pushes, SQS is pulled. A CloudWatch alarm that emails the team uses an SNS topic.',
    },
  },
  atAGlance: {
    whatItIs: 'Managed pub/sub messaging that pushes to many subscribers',
    youManage: 'Topics, subscriptions and publishers',
    billing: 'Per publish and per delivery; SMS priced by country',
    limits: 'Push only; messages are not kept for later reading',
    pickWhen: 'Sending one event or alert to many receivers at once',
  },
  related: ['sqs', 'lambda', 'eventbridge', 'step-functions', 'serverless', 'microservices'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
