import { z } from 'zod';
import type { Content } from '../../../content/load.js';
import type { Comparison, Topic } from '../../../content/schema.js';
import type { TopicFinder } from '../lookup/topic-finder.js';
import { lifecycleWarning } from '../present/topic-reply.js';
import { didYouMean, notFound } from '../present/suggestions.js';
import { reply, userMistake, type Reply, type ReplyField } from '../reply.js';
import type { CommandModule } from './command-module.js';

const args = z.object({
  a: z.string({ error: 'name two topics, e.g. /aws compare ecs fargate' }).trim().min(1, 'name two topics, e.g. /aws compare ecs fargate'),
  b: z.string({ error: 'name a second topic, e.g. /aws compare ecs fargate' }).trim().min(1, 'name a second topic, e.g. /aws compare ecs fargate'),
  c: z.string().trim().min(1).optional(),
  /** Sides named beyond the third: reported, not compared. */
  more: z.string().trim().optional(),
});

const SEPARATORS = new Set(['vs', 'vs.', 'versus', 'and', 'or', 'with', 'to', 'against', ',', '/', '&']);

/** Splits "elastic beanstalk vs cloudformation" or "ecs fargate" into the two sides. */
export function splitPair(words: readonly string[], finder: TopicFinder): { a?: string; b?: string } {
  const cleaned = words.flatMap((w) => w.split(/(,|\/)/)).map((w) => w.trim()).filter(Boolean);
  const cut = cleaned.findIndex((w, i) => i > 0 && i < cleaned.length - 1 && SEPARATORS.has(w));
  if (cut > 0) return { a: cleaned.slice(0, cut).join(' '), b: cleaned.slice(cut + 1).join(' ') };
  // No separator: take the split where both halves name a topic, preferring exact names.
  let best: { a: string; b: string; rank: number } | undefined;
  for (let i = 1; i < cleaned.length; i++) {
    const a = cleaned.slice(0, i).join(' ');
    const b = cleaned.slice(i).join(' ');
    const ra = finder.find(a);
    const rb = finder.find(b);
    if (ra.kind !== 'found' || rb.kind !== 'found') continue;
    const rank = (ra.via === 'exact' ? 2 : ra.via === 'fuzzy' ? 1 : 0) + (rb.via === 'exact' ? 2 : rb.via === 'fuzzy' ? 1 : 0);
    if (!best || rank > best.rank) best = { a, b, rank };
  }
  if (best) return { a: best.a, b: best.b };
  return cleaned.length >= 2 ? { a: cleaned[0], b: cleaned.slice(1).join(' ') } : { a: cleaned[0] };
}

function findComparison(content: Content, a: Topic, b: Topic): { entry: Comparison; swapped: boolean } | undefined {
  for (const entry of content.comparisons) {
    if (entry.a === a.id && entry.b === b.id) return { entry, swapped: false };
    if (entry.a === b.id && entry.b === a.id) return { entry, swapped: true };
  }
  return undefined;
}

/** "Amazon ECS" -> "ECS", "AWS Fargate" -> "Fargate": enough to label each side of a row. */
function short(topic: Topic): string {
  return topic.name.replace(/^(Amazon|AWS)\s+/, '');
}

/** Two topics side by side (curated rows when we have them), or three on the at-a-glance rows. */
export function comparisonReply(content: Content, topics: readonly Topic[]): Reply {
  const [a, b, c] = topics;
  if (!a || !b) throw new Error('a comparison needs two topics');
  if (c) return threeWay([a, b, c]);
  return pairReply(content, a, b);
}

function threeWay(topics: readonly Topic[]): Reply {
  const row = (label: string, pick: (t: Topic) => string): ReplyField => ({ label, value: topics.map((t) => `${short(t)}: ${pick(t)}`).join('\n') });
  const lines = topics.map((t) => `${t.name}: ${t.atAGlance.whatItIs}.`);
  for (const topic of topics) {
    const warning = lifecycleWarning(topic);
    if (warning) lines.push(`⚠️ ${topic.name}: ${warning}`);
  }
  return reply({
    title: topics.map((t) => t.name).join(' vs '),
    text: lines.join('\n'),
    fields: [
      row('You manage', (t) => t.atAGlance.youManage),
      row('Billing', (t) => t.atAGlance.billing),
      row('Limits', (t) => t.atAGlance.limits),
      row('Pick it when', (t) => t.atAGlance.pickWhen),
    ],
    footer: `More: ${topics.map((t) => `/aws ${t.id}`).join(' | ')}`,
    shareable: true,
  });
}

function pairReply(content: Content, a: Topic, b: Topic): Reply {
  const curated = findComparison(content, a, b);
  const sa = short(a);
  const sb = short(b);
  const row = (label: string, va: string, vb: string): ReplyField => ({ label, value: `${sa}: ${va}\n${sb}: ${vb}` });
  const lines: string[] = [];
  const fields: ReplyField[] = [];
  if (curated) {
    // A curated comparison names the rows that matter for this pair; the generic limits row is added
    // only when it says nothing about limits or time.
    const { entry, swapped } = curated;
    lines.push(entry.keyDifference);
    for (const extra of entry.rows) fields.push(swapped ? row(extra.label, extra.b, extra.a) : row(extra.label, extra.a, extra.b));
    if (!entry.rows.some((r) => /limit|time|max/i.test(r.label))) fields.push(row('Limits', a.atAGlance.limits, b.atAGlance.limits));
    if (entry.rows.length < 2) fields.unshift(row('What it is', a.atAGlance.whatItIs, b.atAGlance.whatItIs));
    fields.push({ label: `Choose ${a.name} when`, value: swapped ? entry.chooseB : entry.chooseA });
    fields.push({ label: `Choose ${b.name} when`, value: swapped ? entry.chooseA : entry.chooseB });
  } else {
    lines.push(`${a.name}: ${a.summary}`, `${b.name}: ${b.summary}`);
    fields.push(
      row('What it is', a.atAGlance.whatItIs, b.atAGlance.whatItIs),
      row('You manage', a.atAGlance.youManage, b.atAGlance.youManage),
      row('Billing', a.atAGlance.billing, b.atAGlance.billing),
      row('Limits', a.atAGlance.limits, b.atAGlance.limits),
      row('Pick it when', a.atAGlance.pickWhen, b.atAGlance.pickWhen),
    );
  }
  for (const topic of [a, b]) {
    const warning = lifecycleWarning(topic);
    if (warning) lines.push(`⚠️ ${topic.name}: ${warning}`);
  }
  return reply({
    title: `${a.name} vs ${b.name}`,
    text: lines.join('\n\n'),
    fields,
    footer: `More: /aws ${a.id} | /aws ${b.id}`,
    shareable: true,
  });
}

export const compareCommand: CommandModule<z.infer<typeof args>> = {
  name: 'compare',
  aliases: ['vs', 'diff', 'difference'],
  summary: 'Put two services side by side on what matters for the exam',
  usage: '/aws compare <topic> <topic>',
  examples: ['/aws compare ecs fargate', '/aws compare lambda vs batch', '/aws compare beanstalk cloudformation', '/aws compare docker vm'],
  options: [
    { name: 'a', description: 'First topic, e.g. ecs', kind: 'topic', required: true },
    { name: 'b', description: 'Second topic, e.g. fargate', kind: 'topic', required: true },
    { name: 'c', description: 'A third topic (optional), e.g. eks', kind: 'topic', required: false },
  ],
  args,
  fromWords: (words, { finder, lookup }) => {
    // Names first: "ecs eks fargate" names three topics even without a separator between them.
    const named = lookup.mentions.find(words.map((w) => w.toLowerCase()), new Set(), true);
    if (named.length >= 2) {
      const [a, b, c] = named.map((m) => words.slice(m.start, m.end).join(' '));
      const more = named.slice(3).map((m) => m.topic.name);
      return { a, b, c, more: more.length > 0 ? more.join(', ') : undefined };
    }
    return splitPair(words, finder);
  },
  run({ a, b, c, more }, { content, finder }) {
    const sides = [a, b, ...(c ? [c] : [])];
    const topics: Topic[] = [];
    for (const query of sides) {
      const result = finder.find(query);
      if (result.kind === 'ambiguous') return didYouMean(query, result.candidates);
      if (result.kind === 'none') return notFound(query);
      if (topics.some((t) => t.id === result.topic.id)) {
        return userMistake(`${result.topic.name} is named twice. Name two or three different topics, e.g. \`/aws compare ecs fargate\`.`);
      }
      topics.push(result.topic);
    }
    const page = comparisonReply(content, topics);
    return more ? { ...page, text: `${page.text}\n\nI compare two or three topics at a time, so I left out ${more}.` } : page;
  },
};
