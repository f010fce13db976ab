import { formatMinutes, instantOf, localParts } from '../../core/daily/local-time.js';
import { quoteUserText } from '../../core/text.js';

/** What `/time …` asks for: show the time, travel to an instant, or a friendly refusal. */
export type TimeRequest =
  | { readonly kind: 'show' }
  | { readonly kind: 'travel'; readonly to: Date }
  | { readonly kind: 'refused'; readonly message: string };

const MINUTE = 60_000;
const UNIT_MS = { w: 7 * 1440 * MINUTE, d: 1440 * MINUTE, h: 60 * MINUTE, m: MINUTE } as const;
/** A year at a time keeps one jump to seconds and its printout readable. */
export const MAX_TRAVEL_MS = 366 * UNIT_MS.d;

const EXAMPLES = 'Try /time +1d, /time +3h, /time +30m or /time 2026-12-07 09:00.';
const RELATIVE = /^\+\s*((?:\d{1,6}\s*(?:w|d|h|m|min)\s*)+)$/i;
const PART = /(\d{1,6})\s*(w|d|h|m|min)/gi;
const ABSOLUTE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]+(\d{1,2}):(\d{2}))?$/;

/** The bot's time as members read it: "2026-12-07 09:00 Europe/Berlin". */
export function localText(instant: Date, timeZone: string): string {
  const parts = localParts(instant, timeZone);
  return `${parts.date} ${formatMinutes(parts.minutes)} ${timeZone}`;
}

/**
 * Reads the words after `/time`: nothing (show), `+1d`, `+3h`, `+30m`, `+1w`, `+1d 2h`, or a local
 * `YYYY-MM-DD [HH:MM]` in `timeZone`. Only forward, and at most a year.
 */
export function parseTimeCommand(args: string, now: Date, timeZone: string): TimeRequest {
  const text = args.trim();
  if (text === '') return { kind: 'show' };
  if (/^-/.test(text)) return backwards(now, timeZone);
  const relative = RELATIVE.exec(text);
  if (relative) {
    let ms = 0;
    for (const [, amount, unit] of (relative[1] ?? '').matchAll(PART)) {
      ms += Number(amount) * UNIT_MS[(unit ?? 'm').toLowerCase().charAt(0) as keyof typeof UNIT_MS];
    }
    return checked(new Date(now.getTime() + ms), now, timeZone);
  }
  const absolute = ABSOLUTE.exec(text);
  if (absolute) {
    const [, y, mo, d, h = '0', mi = '0'] = absolute;
    const date = `${y}-${mo}-${d}`;
    const minutes = Number(h) * 60 + Number(mi);
    if (!realDate(date) || Number(h) > 23 || Number(mi) > 59) {
      return refused(`"${quoteUserText(text, 20)}" is not a real date and time. ${EXAMPLES}`);
    }
    return checked(instantOf(date, minutes, timeZone), now, timeZone);
  }
  return refused(`I can't read "${quoteUserText(text, 30)}" as a time. ${EXAMPLES}`);
}

function checked(to: Date, now: Date, timeZone: string): TimeRequest {
  if (to.getTime() < now.getTime()) return backwards(now, timeZone);
  if (to.getTime() === now.getTime()) return refused(`That is no time at all. ${EXAMPLES}`);
  if (to.getTime() - now.getTime() > MAX_TRAVEL_MS) return refused('I travel at most a year at a time; go in steps, e.g. /time +30d.');
  return { kind: 'travel', to };
}

function backwards(now: Date, timeZone: string): TimeRequest {
  return refused(`I only travel forward: it is ${localText(now, timeZone)} for me, and what happened stays done. ${EXAMPLES}`);
}

const refused = (message: string): TimeRequest => ({ kind: 'refused', message });

/** 2026-02-30 reads back as March: not a real date. */
function realDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const back = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).toISOString().slice(0, 10);
  return back === date;
}
