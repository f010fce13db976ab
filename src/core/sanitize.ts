/**
 * The one sanitizer for text that came from members and is shown again: names (on boards, reveals,
 * recaps) and echoed words. Every front end hands the core names through it (Studybot does it at the
 * door), so each renderer gets text that cannot reorder itself, hide characters or format itself.
 */

/**
 * Control characters, zero-width characters, bidi embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069), the Arabic letter mark and the Mongolian vowel separator: none carries meaning in a
 * name, and bidi controls can make "bob" read as someone else's name on a public board.
 */
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Text without invisible controls, on one line, single-spaced. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Characters that format text on Slack (`*bold*`, `_italic_`, `~strike~`, `code`) or Discord, shown
 * in a name as look-alikes that format nothing. Slack's mrkdwn has no escape character, so swapping
 * them is the only way that works on every platform alike.
 */
const FORMATTING: Readonly<Record<string, string>> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ', '|': 'ǀ', '<': '‹', '>': '›' };

const NAME_MAX = 64;

/** A member's name as every renderer shows it: clean, inert, at most 64 characters, never empty. */
export function displayName(name: string): string {
  const clean = cleanText(name.normalize('NFC')).replace(/[*_~`|<>]/g, (c) => FORMATTING[c] ?? c);
  if (clean.length === 0) return 'someone';
  const chars = Array.from(clean);
  return chars.length > NAME_MAX ? `${chars.slice(0, NAME_MAX - 1).join('')}…` : clean;
}
