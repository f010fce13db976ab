import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { AspectId, Topic } from '../../../content/schema.js';
import { normalize, words } from '../text.js';
import { splitAspect } from './aspect-words.js';
import { distance } from './mentions.js';

export type LookupResult =
  | { readonly kind: 'found'; readonly topic: Topic; readonly aspect?: AspectId; readonly via: 'exact' | 'fuzzy' | 'free-text' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Topic[]; readonly aspect?: AspectId }
  | { readonly kind: 'none'; readonly aspect?: AspectId };

interface NameEntry {
  readonly topicId: string;
  readonly term: string;
}

interface TextEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: string;
  readonly keywords: string;
  /** What the topic is picked for, in the words of a need ("containers without servers"). */
  readonly needs: string;
  readonly summary: string;
}

// Fuse scores run from 0 (perfect) to 1; MiniSearch scores are BM25. These bounds were tuned on the real content and the typo
// and free-text cases in test/core/lookup.test.ts.
const SURE_NAME_SCORE = 0.3;
const MAYBE_NAME_SCORE = 0.5;
const CLEAR_LEAD = 0.08;
const CLOSE_NAME_SCORE = 0.35;
/** BM25 scores are unbounded; a sure answer scores at least this much above the runner-up. */
const SURE_TEXT_LEAD = 1.4;
const SHORT_TEXT_LEAD = 3;
/** Free-text matches weaker than this (one stray word in a summary) are not matches at all. */
const MIN_TEXT_STRENGTH = 5;
/** At least half of a question's words must appear in a topic's own text for a confident answer. */
const MIN_COVERAGE = 0.5;
const MAX_SUGGESTIONS = 3;
/** Fuzzy name matching only makes sense for a few words; longer input is a question. */
const MAX_NAME_WORDS = 3;
const MAX_QUERY_WORDS = 12;
const MAX_WORD_LENGTH = 30;

// Words that carry no topic meaning in a student's question.
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its', 'is', 'are', 'was', 'be',
  'do', 'does', 'can', 'could', 'should', 'would', 'will', 'how', 'what', 'where', 'which', 'who', 'why',
  'to', 'of', 'in', 'on', 'for', 'with', 'and', 'or', 'at', 'by', 'from', 'that', 'this', 'these', 'there',
  'aws', 'amazon', 'service', 'services', 'use', 'using', 'want', 'need', 'some', 'any', 'so', 'if', 'tell', 'much', 'many', 'get', 'got', 'there', 'about',
]);

/** Prefixes people type in front of a service name. */
const NAME_PREFIXES = /^(aws|amazon|the)\s+/;

export class TopicFinder {
  private readonly byTerm = new Map<string, Topic>();
  private readonly byId: ReadonlyMap<string, Topic>;
  private readonly names: Fuse<NameEntry>;
  /**
   * Free-text questions go to MiniSearch (BM25 over an inverted index, with fuzzy terms): tenfold
   * faster than fuse.js token search on this content and with clearer leads. Fuse.js keeps the short,
   * typo-prone names and aliases.
   */
  private readonly text: MiniSearch<TextEntry>;
  private readonly vocabulary = new Map<string, ReadonlySet<string>>();
  private readonly byFirstLetter = new Map<string, { term: string; topicId: string }[]>();

  constructor(private readonly topics: readonly Topic[]) {
    this.byId = new Map(topics.map((t) => [t.id, t]));
    const nameEntries: NameEntry[] = [];
    for (const topic of topics) {
      for (const term of termsOf(topic)) {
        if (!this.byTerm.has(term)) this.byTerm.set(term, topic);
        nameEntries.push({ topicId: topic.id, term });
        const plain = term.replace(NAME_PREFIXES, '');
        this.byFirstLetter.set(plain[0] ?? '', [...(this.byFirstLetter.get(plain[0] ?? '') ?? []), { term: plain, topicId: topic.id }]);
      }
    }
    this.names = new Fuse(nameEntries, {
      keys: ['term'],
      includeScore: true,
      threshold: MAYBE_NAME_SCORE,
      ignoreLocation: true,
    });
    for (const topic of topics) {
      const entry = textEntryOf(topic);
      const text = [entry.name, topic.id, entry.aliases, entry.keywords, entry.needs, entry.summary].join(' ');
      this.vocabulary.set(topic.id, new Set(words(normalize(text).replace(/[^\p{L}\p{N}]+/gu, ' ')).map(stem)));
    }
    this.text = new MiniSearch<TextEntry>({
      fields: ['name', 'aliases', 'keywords', 'needs', 'summary'],
      searchOptions: {
        boost: { name: 3, aliases: 3, keywords: 2, needs: 1.5 },
        // Short words are left exact: "api" must not also match "app" and "apt".
        fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      },
    });
    this.text.addAll(topics.map(textEntryOf));
  }

  /** Resolves what a member typed after `/aws` to a topic and an optional aspect. */
  find(query: string): LookupResult {
    const clean = normalize(query).replace(/[?!.,;:"'`]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (clean.length === 0) return { kind: 'none' };

    const whole = this.exact(clean);
    if (whole) return { kind: 'found', topic: whole, via: 'exact' };

    const { aspect, rest } = splitAspect(words(clean));
    const withAspect = <T extends object>(result: T): T & { aspect?: AspectId } => (aspect ? { ...result, aspect } : result);
    if (rest.length === 0) return withAspect({ kind: 'none' as const });

    const remainder = rest.join(' ');
    const exact = this.exact(remainder);
    if (exact) return withAspect({ kind: 'found' as const, topic: exact, via: 'exact' as const });

    // Fuzzy matching costs grow with every word and every odd symbol, so a question is read as its
    // first few distinct words made of letters and digits.
    const meaningful = [...new Set(rest.flatMap((w) => w.replace(/[^\p{L}\p{N}\-/.]+/gu, ' ').split(' ')))]
      // Every name and keyword is written in Latin letters; words without one cannot match anything.
      .filter((w) => /[a-z0-9]/.test(w) && w.length >= 2 && w.length <= MAX_WORD_LENGTH && !STOP_WORDS.has(w))
      .slice(0, MAX_QUERY_WORDS);
    if (meaningful.length === 0 || !/\p{L}.*\p{L}/u.test(meaningful.join(''))) return withAspect({ kind: 'none' as const });
    const core = meaningful.join(' ');
    const exactCore = this.exact(core);
    if (exactCore) return withAspect({ kind: 'found' as const, topic: exactCore, via: 'exact' as const });

    // A real word that topics use ("edge", "messaging") is read as text; a word no topic uses is
    // more likely a misspelt name ("fargte").
    const known = meaningful.some((w) => [...this.vocabulary.values()].some((v) => v.has(stem(w))));
    if (meaningful.length <= MAX_NAME_WORDS && !(meaningful.length === 1 && known)) {
      const ranked = this.rankNamesByEdits(core);
      const [best, second] = ranked;
      if (best && best.score <= SURE_NAME_SCORE && (!second || second.score - best.score >= CLEAR_LEAD)) {
        return withAspect({ kind: 'found' as const, topic: best.topic, via: 'fuzzy' as const });
      }
      // A single word only earns suggestions when it is close to a name; "pizza" resembles nothing.
      if (best && meaningful.length === 1 && core.length >= 4 && best.score <= CLOSE_NAME_SCORE) {
        return withAspect({ kind: 'ambiguous' as const, candidates: examFirst(ranked.slice(0, MAX_SUGGESTIONS * 2).map((m) => m.topic)).slice(0, MAX_SUGGESTIONS) });
      }
    }

    const ranked = this.rankText(core).filter((m) => m.strength >= MIN_TEXT_STRENGTH);
    const [best, second] = ranked;
    if (!best) return withAspect({ kind: 'none' as const });
    // One or two loose words ("messaging", "hybrid") need a far clearer lead than a whole question.
    const lead = meaningful.length <= 2 ? SHORT_TEXT_LEAD : SURE_TEXT_LEAD;
    const clearLead = !second || best.strength >= second.strength * lead;
    if (clearLead && this.coverage(best.topic, meaningful) >= MIN_COVERAGE) {
      return withAspect({ kind: 'found' as const, topic: best.topic, via: 'free-text' as const });
    }
    // Suggest only topics that share at least half the question's real words: one stray word is noise.
    const needed = meaningful.length === 2 ? 1 : MIN_COVERAGE;
    const covering = ranked.filter((m) => this.coverage(m.topic, meaningful) >= needed);
    // Two loose words ("secrets and config") may each point somewhere: suggest those too, but only next
    // to a topic that has both.
    const plausible = (covering.length === 1 ? [...covering, ...ranked.filter((m) => !covering.includes(m) && this.coverage(m.topic, meaningful) >= MIN_COVERAGE)] : covering)
      .slice(0, MAX_SUGGESTIONS * 2).map((m) => m.topic);
    const suggestions = examFirst(plausible).slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) return withAspect({ kind: 'none' as const });
    return withAspect({ kind: 'ambiguous' as const, candidates: suggestions });
  }

  /** Topics whose names start with or resemble the prefix: feeds Discord autocomplete. */
  suggest(prefix: string, limit = 25): Topic[] {
    const clean = normalize(prefix);
    if (clean.length === 0) return this.topics.slice(0, limit);
    const starts = this.topics.filter((t) => termsOf(t).some((term) => term.startsWith(clean)));
    const fuzzy = this.rankNames(clean).map((m) => m.topic);
    return unique([...starts, ...fuzzy]).slice(0, limit);
  }

  /** A bare MiniSearch query on the free-text index: the baseline the lookup benchmark compares against. */
  searchText(text: string): number {
    return this.text.search(text).length;
  }

  topicById(id: string): Topic | undefined {
    return this.byId.get(id);
  }

  private exact(text: string): Topic | undefined {
    return this.byTerm.get(text) ?? this.byTerm.get(text.replace(NAME_PREFIXES, ''));
  }

  /**
   * Names within a few typing mistakes of the text, scored by edits per letter (0 is exact). A bounded
   * edit distance over the names that start with the same letter: tens of microseconds, where fuse.js
   * over every name took milliseconds.
   */
  private rankNamesByEdits(text: string): { topic: Topic; score: number }[] {
    const plain = text.replace(NAME_PREFIXES, '');
    const max = Math.max(1, Math.floor(plain.length * 0.3));
    const best = new Map<string, number>();
    for (const { term, topicId } of this.byFirstLetter.get(plain[0] ?? '') ?? []) {
      if (Math.abs(term.length - plain.length) > max) continue;
      const d = distance(plain, term, max);
      if (d > max) continue;
      const score = d / Math.max(plain.length, term.length);
      const previous = best.get(topicId);
      if (previous === undefined || score < previous) best.set(topicId, score);
    }
    return this.ranked(best);
  }

  /** Each topic's best score, lowest first; equal scores put what is on the exam first ("code" -> CodeBuild). */
  private ranked(best: ReadonlyMap<string, number>): { topic: Topic; score: number }[] {
    const onExam = (id: string) => (this.byId.get(id)?.examScope === 'in-scope' ? 0 : 1);
    return [...best.entries()]
      .sort((x, y) => x[1] - y[1] || onExam(x[0]) - onExam(y[0]))
      .flatMap(([id, score]) => {
        const topic = this.byId.get(id);
        return topic ? [{ topic, score }] : [];
      });
  }

  private rankNames(text: string): { topic: Topic; score: number }[] {
    const best = new Map<string, number>();
    for (const hit of this.names.search(text.replace(NAME_PREFIXES, ''))) {
      const score = hit.score ?? 1;
      const previous = best.get(hit.item.topicId);
      if (previous === undefined || score < previous) best.set(hit.item.topicId, score);
    }
    return this.ranked(best);
  }

  /** Share of the query's words that the topic's own text uses: guards against one stray match. */
  private coverage(topic: Topic, queryWords: readonly string[]): number {
    const vocabulary = this.vocabulary.get(topic.id);
    if (!vocabulary || queryWords.length === 0) return 0;
    return queryWords.filter((w) => vocabulary.has(stem(w))).length / queryWords.length;
  }

  private rankText(text: string): { topic: Topic; strength: number }[] {
    return this.text.search(text).flatMap((hit) => {
      const topic = this.byId.get(String(hit.id));
      return topic ? [{ topic, strength: hit.score }] : [];
    });
  }
}

/** Plural and singular count as one word ("images" and "image"). */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function termsOf(topic: Topic): string[] {
  return unique([topic.name.toLowerCase(), topic.id, topic.id.replace(/-/g, ' '), ...topic.aliases]
    .map((term) => normalize(term)));
}

function textEntryOf(topic: Topic): TextEntry {
  return {
    id: topic.id,
    name: topic.name,
    aliases: topic.aliases.join(' '),
    keywords: topic.keywords.join(' '),
    needs: [topic.atAGlance.pickWhen, topic.aspects.pickWhen?.text ?? ''].join(' '),
    summary: topic.summary,
  };
}

/** Topics on the exam first, keeping the order within each group: what a study group most likely meant. */
function examFirst(topics: readonly Topic[]): Topic[] {
  return [...topics.filter((t) => t.examScope === 'in-scope'), ...topics.filter((t) => t.examScope !== 'in-scope')];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
