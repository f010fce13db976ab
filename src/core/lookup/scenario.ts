import type { Content } from '../../../content/load.js';
import type { Model } from '../../../content/model/load-model.js';
import type { Choice, Frame } from '../../../content/model/schema.js';
import { keysOf, verdict } from '../questions/prove.js';
import type { QuestionBank } from '../questions/question.js';
import { Bm25Index } from './bm25.js';
import type { MentionFinder } from './mentions.js';
import { STOP, tokenize } from './understand.js';

/** One lettered option pasted with a scenario, and the choice of the model it names (if any). */
export interface PastedOption {
  readonly letter: string;
  readonly text: string;
  readonly choice?: Choice;
}

export interface ScenarioAnswer {
  readonly options: readonly PastedOption[];
  /** The best fit and why, from the requirements model; absent when the text matches nothing well. */
  readonly best?: { readonly choice: Choice; readonly letter?: string; readonly why: readonly string[] };
  /** Why the other options (or the nearest alternatives) fall short, each from a stated requirement. */
  readonly others: readonly { readonly choice: Choice; readonly letter?: string; readonly why: string }[];
  /** Pasted options the model does not know, listed so the member sees nothing was ignored silently. */
  readonly unknown: readonly PastedOption[];
}

/** Hits weaker than this share of the best are not evidence. */
const HIT_SHARE = 0.5;
const NEAREST = 8;
const MAX_TERMS = 60;
/** A pasted text must share this much with a known scenario (BM25) before we name a best fit. */
const MIN_SCORE = 6;
const MAX_ALTERNATIVES = 3;
/** What stating all of an item's requirements is worth against the closest wording (1): a nudge, since cues are loose in free text. */
const STATED_WEIGHT = 0.3;
/** What a key that clearly fails a stated requirement loses against the closest wording (1). */
const FAILS_WEIGHT = 0.3;

/** Words in nearly every stem: they rank nothing and cost the most to score. */
const COMMON = new Set(['company', 'companies', 'team', 'which', 'these', 'requirements', 'meet', 'meets', 'should', 'must', 'needs', 'wants', 'without', 'not', 'does', 'they', 'them', 'their', 'all', 'each', 'every', 'has', 'was', 'were', 'but', 'than', 'into', 'only', 'also', 'more', 'most', 'least']);

/** Words that ask how to pay for capacity, without which a purchase option is never the answer. */
const PAYING = /licen[cs]|socket|ec2 option|tenancy|single-tenant|hardware (that is )?dedicated|purchas|pricing (option|model)|payment option|reserv|spot|savings plan|on-demand|on demand|commit|discount|cheap|lowest (cost|price)|cost-effective|cost effective|dedicated/i;

/** Kinds of question whose key is something to use (a service, a way to pay, a place to run). */
const ANSWERABLE_KINDS = new Set(['scenario', 'purchase', 'infrastructure']);

const OPTION = /(?:^|\s)\(?([A-Ea-e])[.)]\s+/g;

/** Splits "stem A. x B. y C. z" (or one option per line, "A)", "(A)") into the stem and its options. */
export function splitOptions(text: string): { stem: string; options: { letter: string; text: string }[] } {
  const marks = [...text.matchAll(OPTION)].map((m) => ({ letter: (m[1] ?? '').toUpperCase(), at: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  // Options are consecutive letters from A; anything else ("a. m." in a sentence) is prose.
  const start = marks.findIndex((m) => m.letter === 'A');
  const run: typeof marks = [];
  for (const m of marks.slice(Math.max(0, start))) {
    if (start < 0) break;
    if (m.letter === String.fromCharCode(65 + run.length)) run.push(m);
  }
  if (run.length < 2) return { stem: text.trim(), options: [] };
  const options = run.map((m, i) => ({ letter: m.letter, text: text.slice(m.end, run[i + 1]?.at ?? text.length).trim() }));
  return { stem: text.slice(0, run[0]?.at ?? 0).trim(), options };
}

/**
 * Answers a pasted exam scenario from the requirements model: finds the bank's scenarios nearest to it
 * (BM25 over every proven stem), lets them vote for their keys, and explains the winner and the other
 * options with the model's own clauses. With lettered options it only chooses among them.
 */
export class ScenarioAnswerer {
  private index?: Bm25Index;
  private readonly frames = new Map<string, Frame>();
  private requirements?: Model['requirements'] extends ReadonlyMap<string, infer R> ? R[] : never;
  private readonly byLabel = new Map<string, Choice>();

  constructor(private readonly content: Content, private readonly bank: QuestionBank, private readonly mentions: MentionFinder) {
    for (const choice of content.model.choices.values()) {
      if (choice.group !== 'service' && choice.group !== 'purchase-option' && choice.group !== 'infrastructure') continue;
      for (const name of [choice.label, ...(choice.names ?? [])]) {
        const key = plain(name);
        if (!this.byLabel.has(key)) this.byLabel.set(key, choice);
      }
    }
  }

  answer(text: string): ScenarioAnswer {
    const { stem, options: raw } = splitOptions(text);
    const options: PastedOption[] = raw.map((o) => {
      const choice = this.choiceFor(o.text);
      return choice ? { ...o, choice } : o;
    });
    const known = options.filter((o): o is PastedOption & { choice: Choice } => o.choice !== undefined);
    const unknown = options.filter((o) => o.choice === undefined);
    const allowed = known.length > 0 ? new Set(known.map((o) => o.choice.id)) : undefined;
    // The nearest hand-written item whose key is among the options (any key when none were pasted)
    // decides; single-answer items first, since a "Select TWO" key only fits as half of a pair.
    const ranked = this.nearestFrames(stem || text);
    const usable = (f: Frame) => keysOf(f).some((k) => !allowed || allowed.has(k));
    const frame = ranked.find((f) => f.frame.key.length > 0 && typeof f.frame.key === 'string' && usable(f.frame))?.frame
      ?? ranked.find((f) => usable(f.frame))?.frame;
    const bestId = frame ? keysOf(frame).find((k) => !allowed || allowed.has(k)) : undefined;
    const bestChoice = bestId ? this.content.model.choices.get(bestId) : undefined;
    if (!frame || !bestChoice) return { options, others: [], unknown };

    const letterOf = (id: string) => known.find((o) => o.choice.id === id)?.letter;
    const keyVerdict = verdict(this.content.model, frame, bestChoice.id);
    const why = keyVerdict.kind === 'key' ? keyVerdict.meets.map((m) => m.clause) : [];
    const candidates = known.length > 0
      ? known.map((o) => o.choice).filter((c) => c.id !== bestChoice.id)
      : frame.distractors.map((id) => this.content.model.choices.get(id)).filter((c): c is Choice => c !== undefined);
    const failing = (c: Choice): string | undefined => {
      if (keysOf(frame).includes(c.id)) return undefined;
      const v = verdict(this.content.model, frame, c.id);
      if (v.kind === 'fails') return v.clause;
      if (v.kind === 'more-effort') return `it would work, but ${v.effort}`;
      return undefined;
    };
    const others = candidates.flatMap((c) => {
      const why = failing(c);
      const letter = letterOf(c.id);
      return why ? [{ choice: c, why, ...(letter ? { letter } : {}) }] : [];
    }).slice(0, known.length > 0 ? known.length : MAX_ALTERNATIVES);
    const letter = letterOf(bestChoice.id);
    return { options, best: { choice: bestChoice, why, ...(letter ? { letter } : {}) }, others, unknown };
  }

  /** Requirements that scenario items state (not the "which statement is true" kind). */
  private scenarioRequirements() {
    if (!this.requirements) {
      const ids = new Set(this.content.model.frames.filter((f) => ANSWERABLE_KINDS.has(f.kind)).flatMap((f) => f.requirements));
      this.requirements = [...this.content.model.requirements.values()].filter((r) => ids.has(r.id));
    }
    return this.requirements;
  }

  /** The choice an option's text names: its exact label, a known name, or the topic it mentions. */
  private choiceFor(text: string): Choice | undefined {
    const key = plain(text);
    const exact = this.byLabel.get(key) ?? this.byLabel.get(key.replace(/^(amazon|aws)\s+/, ''));
    if (exact) return exact;
    const [first] = this.mentions.find(tokenize(text));
    return first ? this.content.model.choices.get(first.topic.id) : undefined;
  }

  /**
   * Hand-written items ranked by how close their closest wording is to the text (BM25 over every
   * proven stem, exact terms), how many of their requirements the text states, and whether their key
   * clearly fails something the text states.
   */
  private nearestFrames(text: string): { frame: Frame; score: number }[] {
    const index = this.ensureIndex();
    const results = index.search(termsOf(text).slice(0, MAX_TERMS));
    const top = results[0]?.score ?? 0;
    if (top < MIN_SCORE) return [];
    const closest = new Map<string, number>();
    for (const r of results) {
      if (r.score < top * HIT_SHARE) break;
      const frameId = this.bank.byId(String(r.id))?.frameId;
      if (frameId && !closest.has(frameId)) closest.set(frameId, r.score);
      if (closest.size >= NEAREST) break;
    }
    const statedAnywhere = this.scenarioRequirements().filter((r) => r.cuePatterns.some((p) => p.test(text)));
    const statedIds = new Set(statedAnywhere.map((r) => r.id));
    // A purchase option only answers a question about paying for capacity.
    const aboutPaying = PAYING.test(text);
    return [...closest.entries()].flatMap(([id, score]) => {
      const frame = this.frames.get(id);
      if (!frame || (frame.kind === 'purchase' && !aboutPaying)) return [];
      const stated = frame.requirements.filter((req) => statedIds.has(req)).length;
      const against = keysOf(frame).filter((k) => statedAnywhere.some((req) => req.fails[k] !== undefined)).length / keysOf(frame).length;
      return [{ frame, score: score / top + STATED_WEIGHT * (stated / frame.requirements.length) - FAILS_WEIGHT * against }];
    }).sort((x, y) => y.score - x.score);
  }

  private ensureIndex(): Bm25Index {
    if (this.index) return this.index;
    const answerable = this.bank.all.filter((q) => ANSWERABLE_KINDS.has(q.kind));
    const byId = new Map(this.content.model.frames.map((f) => [f.id, f]));
    for (const q of answerable) {
      const frame = byId.get(q.frameId);
      if (frame) this.frames.set(frame.id, frame);
    }
    this.index = new Bm25Index(answerable.map((q) => ({ id: q.id, terms: termsOf(q.scenario) })));
    return this.index;
  }
}

/** The words that can tell one scenario from another: no little words, no words every stem uses. */
function termsOf(text: string): string[] {
  return [...new Set(tokenize(text).filter((w) => w.length > 2 && !STOP.has(w) && !COMMON.has(w)))];
}

function plain(text: string): string {
  return text.toLowerCase().replace(/[()]/g, ' ').replace(/[.,;:!?]+$/g, '').replace(/\s+/g, ' ').trim();
}
