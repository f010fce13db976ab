import Fuse from 'fuse.js';
import type { AspectId, Topic } from '../../../content/schema.js';
import { TRAITS } from '../../../content/traits.js';
import { normalize, words } from '../text.js';
import { splitAspect } from './aspect-words.js';

export type LookupResult =
  | { readonly kind: 'found'; readonly topic: Topic; readonly aspect?: AspectId; readonly via: 'exact' | 'fuzzy' | 'free-text' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Topic[]; readonly aspect?: AspectId }
  | { readonly kind: 'none'; readonly aspect?: AspectId };

interface NameEntry {
  readonly topicId: string;
  readonly term: string;
}

interface TextEntry {
  readonly topicId: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly keywords: readonly string[];
  readonly traits: readonly string[];
  readonly summary: string;
}

// Fuse scores run from 0 (perfect) to 1. These bounds were tuned on the real content and the typo
// and free-text cases in test/core/lookup.test.ts.
const SURE_NAME_SCORE = 0.3;
const MAYBE_NAME_SCORE = 0.5;
const CLEAR_LEAD = 0.08;
const SURE_TEXT_LEAD = 1.25;
const MAX_SUGGESTIONS = 3;
/** Fuzzy name matching only makes sense for a few words; longer input is a question. */
const MAX_NAME_WORDS = 3;

// Words that carry no topic meaning in a student's question.
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its', 'is', 'are', 'was', 'be',
  'do', 'does', 'can', 'could', 'should', 'would', 'will', 'how', 'what', 'where', 'which', 'who', 'why',
  'to', 'of', 'in', 'on', 'for', 'with', 'and', 'or', 'at', 'by', 'from', 'that', 'this', 'these', 'there',
  'aws', 'amazon', 'service', 'services', 'use', 'using', 'want', 'need', 'some', 'any', 'so', 'if', 'tell',
]);

/** Prefixes people type in front of a service name. */
const NAME_PREFIXES = /^(aws|amazon|the)\s+/;

export class TopicFinder {
  private readonly byTerm = new Map<string, Topic>();
  private readonly byId: ReadonlyMap<string, Topic>;
  private readonly names: Fuse<NameEntry>;
  private readonly text: Fuse<TextEntry>;

  constructor(private readonly topics: readonly Topic[]) {
    this.byId = new Map(topics.map((t) => [t.id, t]));
    const nameEntries: NameEntry[] = [];
    for (const topic of topics) {
      for (const term of termsOf(topic)) {
        if (!this.byTerm.has(term)) this.byTerm.set(term, topic);
        nameEntries.push({ topicId: topic.id, term });
      }
    }
    this.names = new Fuse(nameEntries, {
      keys: ['term'],
      includeScore: true,
      threshold: MAYBE_NAME_SCORE,
      ignoreLocation: true,
    });
    this.text = new Fuse(topics.map(textEntryOf), {
      keys: [
        { name: 'name', weight: 3 },
        { name: 'aliases', weight: 3 },
        { name: 'keywords', weight: 2 },
        { name: 'traits', weight: 1.5 },
        { name: 'summary', weight: 1 },
      ],
      includeScore: true,
      useTokenSearch: true,
      threshold: 0.4,
    });
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

    if (rest.length <= MAX_NAME_WORDS) {
      const ranked = this.rankNames(remainder);
      const [best, second] = ranked;
      if (best && best.score <= SURE_NAME_SCORE && (!second || second.score - best.score >= CLEAR_LEAD)) {
        return withAspect({ kind: 'found' as const, topic: best.topic, via: 'fuzzy' as const });
      }
      if (best && rest.length === 1) {
        return withAspect({ kind: 'ambiguous' as const, candidates: ranked.slice(0, MAX_SUGGESTIONS).map((m) => m.topic) });
      }
    }

    const meaningful = rest.filter((w) => !STOP_WORDS.has(w));
    if (meaningful.length === 0) return withAspect({ kind: 'none' as const });
    const ranked = this.rankText(meaningful.join(' '));
    const [best, second] = ranked;
    if (!best) return withAspect({ kind: 'none' as const });
    if (!second || best.strength >= second.strength * SURE_TEXT_LEAD) {
      return withAspect({ kind: 'found' as const, topic: best.topic, via: 'free-text' as const });
    }
    return withAspect({ kind: 'ambiguous' as const, candidates: ranked.slice(0, MAX_SUGGESTIONS).map((m) => m.topic) });
  }

  /** Topics whose names start with or resemble the prefix: feeds Discord autocomplete. */
  suggest(prefix: string, limit = 25): Topic[] {
    const clean = normalize(prefix);
    if (clean.length === 0) return this.topics.slice(0, limit);
    const starts = this.topics.filter((t) => termsOf(t).some((term) => term.startsWith(clean)));
    const fuzzy = this.rankNames(clean).map((m) => m.topic);
    return unique([...starts, ...fuzzy]).slice(0, limit);
  }

  topicById(id: string): Topic | undefined {
    return this.byId.get(id);
  }

  private exact(text: string): Topic | undefined {
    return this.byTerm.get(text) ?? this.byTerm.get(text.replace(NAME_PREFIXES, ''));
  }

  private rankNames(text: string): { topic: Topic; score: number }[] {
    const best = new Map<string, number>();
    for (const hit of this.names.search(text.replace(NAME_PREFIXES, ''))) {
      const score = hit.score ?? 1;
      const previous = best.get(hit.item.topicId);
      if (previous === undefined || score < previous) best.set(hit.item.topicId, score);
    }
    return [...best.entries()]
      .sort((x, y) => x[1] - y[1])
      .flatMap(([id, score]) => {
        const topic = this.byId.get(id);
        return topic ? [{ topic, score }] : [];
      });
  }

  private rankText(text: string): { topic: Topic; strength: number }[] {
    return this.text.search(text).flatMap((hit) => {
      const topic = this.byId.get(hit.item.topicId);
      // Token search scores shrink as more words match; turn them into a strength to compare leads.
      return topic ? [{ topic, strength: 1 - (hit.score ?? 1) + Number.EPSILON }] : [];
    });
  }
}

function termsOf(topic: Topic): string[] {
  return unique([topic.name.toLowerCase(), topic.id, topic.id.replace(/-/g, ' '), ...topic.aliases]
    .map((term) => normalize(term)));
}

function textEntryOf(topic: Topic): TextEntry {
  return {
    topicId: topic.id,
    name: topic.name,
    aliases: topic.aliases,
    keywords: topic.keywords,
    traits: topic.traits.flatMap((id) => [...TRAITS[id].needs, TRAITS[id].has]),
    summary: topic.summary,
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
