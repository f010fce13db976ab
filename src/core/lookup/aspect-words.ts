import type { AspectId } from '../../../content/schema.js';

/**
 * Words (and two-word phrases) a student uses for each aspect. Keys are normalized text.
 * Multi-word phrases are matched before single words.
 */
const SYNONYMS: Record<AspectId, readonly string[]> = {
  overview: ['overview', 'about', 'what is', 'what are', 'intro', 'introduction', 'summary', 'basics', 'explain', 'info'],
  pricing: ['pricing', 'price', 'prices', 'cost', 'costs', 'billing', 'bill', 'charge', 'charges', 'pay', 'fee', 'fees', 'free tier', 'free', 'cheap', 'how much', 'expensive', 'priced'],
  limits: ['limits', 'limit', 'max', 'maximum', 'min', 'minimum', 'quota', 'quotas', 'timeout', 'memory', 'constraints', 'how long', 'how big'],
  useCases: ['use cases', 'use case', 'usecases', 'usecase', 'uses', 'examples', 'example', 'when to use', 'used for', 'scenarios', 'scenario'],
  examTips: ['exam', 'exam tips', 'exam tip', 'tips', 'tip', 'ccp', 'clf', 'clf-c02', 'remember', 'cheat sheet'],
  pickWhen: ['pick', 'pick when', 'choose', 'pick it when', 'when should'],
  differences: ['differences', 'difference', 'differ', 'vs', 'versus', 'compared', 'neighbours', 'neighbors', 'alternatives'],
};

const PHRASES: ReadonlyMap<string, AspectId> = new Map(
  (Object.entries(SYNONYMS) as [AspectId, readonly string[]][])
    .flatMap(([aspect, list]) => list.map((word) => [word, aspect] as const)),
);

export interface AspectSplit {
  readonly aspect?: AspectId;
  /** The words left once the aspect words are taken out. */
  readonly rest: string[];
}

/**
 * Finds aspect words anywhere in the query ("lambda pricing", "how much does lambda cost") and
 * returns the remaining words. When several aspects appear, the last one wins ("what are the
 * lambda limits" is about limits, not the overview).
 */
export function splitAspect(queryWords: readonly string[]): AspectSplit {
  const rest: string[] = [];
  let aspect: AspectId | undefined;
  for (let i = 0; i < queryWords.length; i++) {
    const pair = i + 1 < queryWords.length ? `${queryWords[i]} ${queryWords[i + 1]}` : undefined;
    const pairAspect = pair ? PHRASES.get(pair) : undefined;
    if (pairAspect) {
      aspect = pairAspect;
      i++;
      continue;
    }
    const single = PHRASES.get(queryWords[i] ?? '');
    if (single) {
      aspect = single;
      continue;
    }
    rest.push(queryWords[i] ?? '');
  }
  return aspect ? { aspect, rest } : { rest };
}

export function aspectFromWord(word: string): AspectId | undefined {
  return PHRASES.get(word);
}


/** Words that ask for the corrections to older course notes rather than an aspect of the page. */
const CORRECTIONS = new Set(['corrections', 'correction', 'errata', 'older notes', 'old notes', 'what changed', 'outdated', 'stale', 'changes', 'changed']);

/**
 * Every aspect a question asks for, in the order asked ("lambda pricing limits" -> pricing, limits),
 * and which of its words asked for them.
 */
export function aspectsIn(queryWords: readonly string[]): { list: ('corrections' | AspectId)[]; words: Set<string> } {
  const list: ('corrections' | AspectId)[] = [];
  const used = new Set<string>();
  for (let i = 0; i < queryWords.length; i++) {
    const one = queryWords[i] ?? '';
    const pair = i + 1 < queryWords.length ? `${one} ${queryWords[i + 1]}` : '';
    const hit = (pair && (CORRECTIONS.has(pair) ? 'corrections' : PHRASES.get(pair))) || undefined;
    if (hit) {
      if (!list.includes(hit)) list.push(hit);
      used.add(one);
      used.add(queryWords[i + 1] ?? '');
      i++;
      continue;
    }
    const single = CORRECTIONS.has(one) ? 'corrections' : PHRASES.get(one);
    if (single) {
      if (!list.includes(single)) list.push(single);
      used.add(one);
    }
  }
  return { list, words: used };
}
