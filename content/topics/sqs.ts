import type { TopicInput } from '../schema.js';

const CHECKED = '2026-11-30';
const SQS_MESSAGE_QUOTAS = { url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html', checked: CHECKED };
const PAYLOAD_1MB = { url: 'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb', checked: CHECKED };

export const sqs: TopicInput = {
  id: 'sqs',
  name: 'Amazon SQS',
  aliases: ['sqs', 'amazon sqs', 'aws sqs', 'simple queue service', 'amazon simple queue service', 'sqs queue', 'sqs queues', 'fifo queue', 'fifo queues', 'sqs fifo', 'simple que service', 'sqs que', 'simple queu service'],
  keywords: ['queue', 'message queue', 'decouple', 'decoupling', 'buffer', 'messages', 'poll', 'polling', 'pull', 'visibility timeout', 'dead-letter queue', 'dlq', 'standard queue', 'exactly-once', 'ordering', 'first in first out', 'worker', 'backlog', 'message retention'],
  category: 'application-integration',
  summary: 'A fully managed message queue: producers put messages in, consumers pull them out when ready. SQS decouples the parts of an app so one can be slow or down without losing work.',
  aspects: {
    overview: {
      text: 'SQS holds messages until a consumer reads and deletes them. Consumers poll the queue (pull), so a burst of requests waits in the queue instead of overloading the workers, and an Auto Scaling group can add workers as the queue grows. When a consumer receives a message, SQS hides it for the visibility timeout; if the consumer does not delete it in time, the message appears again for another try. Standard queues give very high throughput with at-least-once delivery and best-effort order; FIFO queues keep strict order and process each message exactly once.',
      facts: [
        { label: 'Model', value: 'Fully managed message queue, pull-based (consumers poll)' },
        { label: 'Standard queue', value: 'Nearly unlimited throughput, at-least-once delivery, best-effort ordering' },
        { label: 'FIFO queue', value: 'First-in first-out order and exactly-once processing' },
        { label: 'Message retention', value: 'Default 4 days; from 60 seconds up to 14 days', source: SQS_MESSAGE_QUOTAS },
        { label: 'Visibility timeout', value: 'Default 30 seconds, up to 12 hours', source: SQS_MESSAGE_QUOTAS },
        { label: 'Message size', value: 'Up to 1 MB (raised from 256 KB)', source: PAYLOAD_1MB },
        { label: 'Dead-letter queue', value: 'Collects messages that failed processing too many times' },
      ],
    },
    pricing: {
      text: 'You pay for the API requests you make (sending, receiving and deleting messages are all requests), so there is nothing to pay for an idle queue. Prices vary by Region.',
    },
    limits: {
      text: 'Messages are deleted automatically once the retention period runs out, so consumers must keep up. A message can be delayed before it becomes visible, and requests can be batched.',
      facts: [
        { label: 'Retention', value: '60 seconds to 14 days (default 4 days)', source: SQS_MESSAGE_QUOTAS },
        { label: 'Visibility timeout', value: '0 seconds to 12 hours (default 30 seconds)', source: SQS_MESSAGE_QUOTAS },
        { label: 'Delivery delay', value: 'Up to 15 minutes', source: SQS_MESSAGE_QUOTAS },
        { label: 'Batch', value: 'Up to 10 messages in one batch request', source: SQS_MESSAGE_QUOTAS },
        { label: 'Message size', value: 'Up to 1 MB per message', source: PAYLOAD_1MB },
      ],
    },
    useCases: {
      text: 'Buffering orders between a web tier and slower back-end workers; spreading jobs such as video encoding over a fleet that scales with queue length; triggering Lambda functions from a queue; fan-out, where an SNS topic sends a copy of each message to several SQS queues.',
    },
    examTips: {
      text: '"Decouple", "buffer", "queue", "absorb spikes" -> SQS. SQS is pull: consumers ask for messages. SNS is push: it sends to every subscriber at once. Fan-out = SNS topic delivering to several SQS queues. Strict order or no duplicates -> FIFO queue. Messages stay 4 days by default, up to 14 days.',
    },
    pickWhen: {
      text: 'Pick SQS when one part of a system produces work faster or at different times than another part can handle it, and no message may be lost.',
    },
    differences: {
      text: 'Versus SNS: SNS pushes one message to many subscribers and does not keep it; SQS stores messages until one consumer processes and deletes each. Versus EventBridge: EventBridge routes events by rules to many targets; SQS is a buffer between two components. Versus Step Functions: Step Functions controls a sequence of steps; SQS just holds work.',
    },
  },
  atAGlance: {
    whatItIs: 'A fully managed message queue to decouple components',
    youManage: 'Producers, consumers and queue settings',
    billing: 'Per request; nothing for an idle queue',
    limits: 'Messages kept up to 14 days; consumers must poll',
    pickWhen: 'Buffering work between components that run at different speeds',
  },
  related: ['sns', 'lambda', 'step-functions', 'eventbridge', 'microservices', 'serverless', 'auto-scaling'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
