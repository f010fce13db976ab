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

  const fields: ReplyField[] = aspect.facts.map((f) => ({ label: f.label, value: f.value, inline: f.value.length <= 40 }));
  const corrections = topic.corrections.filter((c) => (c.aspect ?? 'overview') === shown);
  for (const c of corrections) {
    fields.push({ label: 'Older notes say', value: `${c.notesSay} → ${c.correct}` });
  }
  if (shown === 'overview' && topic.related.length > 0) {
    fields.push({ label: 'Related', value: topic.related.join(', ') });
  }
  const more = otherAspects(topic, shown);
  return reply({
    title: shown === 'overview' ? topic.name : `${topic.name}: ${ASPECTS[shown]}`,
    text: lines.join('\n\n'),
    fields,
    footer: [examLine(topic), more].filter(Boolean).join('\n'),
    shareable: true,
  });
}
