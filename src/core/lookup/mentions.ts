import type { Topic } from '../../../content/schema.js';

/** A name, alias or misspelling of a topic found in a question, with where it sits. */
export interface Mention {
  readonly topic: Topic;
  /** Word positions [start, end) in the question. */
  readonly start: number;
  readonly end: number;
  readonly via: 'exact' | 'fuzzy';
}

/** Longest name we try to match, in words ("aws systems manager session manager"). */
const MAX_NAME_WORDS = 6;
/** Words that are English first and a name only by accident; never matched fuzzily. */
const NOT_FUZZY = new Set([
  'what', 'when', 'where', 'which', 'with', 'does', 'doesn', 'have', 'need', 'want', 'about', 'there', 'their', 'these', 'those',
  'code', 'cost', 'costs', 'free', 'time', 'long', 'much', 'many', 'more', 'most', 'less', 'best', 'better', 'like', 'just', 'only',
  'make', 'many', 'data', 'file', 'files', 'apps', 'home', 'work', 'jobs', 'team', 'teams', 'site', 'page', 'same', 'some', 'able',
  'than', 'then', 'them', 'they', 'this', 'that', 'from', 'into', 'over', 'each', 'also', 'both', 'will', 'would', 'should', 'could',
  'limits', 'limit', 'pricing', 'price', 'exam', 'tips', 'compare', 'versus', 'difference', 'between', 'server', 'servers', 'scale',
  'build', 'deploy', 'store', 'event', 'events', 'queue', 'run', 'runs', 'running', 'image', 'images', 'python', 'java', 'cheap',
  'cloud', 'practitioner', 'exam', 'exams', 'question', 'questions', 'weather', 'recipe', 'game', 'night', 'series', 'shared',
]);

/**
 * Finds the topics a question names: its longest exact names and aliases first, then single words
 * one or two typing mistakes away from a one-word name ("fargte", "lamda"). Pure and fast: a map
 * lookup per n-gram and a bounded edit distance against a few hundred one-word names.
 */
export class MentionFinder {
  private readonly byTerm = new Map<string, Topic>();
  /** Names like "eks fargate" that are two topics' names side by side: read as two when comparing. */
  private readonly pairs = new Set<string>();
  private readonly oneWord: { term: string; topic: Topic }[] = [];

  constructor(topics: readonly Topic[]) {
    for (const topic of topics) {
      for (const term of termsOf(topic)) {
        if (!this.byTerm.has(term)) this.byTerm.set(term, topic);
        if (!term.includes(' ') && term.length >= 4) this.oneWord.push({ term, topic });
      }
    }
    for (const term of this.byTerm.keys()) {
      const parts = term.split(' ');
      for (let cut = 1; cut < parts.length; cut++) {
        const left = this.byTerm.get(parts.slice(0, cut).join(' '));
        const right = this.byTerm.get(parts.slice(cut).join(' '));
        if (left && right && left.id !== right.id) this.pairs.add(term);
      }
    }
  }

  /** Exact match of a whole phrase to a topic name or alias. */
  exact(phrase: string): Topic | undefined {
    return this.byTerm.get(phrase) ?? this.byTerm.get(phrase.replace(/^(aws|amazon|the)\s+/, ''));
  }

  /**
   * Every topic named in the words, left to right, without overlaps. `skip` marks words already used;
   * `split` reads a name made of two topics' names ("eks fargate") as both, as a comparison wants.
   */
  find(words: readonly string[], skip: ReadonlySet<number> = new Set(), split = false): Mention[] {
    const found: Mention[] = [];
    for (let i = 0; i < words.length; i++) {
      if (skip.has(i)) continue;
      let hit: Mention | undefined;
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && !hit; n--) {
        const span = words.slice(i, i + n);
        if (span.some((_, k) => skip.has(i + k))) continue;
        const phrase = span.join(' ');
        const topic = split && this.pairs.has(phrase) ? undefined : this.byTerm.get(phrase);
        if (topic) hit = { topic, start: i, end: i + n, via: 'exact' };
      }
      if (!hit) {
        const topic = this.fuzzy(words[i] ?? '');
        if (topic) hit = { topic, start: i, end: i + 1, via: 'fuzzy' };
      }
      if (hit) {
        found.push(hit);
        i = hit.end - 1;
      }
    }
    return found;
  }

  private fuzzy(word: string): Topic | undefined {
    if (word.length < 4 || NOT_FUZZY.has(word) || !/^[a-z0-9-]+$/.test(word)) return undefined;
    const allowed = word.length <= 5 ? 1 : 2;
    let best: { topic: Topic; distance: number } | undefined;
    let tie = false;
    for (const { term, topic } of this.oneWord) {
      if (Math.abs(term.length - word.length) > allowed) continue;
      const d = distance(word, term, allowed);
      if (d > allowed) continue;
      if (!best || d < best.distance) {
        best = { topic, distance: d };
        tie = false;
      } else if (d === best.distance && topic.id !== best.topic.id) {
        tie = true;
      }
    }
    return best && !tie ? best.topic : undefined;
  }
}

export function termsOf(topic: Topic): string[] {
  const clean = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  return [...new Set([topic.name, topic.id, topic.id.replace(/-/g, ' '), ...topic.aliases].map(clean))];
}

/** Optimal string alignment distance (a swap of two neighbours counts once), stopping past `max`. */
export function distance(a: string, b: string, max: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[cols - 1] ?? max + 1;
}
