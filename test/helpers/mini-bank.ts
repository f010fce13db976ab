import { studyContent } from '../../content/index.js';
import { loadContent } from '../../content/load.js';
import { MODEL_AREAS } from '../../content/model/index.js';
import type { ModelAreaInput } from '../../content/model/schema.js';
import { buildQuestionBank } from '../../src/core/questions/build-bank.js';
import type { Question, QuestionBank } from '../../src/core/questions/question.js';

/**
 * A two-question bank from a tiny model of its own: one single-answer item and one "Select TWO" item,
 * so quiz tests know exactly what they are answering whatever the real bank holds.
 */
const area: ModelAreaInput = {
  choices: [
    { id: 't-code', label: 'Writing the function code', group: 'task', topic: 'shared-responsibility' },
    { id: 't-role', label: 'Choosing the permissions of the function\'s execution role', group: 'task', topic: 'shared-responsibility' },
    { id: 't-os', label: 'Patching the operating system under the function', group: 'task', topic: 'shared-responsibility' },
    { id: 't-dc', label: 'Securing the data centres', group: 'task', topic: 'shared-responsibility' },
    { id: 't-hw', label: 'Replacing failed hardware', group: 'task', topic: 'shared-responsibility' },
  ],
  requirements: [
    {
      id: 't-hours', need: 'the job runs for six hours', met: 'runs a job for as long as it needs', cues: ['hours'],
      meets: { fargate: true }, fails: { lambda: 'a Lambda function stops after at most 15 minutes' },
    },
    {
      id: 't-no-servers', need: 'nobody on the team manages servers', met: 'leaves no servers to manage', cues: ['servers'],
      meets: { fargate: true, lambda: true },
      fails: { ec2: 'with EC2 the team patches and scales the instances', lightsail: 'a Lightsail instance is a server to patch' },
    },
    {
      id: 't-customer-lambda', met: 'is the customer\'s part on Lambda', cues: ['company\'s responsibility'],
      meets: { 't-code': true, 't-role': true },
      fails: { 't-os': 'AWS patches the operating system that runs Lambda functions', 't-dc': 'AWS secures its data centres', 't-hw': 'AWS replaces the hardware' },
    },
  ],
  frames: [
    {
      id: 't-single', kind: 'scenario', domain: 'technology-and-services', requirements: ['t-hours', 't-no-servers'], key: 'fargate',
      distractors: ['lambda', 'ec2', 'lightsail'], ask: 'Which AWS service meets these requirements?',
      stems: ['A team runs a container job for six hours every night and has nobody to manage servers.'],
    },
    {
      id: 't-pair', kind: 'responsibility', domain: 'security-and-compliance', requirements: ['t-customer-lambda'], key: ['t-code', 't-role'],
      distractors: ['t-os', 't-dc', 't-hw'], ask: 'Which TWO tasks are the company\'s responsibility? (Select TWO.)',
      stems: ['A company runs its order service on AWS Lambda.'],
    },
  ],
};

export function miniBank(): QuestionBank & { single: Question; pair: Question } {
  const content = studyContent();
  const bank = buildQuestionBank(loadContent(
    Object.fromEntries(content.topics.map((t) => [`${t.id}.ts`, t])),
    {},
    { 'content/model/choices.ts': MODEL_AREAS['content/model/choices.ts'] as ModelAreaInput, 'mini.ts': area },
  ));
  if (bank.problems.length > 0) throw new Error(bank.problems.join('\n'));
  const single = bank.all.find((q) => q.pick === 1);
  const pair = bank.all.find((q) => q.pick === 2);
  if (!single || !pair) throw new Error('mini bank is missing a question');
  return Object.assign(bank, { single, pair });
}
