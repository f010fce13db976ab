import { ASPECTS, EXAM_DOMAINS, EXAM_SCOPES, type AspectId, type Topic } from '../../../content/schema.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { longDate } from './dates.js';

/** One line that warns about a service that is retired, closed or legacy; undefined when it is fine. */
export function lifecycleWarning(topic: Topic): string | undefined {
  const { status, since, note } = topic.lifecycle;
  const when = since ? longDate(since) : '';
  const tail = note ? ` ${note}` : '';
  switch (status) {
    case 'retired':
      return `Retired: ${topic.name} was discontinued on ${when}.${tail}`;
    case 'closed-to-new-customers':
      return `Closed to new customers since ${when}; existing customers can keep using it.${tail}`;
    case 'legacy':
      return `Legacy since ${when}.${tail}`;
    case 'available':
      return undefined;
  }
}

export function examLine(topic: Topic): string {
  return `CLF-C02: ${EXAM_SCOPES[topic.examScope]} · ${EXAM_DOMAINS[topic.examDomain].name}`;
}

function otherAspects(topic: Topic, shown: AspectId): string {
  const names = (Object.keys(ASPECTS) as AspectId[])
    .filter((id) => id !== shown && topic.aspects[id] !== undefined)
    .map((id) => ASPECT_COMMAND_WORD[id]);
  return names.length > 0 ? `More: /aws ${topic.id} ${names.join(' | ')}` : '';
}

/** The word that asks for each aspect; every one of them is understood by the lookup. */
export const ASPECT_COMMAND_WORD: Record<AspectId, string> = {
  overview: 'overview',
  pricing: 'pricing',
  limits: 'limits',
  useCases: 'examples',
  examTips: 'exam',
  pickWhen: 'pick',
  differences: 'vs',
};

/** An overview fits a chat window; depth lives in the aspects. */
export const OVERVIEW_MAX_CHARS = 1_200;

/** Everything a member reads in a reply, counted the way the overview budget counts it. */
export function replyLength(parts: { title?: string; text: string; fields: readonly ReplyField[]; footer?: string }): number {
  return (parts.title?.length ?? 0) + parts.text.length + (parts.footer?.length ?? 0)
    + parts.fields.reduce((n, f) => n + f.label.length + f.value.length + 2, 0);
}

/** The line that points at the corrections page, once, instead of rows on every page. */
function correctionsNote(topic: Topic): string {
  const n = topic.corrections.length;
  return n === 0 ? '' : `Older course notes differ on ${n} point${n === 1 ? '' : 's'}: /aws ${topic.id} corrections`;
}

/** The reply to `/aws <topic> [aspect]`. */
export function topicReply(topic: Topic, requested: AspectId = 'overview'): Reply {
  const available = topic.aspects[requested];
  const aspect = available ?? topic.aspects.overview;
  const shown: AspectId = available ? requested : 'overview';
  const lines: string[] = [];
  const warning = lifecycleWarning(topic);
  if (warning) lines.push(`⚠️ ${warning}`);
  if (!available) lines.push(`I have no ${ASPECTS[requested].toLowerCase()} notes for ${topic.name}, so here is the overview.`);
  if (shown === 'overview') lines.push(topic.summary);
  lines.push(aspect.text);

  const title = shown === 'overview' ? topic.name : `${topic.name}: ${ASPECTS[shown]}`;
  const footer = [examLine(topic), otherAspects(topic, shown), correctionsNote(topic)].filter(Boolean).join('\n');
  const text = lines.join('\n\n');
  const fields: ReplyField[] = [];
  const candidates: ReplyField[] = aspect.facts.map((f) => ({ label: f.label, value: f.value, inline: f.value.length <= 40 }));
  if (shown === 'overview' && topic.related.length > 0) candidates.push({ label: 'Related', value: topic.related.join(', ') });
  for (const field of candidates) {
    // The overview keeps to a chat-sized budget; an aspect page shows all of its facts.
    if (shown === 'overview' && replyLength({ title, text, fields: [...fields, field], footer }) > OVERVIEW_MAX_CHARS) continue;
    fields.push(field);
  }
  return reply({ title, text, fields, footer, shareable: true });
}

/** `/aws <topic> corrections`: what older course notes say and what is right today. */
export function correctionsReply(topic: Topic): Reply {
  if (topic.corrections.length === 0) {
    return reply({
      title: `${topic.name}: corrections`,
      text: `The course notes on ${topic.name} hold up: I know of no corrections.`,
      footer: `More: /aws ${topic.id}`,
      shareable: true,
    });
  }
  return reply({
    title: `${topic.name}: corrections to older notes`,
    text: 'Where older course notes are wrong or out of date, and what is right today.',
    fields: topic.corrections.map((c) => ({ label: `Notes say: ${c.notesSay}`, value: c.correct })),
    footer: `More: /aws ${topic.id}`,
    shareable: true,
  });
}
