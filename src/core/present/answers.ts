import type { Topic } from '../../../content/schema.js';
import { ASPECTS } from '../../../content/schema.js';
import type { ExamAsk, AspectView } from '../lookup/understand.js';
import type { FactHit } from '../lookup/facts.js';
import type { OutOfScopeService } from '../lookup/out-of-scope.js';
import type { ScenarioAnswer } from '../lookup/scenario.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { ASPECT_COMMAND_WORD, correctionsReply, examLine, lifecycleWarning, topicReply } from './topic-reply.js';
import { lookupChoice } from './suggestions.js';
import { joinClauses } from '../text.js';

/** The exam's own facts (content/exam.ts), each with its source. */
export type ExamFacts = { readonly code: string; readonly name: string } & Partial<Record<ExamAsk, { readonly value: string }>>;

/** A fact answer stays chat-sized: about 600 characters. */
export const FACT_ANSWER_MAX_CHARS = 600;

/** "Yes." or "No." first for a yes/no question, then the one to three facts that answer it. */
export function factReply(topic: Topic, facts: readonly FactHit[], answer?: 'yes' | 'no'): Reply {
  const lines = facts.map((h) => `${h.fact.label}: ${h.fact.value}`);
  let text = `${answer === 'yes' ? 'Yes. ' : answer === 'no' ? 'No. ' : ''}${lines.join('\n')}`;
  if (text.length > FACT_ANSWER_MAX_CHARS) text = `${text.slice(0, FACT_ANSWER_MAX_CHARS - 1)}…`;
  const aspect = facts[0]?.aspect;
  const more = aspect && aspect !== 'overview' ? `/aws ${topic.id} ${ASPECT_COMMAND_WORD[aspect]} · /aws ${topic.id}` : `/aws ${topic.id}`;
  const warning = lifecycleWarning(topic);
  return reply({
    title: topic.name,
    text: warning && !facts.some((h) => h.fact.label === 'Status') ? `${text}\n⚠️ ${warning}` : text,
    footer: `More: ${more}`,
    shareable: true,
  });
}

/** Several aspects asked at once ("lambda pricing limits"): each one shown, in the order asked. */
export function aspectsReply(topic: Topic, aspects: readonly AspectView[]): Reply {
  if (aspects.length === 1) {
    const [only] = aspects;
    return only === 'corrections' ? correctionsReply(topic) : topicReply(topic, only);
  }
  const pages = aspects.map((a) => (a === 'corrections' ? correctionsReply(topic) : topicReply(topic, a)));
  const fields: ReplyField[] = pages.flatMap((page, i) => {
    const a = aspects[i];
    const name = a === 'corrections' ? 'Corrections' : ASPECTS[a ?? 'overview'];
    const body = [page.text, ...page.fields.map((f) => `${f.label}: ${f.value}`)].join('\n');
    return [{ label: name, value: body }];
  });
  return reply({
    title: `${topic.name}: ${aspects.map((a) => (a === 'corrections' ? 'corrections' : ASPECTS[a].toLowerCase())).join(' and ')}`,
    text: topic.summary,
    fields,
    footer: examLine(topic),
    shareable: true,
  });
}

const EXAM_ORDER: readonly ExamAsk[] = ['questions', 'time', 'passing', 'format', 'domains', 'cost', 'validity'];

/** Facts about the CLF-C02 exam itself, each with where it comes from. */
export function examReply(exam: ExamFacts, asks: readonly ExamAsk[]): Reply {
  const wanted = asks.length > 0 ? EXAM_ORDER.filter((a) => asks.includes(a)) : EXAM_ORDER;
  const facts = wanted.flatMap((a) => {
    const entry = exam[a];
    return entry ? [{ label: EXAM_LABEL[a], value: entry.value }] : [];
  });
  return reply({
    title: `${exam.name} (${exam.code})`,
    text: facts.length > 0 ? facts.map((f) => `${f.label}: ${f.value}`).join('\n') : 'I have no figure for that, sorry.',
    footer: 'Source: the AWS exam guide. Study the domains with /aws topics.',
    shareable: true,
  });
}

const EXAM_LABEL: Record<ExamAsk, string> = {
  questions: 'Questions', time: 'Time', passing: 'Passing score', format: 'Question types', domains: 'Domains', cost: 'Cost', validity: 'Valid for',
};

/** An honest "not mine", with a covered topic only when it is really related. */
export function outOfScopeReply(service: OutOfScopeService, related: readonly Topic[]): Reply {
  const near = related.length > 0 ? ` Related here: ${related.map((t) => `/aws ${t.id}`).join(', ')}.` : '';
  return reply({
    text: `I don't cover ${service.name} (${service.what}). I cover compute and deployment for the Cloud Practitioner exam.${near}`,
    choices: related.map((t) => lookupChoice(t)),
    footer: '/aws topics lists everything I cover.',
    visibility: 'private',
    tone: 'info',
  });
}

/** A pasted scenario: the best fit and why, then why each other option falls short. */
export function scenarioReply(answer: ScenarioAnswer, fallback?: Reply): Reply {
  const { best } = answer;
  if (!best) {
    return fallback ?? reply({
      text: 'I could not match this scenario to what I know well enough to pick an answer. Try naming the services you are torn between, e.g. `/aws compare lambda fargate`.',
      visibility: 'private',
      tone: 'warning',
    });
  }
  const name = (label: string, letter?: string) => (letter ? `${letter}. ${label}` : label);
  const lines = [`Best fit: ${name(best.choice.label, best.letter)}${best.why.length > 0 ? `: it ${joinClauses(best.why)}.` : '.'}`];
  for (const o of answer.others) lines.push(`Not ${name(o.choice.label, o.letter)}: ${o.why}.`);
  for (const o of answer.unknown) lines.push(`${o.letter}. ${o.text}: I don't know this option well enough to judge it.`);
  const topic = best.choice.topic ?? best.choice.id;
  return reply({
    title: 'Scenario',
    text: lines.join('\n'),
    footer: `From the requirements the scenario states. More: /aws ${topic}`,
    shareable: true,
  });
}

