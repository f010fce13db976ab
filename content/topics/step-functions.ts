import type { TopicInput } from '../schema.js';

const CHECKED = '2026-11-30';
const WORKFLOW_TYPES = { url: 'https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html', checked: CHECKED };

export const stepFunctions: TopicInput = {
  id: 'step-functions',
  name: 'AWS Step Functions',
  aliases: ['step functions', 'aws step functions', 'stepfunctions', 'step function', 'sfn', 'state machine', 'state machines', 'step fuctions', 'step funtions', 'setp functions'],
  keywords: ['workflow', 'workflows', 'orchestration', 'orchestrate lambda', 'coordinate services', 'coordinate lambda functions', 'retries', 'retry', 'visual workflow', 'workflow studio', 'amazon states language', 'asl', 'express workflow', 'standard workflow', 'long-running workflow', 'human approval', 'state transition'],
  category: 'application-integration',
  summary: 'Serverless workflow orchestration: you describe a state machine and Step Functions runs each step in order, calling Lambda and other AWS services, with retries, branches and error handling built in.',
  aspects: {
    overview: {
      text: 'A workflow in Step Functions is a state machine, written in the Amazon States Language or drawn in a visual editor. Each state is a step: call a Lambda function or another AWS service, make a choice, wait, run branches in parallel, or loop over items. Step Functions tracks where each run is, retries failed steps and catches errors, so your functions stay small and never call each other directly. There are two types, chosen when you create the state machine: Standard for long, durable workflows and Express for short, high-volume ones.',
      facts: [
        { label: 'Model', value: 'Serverless state machines (workflows); nothing to provision', asks: ['serverless', 'workflow', 'workflows', 'orchestration', 'orchestrate', 'provision', 'servers', 'managed', 'how does it work'], yes: ['serverless', 'fully managed', 'managed', 'workflow', 'workflows', 'orchestration', 'orchestrate', 'orchestrator', 'workflow engine'], no: ['provision servers', 'manage servers', 'servers to manage', 'run servers'] },
        { label: 'Steps can call', value: 'Lambda and many other AWS services directly', asks: ['lambda', 'call lambda', 'services', 'integrations', 'integration', 'call services', 'dynamodb', 'sqs', 'sns', 'ecs', 'batch', 'glue', 'http', 'what can it call', 'aws services', 'sdk integrations'], yes: ['call lambda', 'invoke lambda', 'call lambda functions', 'lambda functions', 'orchestrate lambda', 'coordinate lambda', 'call dynamodb', 'call ecs', 'run ecs tasks', 'run batch jobs', 'call aws services', 'call other services', 'sdk integrations', 'service integrations'] },
        { label: 'Built in', value: 'Retries, error catching, choices, parallel branches, waits, loops', asks: ['retries', 'retry', 'error handling', 'errors', 'catch', 'branches', 'branching', 'choice', 'choices', 'if else', 'conditions', 'parallel', 'in parallel', 'wait', 'waits', 'loops', 'loop', 'map', 'for each'], yes: ['retries', 'retry', 'retry failed steps', 'error handling', 'catch errors', 'branches', 'branching', 'choice', 'conditions', 'parallel', 'in parallel', 'wait', 'waits', 'loop', 'loops', 'map', 'for each'] },
        { label: 'Designer', value: 'Visual workflow editor (Workflow Studio) or Amazon States Language (JSON)', asks: ['designer', 'visual', 'visual editor', 'visual workflow', 'workflow studio', 'drag and drop', 'gui', 'amazon states language', 'states language', 'asl', 'json', 'yaml', 'define', 'write'], yes: ['visual', 'visual editor', 'visual workflow', 'visual designer', 'workflow studio', 'drag and drop', 'json', 'amazon states language', 'asl'] },
        { label: 'Standard workflows', value: 'Up to 1 year per run; exactly-once execution', source: WORKFLOW_TYPES, asks: ['standard', 'standard workflow', 'standard workflows', 'long running', 'long-running', 'how long', 'duration', 'one year', 'days', 'weeks', 'months', 'exactly once', 'exactly-once', 'durable'], yes: ['long running', 'long-running', 'run for hours', 'hours', 'run for days', 'days', 'weeks', 'months', 'up to a year', 'exactly once', 'exactly-once', 'wait for days'], no: ['more than a year', 'longer than a year', 'forever', 'indefinitely', 'years'] },
        { label: 'Express workflows', value: 'Up to 5 minutes per run; at-least-once (asynchronous); high volume', source: WORKFLOW_TYPES, asks: ['express', 'express workflow', 'express workflows', 'high volume', 'high-volume', 'short', 'five minutes', '5 minutes', 'at-least-once', 'at least once', 'event processing', 'streaming', 'iot'], yes: ['high volume', 'high-volume', 'high throughput', 'event processing', 'streaming', 'iot', 'short workflows'] },
      ],
    },
    pricing: {
      text: 'The two workflow types are billed differently. Standard charges for each state transition, so long loops cost more. Express charges for the number of runs, how long they take and the memory they use, which suits many short runs. Prices vary by Region.',
      facts: [
        { label: 'Standard', value: 'Billed per state transition', source: WORKFLOW_TYPES, asks: ['cost', 'price', 'pricing', 'state transition', 'state transitions', 'per transition', 'standard pricing', 'how much', 'billing', 'charged', 'free tier', 'free'], yes: ['pay per use', 'pay as you go', 'pay-as-you-go'], no: ['monthly fee', 'pay for idle', 'hourly fee', 'per hour'] },
        { label: 'Express', value: 'Billed per execution, duration and memory used', source: WORKFLOW_TYPES, asks: ['express pricing', 'per execution', 'per run', 'duration', 'memory', 'gb-second', 'cost', 'price', 'how much', 'free'] },
      ],
    },
    limits: {
      text: 'Each run has a maximum duration that depends on the type, and the type cannot be changed after the state machine is created.',
      facts: [
        { label: 'Standard maximum duration', value: '1 year', source: WORKFLOW_TYPES, asks: ['max duration', 'maximum duration', 'how long', 'time limit', 'timeout', 'longest', 'limit'] },
        { label: 'Express maximum duration', value: '5 minutes', source: WORKFLOW_TYPES, asks: ['express limit', 'express timeout', 'express duration', 'five minutes', '5 minutes'] },
        { label: 'Standard execution history', value: 'Available through the API for 90 days after a run ends', source: WORKFLOW_TYPES, asks: ['history', 'execution history', 'logs', 'audit', '90 days', 'past executions', 'retention', 'how long is history kept'], yes: ['execution history', 'audit trail', 'run history'], no: ['history forever', 'keep history forever'] },
        { label: 'Type', value: 'Standard or Express is fixed when you create the state machine', source: WORKFLOW_TYPES, asks: ['change type', 'switch type', 'convert', 'standard to express', 'express to standard', 'type', 'choose type', 'change workflow type', 'which type'], no: ['change type', 'change the type', 'switch type', 'switch types', 'convert', 'change from standard to express', 'change from express to standard', 'switch to express', 'switch to standard', 'change a standard workflow', 'change a workflow', 'change an express workflow', 'change the workflow type', 'convert a workflow'] },
      ],
    },
    useCases: {
      text: 'Order processing with payment, stock and shipping steps; data pipelines that call several services in turn; jobs that wait for a human approval; running many Lambda functions in parallel and combining the results; high-volume event processing with Express workflows.',
      facts: [
        { label: 'Human approval', value: 'A Standard workflow can pause at a step until a person approves, for example through a task token callback, and resume days later', source: { url: 'https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html', checked: '2026-11-30' }, asks: ['human approval', 'manual approval', 'approval', 'approve', 'wait for a person', 'human in the loop', 'callback', 'task token', 'pause', 'wait for approval'], yes: ['human approval', 'manual approval', 'approval', 'approvals', 'wait for approval', 'human in the loop', 'callback', 'task token', 'pause'] },
      ],
    },
    examTips: {
      text: '"Orchestrate" or "coordinate multiple Lambda functions", "workflow", "state machine", "visual workflow", "retry failed steps" -> Step Functions. Passing messages between parts -> SQS. Fan-out notifications -> SNS. Routing events by rules -> EventBridge.',
    },
    pickWhen: {
      text: 'Pick Step Functions when a process has several steps that must run in a set order, with branches, retries or waits, and you do not want to write that control logic into your code.',
    },
    differences: {
      text: 'Versus Lambda alone: one Lambda function runs at most 15 minutes and should do one job; Step Functions chains many of them and can run for up to a year. Versus SQS and SNS: those pass messages; Step Functions controls the order of work and keeps the state of each run. Versus EventBridge: EventBridge routes events to targets; Step Functions runs a defined sequence of steps.',
      facts: [
        { label: 'Versus SQS and SNS', value: 'SQS and SNS pass messages; Step Functions controls the order of the work and remembers where each run is', asks: ['sqs', 'sns', 'queue', 'messages', 'messaging', 'vs sqs', 'vs sns', 'pub/sub'], no: ['a message queue', 'same as sqs', 'same as sns', 'pub/sub'] },
        { label: 'Versus EventBridge', value: 'EventBridge routes events to targets by rules; Step Functions runs a defined sequence of steps and tracks each run', asks: ['eventbridge', 'event bus', 'events', 'routing', 'event routing', 'vs eventbridge', 'rules'], no: ['same as eventbridge', 'like eventbridge'] },
        { label: 'Versus Lambda alone', value: 'A Lambda function should do one short job; Step Functions chains many functions and services into a workflow that can outlast any single function', asks: ['lambda', 'vs lambda', 'versus lambda', 'lambda alone', 'chain lambda', 'chain functions', 'lambda calling lambda', 'instead of lambda'], no: ['replace lambda', 'instead of lambda', 'same as lambda', 'replacement for lambda'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'Serverless workflow orchestration with state machines',
    youManage: 'The workflow definition and the tasks it calls',
    billing: 'Standard per state transition; Express per run, duration and memory',
    limits: 'Standard runs up to 1 year; Express up to 5 minutes',
    pickWhen: 'Coordinating several steps or services with retries and branches',
  },
  related: ['lambda', 'serverless', 'eventbridge', 'sqs', 'sns', 'microservices', 'batch', 'ecs'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
