import type { TopicInput } from '../schema.js';

export const sqs: TopicInput = {
  id: 'sqs',
  name: 'Amazon SQS',
  aliases: ['sqs', 'amazon sqs', 'aws sqs', 'simple queue service', 'amazon simple queue service', 'sqs queue', 'fifo queue', 'sqs fifo', 'simple que service', 'sqs que', 'simple queu service'],
  keywords: ['queue', 'message queue', 'decouple', 'decoupling', 'buffer', 'messages', 'poll', 'polling', 'visibility timeout', 'dead-letter queue', 'dlq', 'standard queue', 'exactly-once', 'ordering', 'worker'],
  category: 'application-integration',
  summary: 'A fully managed message queue: producers put messages in, consumers pull them out when ready. SQS decouples parts of an app so one can be slow or down without losing work.',
  aspects: {
    overview: {
      text: 'SQS holds messages until a consumer reads and deletes them. Consumers poll the queue (pull), so a burst of requests waits in the queue instead of overloading the workers. When a consumer receives a message, SQS hides it for the visibility timeout; if the consumer does not delete it in time, the message appears again for another try. Standard queues give very high throughput with at-least-once delivery and best-effort order; FIFO queues keep order and process each message exactly once.',
      facts: [
        { label: 'Model', value: 'Managed message queue, pull-based (consumers poll)' },
        { label: 'Standard queue', value: 'Near-unlimited throughput, at-least-once delivery, best-effort ordering' },
        { label: 'FIFO queue', value: 'First-in first-out order and exactly-once processing' },
        { label: 'Visibility timeout', value: 'A received message is hidden from other consumers until it is deleted or the timeout ends' },
        { label: 'Dead-letter queue', value: 'Collects messages that failed processing too many times' },
      ],
    },
    examTips: {
      text: '"Decouple", "buffer", "queue" -> SQS. SQS is pull: consumers ask for messages. SNS is push: it sends to every subscriber. Fan-out pattern = SNS topic sending to several SQS queues. Need strict order or no duplicates -> FIFO queue.',
    },
  },
  atAGlance: {
    whatItIs: 'A fully managed message queue to decouple components',
    youManage: 'Producers, consumers and queue settings',
    billing: 'Per request; free tier of one million requests a month',
    limits: 'Messages kept up to 14 days; consumers must poll',
    pickWhen: 'Buffering work between components that run at different speeds',
  },
  related: ['sns', 'lambda', 'step-functions', 'eventbridge', 'microservices', 'serverless', 'auto-scaling'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
