/** Input hygiene shared by the parser and the lookup. */
import { INVISIBLE } from './sanitize.js';

/** Longest command text we read; anything past it is ignored rather than rejected outright. */
export const MAX_INPUT_LENGTH = 500;

/** Lower-cased, trimmed, single-spaced text without control characters. */
// Terminal colour and cursor codes pasted from a console.
const ANSI_ESCAPES = /\u001b\[[0-9;?]*[A-Za-z]/g;

export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ANSI_ESCAPES, ' ')
    .replace(INVISIBLE, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A short, inert version of user text that is safe to echo back on any platform: no markup
 * characters, no mentions, at most `max` characters.
 */
export function quoteUserText(text: string, max = 40): string {
  const plain = text
    .replace(INVISIBLE, ' ')
    .replace(/[`*_~|<>@#&[\]()\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length === 0) return '(nothing)';
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

export function words(text: string): string[] {
  return text.split(' ').filter((w) => w.length > 0);
}

/** Whether `needle` stands in `haystack` as whole words (both already in the same case). */
export function containsWords(haystack: string, needle: string): boolean {
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    const before = haystack[i - 1] ?? ' ';
    const after = haystack[i + needle.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
  }
  return false;
}

/** "a", "a, and it b", "a, it b, and it c" (the caller says the first "it"): each clause keeps its own subject. */
export function joinClauses(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', it ')}, and it ${parts[parts.length - 1]}`;
}
