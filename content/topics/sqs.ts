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
        { label: 'Model', value: 'Fully managed message queue, pull-based (consumers poll)', asks: ['push', 'pull', 'poll', 'polling', 'pull-based', 'how does it work', 'consumers', 'consumer', 'producers', 'producer', 'queue', 'message queue', 'decouple', 'decoupling', 'buffer'], yes: ['pull', 'pull-based', 'poll', 'polling', 'polled', 'decouple', 'decoupling', 'buffer', 'message queue', 'queue'], no: ['push', 'push-based', 'pushes', 'push messages'] },
        { label: 'Standard queue', value: 'Nearly unlimited throughput, at-least-once delivery, best-effort ordering', asks: ['standard', 'standard queue', 'standard queues', 'throughput', 'at-least-once', 'at least once', 'duplicates', 'duplicate', 'order', 'ordering', 'best-effort', 'messages per second'], yes: ['at-least-once', 'at least once', 'duplicates', 'duplicate messages', 'unlimited throughput', 'high throughput'] },
        { label: 'FIFO queue', value: 'First-in first-out order and exactly-once processing', asks: ['fifo', 'order', 'ordering', 'ordered', 'in order', 'first in first out', 'exactly once', 'exactly-once', 'no duplicates', 'deduplication', 'strict order', 'sequence'], yes: ['fifo', 'first in first out', 'exactly once', 'exactly-once', 'exactly-once processing', 'strict order', 'strict ordering', 'deduplication'] },
        { label: 'Message retention', value: 'Default 4 days; from 60 seconds up to 14 days', source: SQS_MESSAGE_QUOTAS, asks: ['retention', 'how long', 'keep messages', 'store messages', 'days', '14 days', '4 days', 'expire', 'expires', 'expiry', 'forever', 'indefinitely', 'message lifetime'], yes: ['store messages', 'stores messages', 'keep messages', 'keeps messages', 'hold messages', 'holds messages', 'persist messages', 'two weeks'], no: ['forever', 'indefinitely', 'permanently', 'messages forever', 'keep messages forever', 'store messages forever', 'keep messages indefinitely', 'store messages indefinitely', 'more than 14 days', 'longer than 14 days', 'a month', 'months', 'a year'] },
        { label: 'Visibility timeout', value: 'Default 30 seconds, up to 12 hours', source: SQS_MESSAGE_QUOTAS, asks: ['visibility timeout', 'visibility', 'hidden', 'invisible', 'timeout', 'processing time', 'reappear', 'reappears', 'in flight', 'in-flight', 'received twice', 'retry', 'retries'], yes: ['reappear', 'reappears', 'retry', 'retries', 'retried', 'hidden', 'hide'], no: ['more than 12 hours', 'longer than 12 hours', 'over 12 hours'] },
        { label: 'Message size', value: 'Up to 1 MB (raised from 256 KB)', source: PAYLOAD_1MB, asks: ['message size', 'size', 'max size', 'maximum size', 'how big', 'payload', 'payload size', '256 kb', '1 mb', 'kb', 'large messages', 'big messages', 'large payload', 'large files'], yes: ['larger than 256 kb', 'bigger than 256 kb', 'over 256 kb', 'more than 256 kb'], no: ['more than 1 mb', 'larger than 1 mb', 'bigger than 1 mb', 'over 1 mb', '2 mb', '5 mb', '10 mb', 'gigabytes', 'large files'] },
        { label: 'Dead-letter queue', value: 'Collects messages that failed processing too many times', asks: ['dead-letter queue', 'dead letter queue', 'dlq', 'failed messages', 'poison messages', 'poison message', 'errors', 'failures', 'redrive', 'max receives'], yes: ['dead-letter queue', 'dead letter queue', 'dead-letter queues', 'dead letter queues', 'dlq', 'redrive', 'failed messages'] },
        { label: 'Managed', value: 'Fully managed and serverless: no servers or brokers to run, and queues scale on their own', asks: ['serverless', 'managed', 'fully managed', 'servers', 'scale', 'scaling', 'capacity', 'provision'], yes: ['serverless', 'fully managed', 'managed', 'scale automatically', 'scales automatically'], no: ['manage servers', 'provision servers', 'provision capacity', 'run servers'] },
      ],
    },
    pricing: {
      text: 'You pay for the API requests you make (sending, receiving and deleting messages are all requests), so there is nothing to pay for an idle queue. Prices vary by Region.',
      facts: [
        { label: 'Cost', value: 'Pay per request (sending, receiving and deleting each count); nothing to pay for an idle queue', asks: ['cost', 'price', 'pricing', 'per request', 'requests', 'how much', 'idle', 'free', 'charged', 'billing'], yes: ['pay per request', 'per request', 'pay per use', 'pay as you go', 'pay-as-you-go'], no: ['pay for idle', 'charge for idle', 'monthly fee', 'fixed fee'] },
      ],
    },
    limits: {
      text: 'Messages are deleted automatically once the retention period runs out, so consumers must keep up. A message can be delayed before it becomes visible, and requests can be batched.',
      facts: [
        { label: 'Retention', value: '60 seconds to 14 days (default 4 days)', source: SQS_MESSAGE_QUOTAS, asks: ['retention limit', 'max retention', 'maximum retention', 'minimum retention', 'retention period'] },
        { label: 'Visibility timeout', value: '0 seconds to 12 hours (default 30 seconds)', source: SQS_MESSAGE_QUOTAS, asks: ['visibility timeout limit', 'max visibility timeout', 'maximum visibility timeout'] },
        { label: 'Delivery delay', value: 'Up to 15 minutes', source: SQS_MESSAGE_QUOTAS, asks: ['delay', 'delay queue', 'delayed', 'delay messages', 'delivery delay', 'postpone', 'later', 'wait before', 'scheduled messages'], yes: ['delay messages', 'delay a message', 'delayed', 'delay queue', 'delay queues', 'postpone'], no: ['more than 15 minutes', 'longer than 15 minutes', 'over 15 minutes', 'delay for hours', 'delay for a day', 'delay for days'] },
        { label: 'Batch', value: 'Up to 10 messages in one batch request', source: SQS_MESSAGE_QUOTAS, asks: ['batch', 'batches', 'batch size', 'batching', 'batch request', 'multiple messages', 'how many messages', 'ten messages', '10 messages'], yes: ['batching', 'batch requests', 'batch request', 'send in batches', 'batch messages', 'receive in batches'], no: ['more than 10 messages', 'more than ten messages', '100 messages'] },
        { label: 'Message size', value: 'Up to 1 MB per message', source: PAYLOAD_1MB, asks: ['message size limit', 'max message size', 'size limit'] },
      ],
    },
    useCases: {
      text: 'Buffering orders between a web tier and slower back-end workers; spreading jobs such as video encoding over a fleet that scales with queue length; triggering Lambda functions from a queue; fan-out, where an SNS topic sends a copy of each message to several SQS queues.',
      facts: [
        { label: 'Lambda trigger', value: 'A queue can trigger a Lambda function: Lambda polls the queue for you and invokes the function with batches of messages', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html', checked: '2026-11-30' }, asks: ['lambda', 'trigger', 'trigger lambda', 'invoke', 'invoke lambda', 'event source', 'event source mapping', 'serverless consumer'], yes: ['trigger lambda', 'trigger a lambda', 'invoke lambda', 'invoke a lambda', 'lambda trigger', 'work with lambda', 'event source'] },
        { label: 'Scaling workers', value: 'An Auto Scaling group can add or remove worker instances as the queue grows or shrinks', asks: ['auto scaling', 'scale workers', 'workers', 'worker', 'queue length', 'queue depth', 'backlog', 'ec2 workers', 'asg'], yes: ['auto scaling', 'scale workers', 'scale consumers', 'queue length', 'queue depth', 'backlog'] },
      ],
    },
    examTips: {
      text: '"Decouple", "buffer", "queue", "absorb spikes" -> SQS. SQS is pull: consumers ask for messages. SNS is push: it sends to every subscriber at once. Fan-out = SNS topic delivering to several SQS queues. Strict order or no duplicates -> FIFO queue. Messages stay 4 days by default, up to 14 days.',
    },
    pickWhen: {
      text: 'Pick SQS when one part of a system produces work faster or at different times than another part can handle it, and no message may be lost.',
    },
    differences: {
      text: 'Versus SNS: SNS pushes one message to many subscribers and does not keep it; SQS stores messages until one consumer processes and deletes each. Versus EventBridge: EventBridge routes events by rules to many targets; SQS is a buffer between two components. Versus Step Functions: Step Functions controls a sequence of steps; SQS just holds work.',
      facts: [
        { label: 'Versus SNS', value: 'SQS holds each message until one consumer pulls and deletes it; SNS pushes a copy to every subscriber at once, including email and SMS', asks: ['sns', 'vs sns', 'versus sns', 'pub/sub', 'email', 'sms', 'notifications', 'notify', 'sqs or sns'], no: ['send email', 'send emails', 'email', 'sms', 'text message', 'text messages', 'push notifications', 'notify people', 'same as sns', 'like sns', 'pub/sub', 'publish subscribe', 'broadcast'] },
      ],
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
