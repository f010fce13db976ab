import { createHash } from 'node:crypto';
import type { Content } from '../../../content/load.js';
import type { Model } from '../../../content/model/load-model.js';
import { TIE_BREAKERS, type Choice, type Frame } from '../../../content/model/schema.js';
import { entangled, giveaways, keysOf, mentions, notAKey, topicOf, verdict, type Verdict } from './prove.js';
import type { AnswerChoice, Question, QuestionBank, QuestionOption } from './question.js';
import { joinClauses } from '../text.js';

export type { QuestionBank } from './question.js';

/**
 * The question engine. Each frame of the model (content/model) is one exam item written by hand in
 * several wordings; every wording becomes a question whose options are the key and a turn of the
 * frame's distractors. Before a question is emitted the engine proves it: the key meets every
 * requirement the stem states (and wins the tie-breaker, if any), every other option clearly fails a
 * stated requirement, no option is part of or entangled with the key, the stem states each of its
 * requirements and never names the key. What fails the proof is not emitted and is listed in
 * `problems`, which the tests and `content/check.ts` require to be empty.
 *
 * Pure and deterministic: the same content gives the same bank in the same order, and a question's id
 * is a hash of its text and options, so an unchanged question keeps its id across deploys.
 */

const ID_SCHEME = 'v2';
const LETTERS = 'ABCDEFGH';

export function buildQuestionBank(content: Content): QuestionBank {
  const all: Question[] = [];
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const seenStems = new Map<string, string>();

  for (const frame of content.model.frames) {
    const where = `frame "${frame.id}" (${content.model.fileOfFrame.get(frame.id) ?? '?'})`;
    const plan = planFrame(content, frame);
    if ('problems' in plan) {
      problems.push(...plan.problems.map((p) => `${where}: ${p}`));
      continue;
    }
    frame.stems.forEach((stem, turn) => {
      const stemProblems = checkStem(content.model, frame, plan.keys, stem);
      const normal = normalise(stem);
      const twin = seenStems.get(normal);
      if (twin) stemProblems.push(`the same stem as ${twin}`);
      if (stemProblems.length > 0) {
        problems.push(...stemProblems.map((p) => `${where} stem ${turn + 1}: ${p}`));
        return;
      }
      seenStems.set(normal, `frame "${frame.id}" stem ${turn + 1}`);
      const question = compose(content, frame, plan, stem, turn);
      if (seenIds.has(question.id)) return;
      seenIds.add(question.id);
      all.push(question);
    });
  }

  const byId = new Map(all.map((q) => [q.id, q]));
  const byTopic = new Map<string, Question[]>();
  for (const q of all) byTopic.set(q.topicId, [...(byTopic.get(q.topicId) ?? []), q]);
  return {
    all: Object.freeze(all),
    byId: (id) => byId.get(id),
    forTopic: (topicId) => byTopic.get(topicId) ?? [],
    problems: Object.freeze(problems),
  };
}

interface Plan {
  readonly keys: readonly Choice[];
  readonly keyVerdicts: ReadonlyMap<string, Verdict>;
  /** The distractors that passed the proof, in the frame's order, with their verdicts. */
  readonly distractors: readonly { readonly choice: Choice; readonly verdict: Verdict }[];
  readonly topicId: string;
}

/** Proves the frame's key and distractors once; stems only choose wording and a turn of distractors. */
function planFrame(content: Content, frame: Frame): Plan | { problems: string[] } {
  const { model } = content;
  const problems: string[] = [];
  const keyIds = keysOf(frame);
  const keys = keyIds.map((id) => model.choices.get(id)).filter((c): c is Choice => c !== undefined);
  const keyVerdicts = new Map<string, Verdict>();
  const pick = keyIds.length;

  if (frame.ask.includes('(Select TWO.)') !== (pick === 2)) {
    problems.push(pick === 2 ? 'a two-key frame must ask "(Select TWO.)"' : 'only a two-key frame may ask "(Select TWO.)"');
  }
  if (pick === 2 && frame.tieBreaker) problems.push('a "Select TWO" item cannot use a tie-breaker');
  for (const key of keys) {
    const why = notAKey(content, key);
    if (why) problems.push(`"${key.id}" cannot be a key: ${why}`);
    const v = verdict(model, frame, key.id);
    if (v.kind !== 'key') problems.push(`the key "${key.id}" does not meet every stated requirement: ${describe(v)}`);
    keyVerdicts.set(key.id, v);
  }
  if (frame.tieBreaker) {
    const levels = model.tieBreakers.get(frame.tieBreaker)?.levels;
    if (!keys.every((k) => levels?.has(k.id))) problems.push(`the key has no "${frame.tieBreaker}" level`);
  }

  const distractors: { choice: Choice; verdict: Verdict }[] = [];
  for (const id of frame.distractors) {
    const choice = model.choices.get(id);
    if (!choice) continue;
    if (keyIds.includes(id)) {
      problems.push(`"${id}" is both key and distractor`);
      continue;
    }
    const clash = keys.find((k) => entangled(model, k, choice));
    if (clash) {
      problems.push(`"${id}" is part of, contains or runs on the key "${clash.id}"`);
      continue;
    }
    if (keys.some((k) => k.group !== choice.group)) {
      problems.push(`"${id}" is a ${choice.group}, the key a ${keys[0]?.group}: options must be alike`);
      continue;
    }
    const v = verdict(model, frame, id);
    if (v.kind === 'fails' || v.kind === 'more-effort') distractors.push({ choice, verdict: v });
    else problems.push(`the distractor "${id}" is not clearly wrong: ${describe(v)}`);
  }
  if (new Set(frame.distractors).size !== frame.distractors.length) problems.push('a distractor is listed twice');
  const wrongNeeded = optionCount(pick) - pick;
  if (distractors.length < wrongNeeded) problems.push(`needs at least ${wrongNeeded} sound distractors, has ${distractors.length}`);

  const first = keys[0];
  const topicId = frame.topic ?? (first ? topicOf(content, first) : undefined);
  if (!topicId) problems.push('no topic to study: give the frame a "topic"');
  return problems.length > 0 || !topicId ? { problems } : { keys, keyVerdicts, distractors, topicId };
}

function describe(v: Verdict): string {
  switch (v.kind) {
    case 'undecided': return v.why;
    case 'fails': return `it fails "${v.requirement}" (${v.clause})`;
    case 'more-effort': return 'it loses the tie-breaker';
    case 'key': return 'it meets every stated requirement';
  }
}

function optionCount(pick: number): number {
  return pick === 2 ? 5 : 4;
}

/** The stem states each requirement it claims, never names a key, and reads as its own question. */
function checkStem(model: Model, frame: Frame, keys: readonly Choice[], stem: string): string[] {
  const problems: string[] = [];
  const text = `${stem} ${frame.ask}`;
  for (const id of frame.requirements) {
    const r = model.requirements.get(id);
    if (r && !r.cuePatterns.some((p) => p.test(text))) problems.push(`does not state "${id}" (no cue matches)`);
  }
  if (frame.tieBreaker && !/LEAST operational overhead/.test(text)) problems.push(`does not ask for ${TIE_BREAKERS[frame.tieBreaker]}`);
  for (const key of keys) {
    if (key.group === 'statement' || key.group === 'task') continue;
    const named = giveaways(key).find((w) => mentions(text, w));
    if (named) problems.push(`names its key "${key.label}" ("${named}")`);
  }
  return problems;
}

function compose(content: Content, frame: Frame, plan: Plan, stem: string, turn: number): Question {
  const pick = plan.keys.length as 1 | 2;
  const wrongNeeded = optionCount(pick) - pick;
  // Each wording takes the next distractors in turn, so a frame's questions differ in options too.
  const pool = plan.distractors;
  const wrong = Array.from({ length: wrongNeeded }, (_, i) => pool[(turn * wrongNeeded + i) % pool.length])
    .filter((d, i, list): d is NonNullable<typeof d> => d !== undefined && list.findIndex((x) => x?.choice.id === d.choice.id) === i);
  for (let i = 0; wrong.length < wrongNeeded && i < pool.length; i++) {
    const d = pool[i];
    if (d && !wrong.some((w) => w.choice.id === d.choice.id)) wrong.push(d);
  }

  const scenario = `${stem.trim()} ${frame.ask}`;
  const keyLabel = plan.keys.map((k) => k.label).join(' and ');
  const entries = [
    ...plan.keys.map((k) => ({ choice: k, correct: true, explanation: explainKey(plan.keyVerdicts.get(k.id), frame) })),
    ...wrong.map((d) => ({ choice: d.choice, correct: false, explanation: explainWrong(d.verdict, keyLabel) })),
  ];
  // The order is a hash of frame, turn and choice, computed once per option: stable, and not the same for every question.
  const order = new Map(entries.map((e) => [e.choice.id, hex(`option|${frame.id}|${turn}|${e.choice.id}`)]));
  entries.sort((a, b) => compareText(order.get(a.choice.id) ?? '', order.get(b.choice.id) ?? ''));

  const options: QuestionOption[] = entries.map((e) => {
    const topicId = topicOf(content, e.choice);
    return Object.freeze({ choiceId: e.choice.id, ...(topicId ? { topicId } : {}), label: e.choice.label, correct: e.correct, explanation: e.explanation });
  });
  const keys = options.flatMap((o, i) => (o.correct ? [i] : []));
  const choices: AnswerChoice[] = pick === 1
    ? options.map((o, i) => ({ label: o.label, optionIndexes: [i] }))
    : pairs(options.length).map(([a, b]) => ({ label: `${LETTERS[a]} and ${LETTERS[b]}`, optionIndexes: [a, b] }));
  const answerIndex = choices.findIndex((c) => c.optionIndexes.length === keys.length && c.optionIndexes.every((i) => keys.includes(i)));

  const canonical = [ID_SCHEME, scenario, ...options.map((o) => `${o.correct ? '*' : ''}${o.label}`)].join('|');
  return Object.freeze({
    id: `q_${hex(canonical).slice(0, 12)}`,
    topicId: plan.topicId,
    domain: frame.domain,
    kind: frame.kind,
    frameId: frame.id,
    requirements: Object.freeze([...frame.requirements, ...(frame.tieBreaker ? [frame.tieBreaker] : [])]),
    scenario,
    options: Object.freeze(options),
    pick,
    keys: Object.freeze(keys),
    choices: Object.freeze(choices.map((c) => Object.freeze(c))),
    answerIndex,
  });
}

function explainKey(v: Verdict | undefined, frame: Frame): string {
  if (!v || v.kind !== 'key') return 'Right.';
  const clauses = v.meets.map((m) => m.clause);
  const base = `Right: it ${joinClauses(clauses)}`;
  return v.wonTieBreak && frame.tieBreaker
    ? `${base}, and of the options that would work it leaves the least for the company to run.`
    : `${base}.`;
}

function explainWrong(v: Verdict, keyLabel: string): string {
  switch (v.kind) {
    case 'fails': return v.need ? `Wrong: ${v.clause}, but ${v.need}.` : `Wrong: ${v.clause}.`;
    case 'more-effort': return `Wrong: it would work, but ${v.effort}, so it takes more operational effort than ${keyLabel}.`;
    default: return 'Wrong.';
  }
}


function pairs(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) out.push([a, b]);
  return out;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
