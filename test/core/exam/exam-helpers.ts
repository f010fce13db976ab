import type { Question, QuestionBank } from '../../../src/core/questions/question.js';
import type { Reply } from '../../../src/core/reply.js';
import type { Actor, Place } from '../../../src/core/request.js';
import { testBank } from '../../helpers/assembly.js';

export const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
export const ann: Actor = { id: 'ann', name: 'Ann', isAdmin: false };
export const bob: Actor = { id: 'bob', name: 'Bob', isAdmin: false };

/** A bank of exactly these questions, so a test knows what every exam paper holds. */
export function bankOf(questions: readonly Question[]): QuestionBank {
  return {
    all: questions,
    byId: (id) => questions.find((q) => q.id === id),
    forTopic: (topicId) => questions.filter((q) => q.topicId === topicId),
    problems: [],
  };
}

/** One question per domain from the real bank; the technology one is a "Select TWO" item. */
export function fourDomainBank(): QuestionBank {
  const all = testBank().all;
  const pair = all.find((q) => q.pick === 2 && q.domain === 'technology-and-services') ?? all.find((q) => q.pick === 2);
  if (!pair) throw new Error('the bank has no Select TWO item');
  const others = (['cloud-concepts', 'security-and-compliance', 'billing-pricing-support', 'technology-and-services'] as const)
    .filter((d) => d !== pair.domain)
    .map((d) => all.find((q) => q.domain === d && q.pick === 1))
    .filter((q): q is Question => q !== undefined);
  return bankOf([pair, ...others]);
}

/** The id of the choice button whose label matches, throwing if there is none. */
export function button(reply: Reply, label: RegExp): string {
  const found = reply.choices.find((c) => label.test(c.label));
  if (!found) throw new Error(`no button ${label} in: ${reply.choices.map((c) => c.label).join(' | ')}`);
  return found.id;
}
