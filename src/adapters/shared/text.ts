/**
 * Fitting text into a platform's limits, the same way on every platform: clip one string, split a
 * long one into pieces, and say how much was left out. Lengths are UTF-16 units, the stricter count
 * (Slack and Discord both count at least that), and no cut ever splits a character.
 */

/** A field as Slack and Discord document it: a non-empty string. Anything else in a payload is treated as missing. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Whitespace runs folded to one space: for labels, titles and command descriptions. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface ClipOptions {
  /**
   * The text is escaped markdown (Discord): never end on an escaping backslash, and close a code
   * span the cut would leave open.
   */
  readonly markdown?: boolean;
}

/** At most `max` UTF-16 units, ending with … when cut. */
export function clip(text: string, max: number, options: ClipOptions = {}): string {
  if (text.length <= max) return text;
  let out = takeChars(text, max - 1);
  if (!options.markdown) return `${out}…`;
  if (endsEscaping(out)) out = out.slice(0, -1);
  if (openTicks(out) % 2 === 0) return `${out}…`;
  // An open code span gets closed, which needs one more character of room.
  out = Array.from(out).slice(0, -1).join('');
  if (endsEscaping(out)) out = out.slice(0, -1);
  return openTicks(out) % 2 === 0 ? `${out}…` : `${out}\`…`;
}

/** The longest start of `text` of at most `max` units that ends on a whole character. */
function takeChars(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** Whether the text ends in an odd run of backslashes (which would escape what follows). */
function endsEscaping(text: string): boolean {
  return (/\\+$/.exec(text)?.[0].length ?? 0) % 2 === 1;
}

/** Backticks that are not escaped: code span delimiters. */
function openTicks(text: string): number {
  let count = 0;
  let slashes = 0;
  for (const char of text) {
    if (char === '`' && slashes % 2 === 0) count += 1;
    slashes = char === '\\' ? slashes + 1 : 0;
  }
  return count;
}

/**
 * Cuts text into pieces of at most `max` units, none of them blank. It prefers a line break, then a
 * space, in the second half of the piece (the break itself is dropped), else cuts hard. A cut never
 * splits a character, an HTML entity (`&amp;`: Slack's escapes) or an escape (`\*`: Discord's), so
 * every piece shows as it would have in the whole.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut <= max / 2) cut = rest.lastIndexOf(' ', max);
    const atBreak = cut > max / 2;
    if (!atBreak) cut = safeHardCut(rest, max);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(atBreak ? cut + 1 : cut);
  }
  pieces.push(rest);
  return pieces.filter((piece) => piece.trim().length > 0);
}

function safeHardCut(text: string, max: number): number {
  let cut = max;
  // Not between the halves of a surrogate pair.
  if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut -= 1;
  // Not inside an entity such as &amp; (at most 8 long).
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp > 0 && amp > cut - 8 && /^&[#\w]+;/.test(text.slice(amp, amp + 10)) && text.indexOf(';', amp) >= cut) cut = amp;
  // Not right after an escaping backslash.
  while (cut > 1 && endsEscaping(text.slice(0, cut))) cut -= 1;
  return Math.max(1, cut);
}

/** The note that stands where trailing parts were cut to fit one message. */
export function moreParts(hidden: number, platform: 'Slack' | 'Discord'): string {
  return `…and ${hidden} more part${hidden === 1 ? '' : 's'} that do not fit in one ${platform} message.`;
}
