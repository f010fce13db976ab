import { createHash } from 'node:crypto';
import type { Question } from './question.js';

/**
 * A hash of everything a member reads in a question: stem, options and explanations. A report holds
 * the hash of the text it was about, so fixing any part of a reported question makes it askable again.
 */
export function questionTextHash(question: Question): string {
  const text = [question.scenario, ...question.options.flatMap((o) => [o.label, o.explanation, String(o.correct)])].join('\u0000');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
