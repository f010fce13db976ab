/** Input hygiene shared by the parser and the lookup. */

/** Longest command text we read; anything past it is ignored rather than rejected outright. */
export const MAX_INPUT_LENGTH = 500;

// Control characters, zero-width characters and bidi overrides never carry meaning in a command.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

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
