import { containsWords } from '../text.js';
import type { Content } from '../../../content/load.js';
import type { Model } from '../../../content/model/load-model.js';
import type { Choice, Frame } from '../../../content/model/schema.js';

/**
 * The proof behind every question: what each option meets or fails among the requirements the stem
 * states, read from the model and nowhere else. An option with no verdict cannot be offered.
 */

export type Verdict =
  | { readonly kind: 'key'; readonly meets: readonly { readonly requirement: string; readonly clause: string }[]; readonly wonTieBreak: boolean }
  | { readonly kind: 'fails'; readonly requirement: string; readonly clause: string; readonly need?: string | undefined }
  | { readonly kind: 'more-effort'; readonly effort: string }
  | { readonly kind: 'undecided'; readonly why: string };

export function keysOf(frame: Frame): readonly string[] {
  return typeof frame.key === 'string' ? [frame.key] : frame.key;
}

/** The verdict on one choice for a frame: how it meets all stated requirements, or the first it fails. */
export function verdict(model: Model, frame: Frame, choiceId: string): Verdict {
  // A clear failure on any stated requirement settles it, even where the model is silent on another.
  for (const id of frame.requirements) {
    const r = model.requirements.get(id);
    const fail = r?.fails[choiceId];
    if (r && fail !== undefined) return { kind: 'fails', requirement: id, clause: fail, need: r.need };
  }
  const meets: { requirement: string; clause: string }[] = [];
  for (const id of frame.requirements) {
    const r = model.requirements.get(id);
    if (!r) return { kind: 'undecided', why: `no requirement "${id}"` };
    const met = r.meets[choiceId];
    if (met === undefined) return { kind: 'undecided', why: `the model does not say whether it meets "${id}"` };
    meets.push({ requirement: id, clause: met === true ? r.met : met });
  }
  if (!frame.tieBreaker) return { kind: 'key', meets, wonTieBreak: false };

  // Every hard requirement is met: the tie-breaker decides, and only a strict win counts.
  const levels = model.tieBreakers.get(frame.tieBreaker)?.levels;
  const mine = levels?.get(choiceId);
  if (!mine) return { kind: 'undecided', why: `it meets every requirement and has no "${frame.tieBreaker}" level` };
  const best = Math.min(...keysOf(frame).map((k) => levels?.get(k)?.level ?? Infinity));
  if (keysOf(frame).includes(choiceId)) return { kind: 'key', meets, wonTieBreak: true };
  if (mine.level > best && mine.effort) return { kind: 'more-effort', effort: mine.effort };
  return { kind: 'undecided', why: `it meets every requirement and is not behind the key on "${frame.tieBreaker}"` };
}

/**
 * Two choices that are part of one another (at any depth) or where one runs on the other: offering
 * them side by side would make two answers defensible; likewise one that hosts the other (an Outpost
 * runs EC2 instances). "Runs on" is not followed further, so "ECS on
 * EC2 instances" (part of ECS, which may run on Fargate) can still stand next to Fargate.
 */
export function entangled(model: Model, a: Choice, b: Choice): boolean {
  return partOf(model, a.id, b.id) || partOf(model, b.id, a.id)
    || a.runsOn.includes(b.id) || b.runsOn.includes(a.id) || a.hosts.includes(b.id) || b.hosts.includes(a.id);
}

function partOf(model: Model, from: string, to: string, seen = new Set<string>()): boolean {
  if (seen.has(from)) return false;
  seen.add(from);
  const parents = model.choices.get(from)?.partOf ?? [];
  return parents.some((next) => next === to || partOf(model, next, to, seen));
}

/** The topic a choice is studied under, if any. */
export function topicOf(content: Pick<Content, 'byId'>, choice: Choice): string | undefined {
  if (choice.topic) return choice.topic;
  return content.byId.has(choice.id) ? choice.id : undefined;
}

/** Why a choice may not be a key: retired, out of scope, not listed, or marked so. */
export function notAKey(content: Pick<Content, 'byId'>, choice: Choice): string | undefined {
  if (choice.neverKey) return 'it is marked never to be a key';
  const topicId = topicOf(content, choice);
  const topic = topicId ? content.byId.get(topicId) : undefined;
  if (!topic || choice.group !== 'service') return undefined;
  if (topic.lifecycle.status !== 'available') return `its topic is ${topic.lifecycle.status}`;
  if (topic.examScope === 'out-of-scope' || topic.examScope === 'not-listed') return `its topic is ${topic.examScope} for CLF-C02`;
  return undefined;
}

const LITTLE_WORDS = new Set(['aws', 'amazon', 'the', 'a', 'an', 'of', 'for', 'on', 'and', 'or', 'with', 'to', 'in', 'by', 'you', 'your', 'service', 'services']);

/** Words and phrases that would give the choice away in a stem. */
export function giveaways(choice: Choice): readonly string[] {
  if (choice.names) return choice.names;
  return choice.label.toLowerCase().replace(/[()]/g, ' ').split(/[\s/,]+/).filter((w) => w.length > 1 && !LITTLE_WORDS.has(w));
}

/** True when the text contains the phrase as whole words (any case). */
export function mentions(text: string, phrase: string): boolean {
  return containsWords(text.toLowerCase(), phrase.toLowerCase());
}
