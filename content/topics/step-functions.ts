import type { TopicInput } from '../schema.js';

export const stepFunctions: TopicInput = {
  id: 'step-functions',
  name: 'AWS Step Functions',
  aliases: ['step functions', 'aws step functions', 'stepfunctions', 'step function', 'sfn', 'state machine', 'state machines', 'step fuctions', 'step funtions', 'setp functions'],
  keywords: ['workflow', 'orchestration', 'orchestrate lambda', 'coordinate services', 'retries', 'visual workflow', 'amazon states language', 'express workflow', 'standard workflow', 'long-running workflow', 'human approval'],
  category: 'application-integration',
  summary: 'Serverless workflow orchestration: you draw or describe a state machine, and Step Functions runs each step in order, calling Lambda and other AWS services, with retries, branches and error handling built in.',
  aspects: {
    overview: {
      text: 'A workflow in Step Functions is a state machine. Each state is a step: call a Lambda function or another AWS service, make a choice, wait, run branches in parallel, or loop over items. Step Functions keeps track of where each run is, retries failed steps and catches errors, so your functions stay small and do not call each other directly. You can build the workflow in a visual editor. There are two types: Standard for long, durable workflows and Express for short, high-volume ones.',
      facts: [
        { label: 'Model', value: 'Serverless state machines (workflows)' },
        { label: 'Steps can call', value: 'Lambda and many other AWS services directly' },
        { label: 'Built in', value: 'Retries, error catching, branching, parallel steps, waits' },
        { label: 'Designer', value: 'Visual workflow editor (Workflow Studio)' },
        { label: 'Types', value: 'Standard (long-running, exactly-once) and Express (short, high-volume)' },
      ],
    },
    examTips: {
      text: '"Orchestrate" or "coordinate multiple Lambda functions", "workflow", "state machine", "visual workflow" -> Step Functions. Passing messages between parts -> SQS; fan-out notifications -> SNS; routing events -> EventBridge.',
    },
  },
  atAGlance: {
    whatItIs: 'Serverless workflow orchestration with state machines',
    youManage: 'The workflow definition and the tasks it calls',
    billing: 'Standard per state transition; Express per request and duration',
    limits: 'Standard runs up to a year; Express up to five minutes',
    pickWhen: 'Coordinating several steps or services with retries and branches',
  },
  related: ['lambda', 'serverless', 'eventbridge', 'sqs', 'sns', 'microservices', 'batch', 'ecs'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
