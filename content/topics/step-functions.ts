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
        { label: 'Model', value: 'Serverless state machines (workflows); nothing to provision' },
        { label: 'Steps can call', value: 'Lambda and many other AWS services directly' },
        { label: 'Built in', value: 'Retries, error catching, choices, parallel branches, waits, loops' },
        { label: 'Designer', value: 'Visual workflow editor (Workflow Studio) or Amazon States Language (JSON)' },
        { label: 'Standard workflows', value: 'Up to 1 year per run; exactly-once execution', source: WORKFLOW_TYPES },
        { label: 'Express workflows', value: 'Up to 5 minutes per run; at-least-once (asynchronous); high volume', source: WORKFLOW_TYPES },
      ],
    },
    pricing: {
      text: 'The two workflow types are billed differently. Standard charges for each state transition, so long loops cost more. Express charges for the number of runs, how long they take and the memory they use, which suits many short runs. Prices vary by Region.',
      facts: [
        { label: 'Standard', value: 'Billed per state transition', source: WORKFLOW_TYPES },
        { label: 'Express', value: 'Billed per execution, duration and memory used', source: WORKFLOW_TYPES },
      ],
    },
    limits: {
      text: 'Each run has a maximum duration that depends on the type, and the type cannot be changed after the state machine is created.',
      facts: [
        { label: 'Standard maximum duration', value: '1 year', source: WORKFLOW_TYPES },
        { label: 'Express maximum duration', value: '5 minutes', source: WORKFLOW_TYPES },
        { label: 'Standard execution history', value: 'Available through the API for 90 days after a run ends', source: WORKFLOW_TYPES },
        { label: 'Type', value: 'Standard or Express is fixed when you create the state machine', source: WORKFLOW_TYPES },
      ],
    },
    useCases: {
      text: 'Order processing with payment, stock and shipping steps; data pipelines that call several services in turn; jobs that wait for a human approval; running many Lambda functions in parallel and combining the results; high-volume event processing with Express workflows.',
    },
    examTips: {
      text: '"Orchestrate" or "coordinate multiple Lambda functions", "workflow", "state machine", "visual workflow", "retry failed steps" -> Step Functions. Passing messages between parts -> SQS. Fan-out notifications -> SNS. Routing events by rules -> EventBridge.',
    },
    pickWhen: {
      text: 'Pick Step Functions when a process has several steps that must run in a set order, with branches, retries or waits, and you do not want to write that control logic into your code.',
    },
    differences: {
      text: 'Versus Lambda alone: one Lambda function runs at most 15 minutes and should do one job; Step Functions chains many of them and can run for up to a year. Versus SQS and SNS: those pass messages; Step Functions controls the order of work and keeps the state of each run. Versus EventBridge: EventBridge routes events to targets; Step Functions runs a defined sequence of steps.',
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
