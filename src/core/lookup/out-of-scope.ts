import type { OutOfScopeService } from '../../../content/out-of-scope.js';

export type { OutOfScopeService } from '../../../content/out-of-scope.js';

const MAX_NAME_WORDS = 5;

/**
 * Finds AWS services the bot does not cover (CloudFront, Route 53, Kinesis…) named in a question, so
 * the bot can say so instead of answering with the nearest covered name. Whole names only: a typo of
 * an uncovered name is not worth a false "I don't cover it".
 */
export class OutOfScopeFinder {
  private readonly byName = new Map<string, OutOfScopeService>();

  constructor(catalog: readonly OutOfScopeService[]) {
    for (const service of catalog) {
      for (const name of [service.name, ...service.names]) {
        const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
        if (!this.byName.has(key)) this.byName.set(key, service);
      }
    }
  }

  /** The first uncovered service named in the words, with the word positions its name takes. */
  find(words: readonly string[]): { service: OutOfScopeService; positions: Set<number> } | undefined {
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
        const service = this.byName.get(words.slice(i, i + n).join(' '));
        if (service) return { service, positions: new Set(Array.from({ length: n }, (_, k) => i + k)) };
      }
    }
    return undefined;
  }
}
