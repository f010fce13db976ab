import MiniSearch from 'minisearch';
import type { Content } from '../../../content/load.js';
import type { Model } from '../../../content/model/load-model.js';
import type { Choice } from '../../../content/model/schema.js';
import { keysOf, verdict } from '../questions/prove.js';
import type { Question, QuestionBank } from '../questions/question.js';
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
/** What one stated requirement is worth against the best nearest scenario (1). */
const CUE_WEIGHT = 0.15;

/** Words in nearly every stem: they rank nothing and cost the most to score. */
const COMMON = new Set(['company', 'companies', 'team', 'which', 'these', 'requirements', 'meet', 'meets', 'should', 'must', 'needs', 'wants', 'without', 'not', 'does', 'they', 'them', 'their', 'all', 'each', 'every', 'has', 'was', 'were', 'but', 'than', 'into', 'only', 'also', 'more', 'most', 'least']);

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
  private index?: MiniSearch<{ id: string; stem: string }>;
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
    const hits = this.nearest(stem || text);
    const allowed = known.length > 0 ? new Set(known.map((o) => o.choice.id)) : undefined;

    // Two kinds of evidence from the model: the proven scenarios nearest to the text vote for their
    // keys, and every requirement whose cue the text states counts for the choices that meet it and
    // against those that clearly fail it.
    const top = hits[0]?.score ?? 0;
    const votes = new Map<string, { score: number; question?: Question }>();
    const vote = (id: string, score: number, question?: Question) => {
      if (allowed && !allowed.has(id)) return;
      const v = votes.get(id);
      votes.set(id, { score: (v?.score ?? 0) + score, ...(v?.question ?? question ? { question: v?.question ?? question } : {}) });
    };
    // The nearest scenario of each key counts once: a frame written in three wordings is one vote.
    for (const { question, score } of hits) {
      for (const k of question.keys) {
        const id = question.options[k]?.choiceId ?? '';
        if (!votes.has(id)) vote(id, score / Math.max(top, 1), question);
      }
    }
    const stated = this.scenarioRequirements().filter((r) => r.cuePatterns.some((p) => p.test(stem || text)));
    // Cues adjust the candidates the nearest scenarios (or the pasted options) put forward; they never
    // bring in a service of their own, since one word can be stated for many reasons.
    for (const r of stated) {
      for (const id of Object.keys(r.meets)) if (votes.has(id) || allowed?.has(id)) vote(id, CUE_WEIGHT);
      for (const id of Object.keys(r.fails)) if (votes.has(id)) vote(id, -CUE_WEIGHT);
    }
    const [winner] = [...votes.entries()].sort((a, b) => b[1].score - a[1].score);
    const bestChoice = winner ? this.content.model.choices.get(winner[0]) : undefined;
    if (!winner || !bestChoice || (top < MIN_SCORE && stated.length === 0)) return { options, others: [], unknown };

    const question = winner[1].question;
    const frame = question ? this.content.model.frames.find((f) => f.id === question.frameId) : undefined;
    const letterOf = (id: string) => known.find((o) => o.choice.id === id)?.letter;
    const keyVerdict = frame ? verdict(this.content.model, frame, bestChoice.id) : undefined;
    const why = keyVerdict?.kind === 'key'
      ? keyVerdict.meets.map((m) => m.clause)
      : stated.flatMap((r) => {
        const met = r.meets[bestChoice.id];
        return met === undefined ? [] : [met === true ? r.met : met];
      }).slice(0, 2);

    const candidates = known.length > 0
      ? known.map((o) => o.choice).filter((c) => c.id !== bestChoice.id)
      : (question?.options ?? []).map((o) => this.content.model.choices.get(o.choiceId)).filter((c): c is Choice => c !== undefined && c.id !== bestChoice.id);
    const failing = (c: Choice): string | undefined => {
      if (frame && !keysOf(frame).includes(c.id)) {
        const v = verdict(this.content.model, frame, c.id);
        if (v.kind === 'fails') return v.clause;
        if (v.kind === 'more-effort') return `it would work, but ${v.effort}`;
      }
      return stated.map((r) => r.fails[c.id]).find((clause) => clause !== undefined);
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

  private nearest(text: string): { question: Question; score: number }[] {
    const index = this.ensureIndex();
    // Exact terms, each once, at most a pasted question's worth: fuzzy matching every word of a long
    // paste costs tens of milliseconds and adds nothing the stems' own wording does not give.
    const terms = [...new Set(tokenize(text).filter((w) => w.length > 2 && !STOP.has(w) && !COMMON.has(w)))].slice(0, MAX_TERMS).join(' ');
    const results = index.search(terms, { combineWith: 'OR', fuzzy: false, prefix: false }).slice(0, NEAREST);
    const top = results[0]?.score ?? 0;
    return results.filter((r) => r.score >= top * HIT_SHARE).flatMap((r) => {
      const question = this.bank.byId(String(r.id));
      return question && ANSWERABLE_KINDS.has(question.kind) ? [{ question, score: r.score }] : [];
    });
  }

  private ensureIndex(): MiniSearch<{ id: string; stem: string }> {
    if (this.index) return this.index;
    const index = new MiniSearch<{ id: string; stem: string }>({ fields: ['stem'], storeFields: [] });
    index.addAll(this.bank.all.map((q) => ({ id: q.id, stem: q.scenario })));
    this.index = index;
    return index;
  }
}

function plain(text: string): string {
  return text.toLowerCase().replace(/[()]/g, ' ').replace(/[.,;:!?]+$/g, '').replace(/\s+/g, ' ').trim();
}
