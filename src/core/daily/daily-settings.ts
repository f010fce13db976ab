import { UserError } from '../errors.js';
import { quoteUserText } from '../text.js';
import { canonicalTimeZone, formatMinutes } from './local-time.js';

export interface DailySettingsInput {
  readonly postAtMinutes: number;
  readonly timeZone: string;
  readonly revealAfterMinutes: number;
}

export const DEFAULT_POST_AT = 9 * 60;
export const DEFAULT_REVEAL_AFTER = 8 * 60;
/** The reveal must come before the next day's question. */
export const MIN_REVEAL_AFTER = 10;
export const MAX_REVEAL_AFTER = 23 * 60;

const EXAMPLE = 'e.g. `/aws daily on 09:00 Europe/Berlin 8h`';

/** "9:30", "09:30", "9am", "9:30pm" -> minutes after midnight. */
export function parseTimeOfDay(word: string): number | undefined {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(word);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  const half = m[3]?.toLowerCase();
  if (!m[2] && !half) return undefined; // a bare number is more likely a typo than a time
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/** "8h", "90m", "1h30m", "1h 30m" -> minutes. */
export function parseDuration(word: string): number | undefined {
  const m = /^(?:(\d{1,2})h)?(?:(\d{1,4})m(?:in)?)?$/i.exec(word);
  if (!m || (!m[1] && !m[2])) return undefined;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

/**
 * Reads the words after `/aws daily on` in any order: a time, an IANA timezone and a reveal delay.
 * Anything unrecognised is refused with an example, and nothing is changed.
 */
export function parseDailySettings(words: readonly string[], current: DailySettingsInput): DailySettingsInput {
  let { postAtMinutes, timeZone, revealAfterMinutes } = current;
  for (const raw of words) {
    const word = raw.trim();
    if (!word) continue;
    const time = parseTimeOfDay(word);
    if (time !== undefined) {
      postAtMinutes = time;
      continue;
    }
    const duration = parseDuration(word);
    if (duration !== undefined) {
      if (duration < MIN_REVEAL_AFTER || duration > MAX_REVEAL_AFTER) {
        throw new UserError('bad-reveal', `The reveal must come between ${MIN_REVEAL_AFTER} minutes and ${MAX_REVEAL_AFTER / 60} hours after the question, ${EXAMPLE}.`);
      }
      revealAfterMinutes = duration;
      continue;
    }
    if (/^\d/.test(word)) {
      throw new UserError('bad-time', `I can't read "${quoteUserText(word, 20)}" as a time. Use 24-hour HH:MM, ${EXAMPLE}.`);
    }
    const zone = canonicalTimeZone(word);
    if (zone) {
      timeZone = zone;
      continue;
    }
    throw new UserError('bad-timezone', `"${quoteUserText(word, 40)}" is not a timezone I know. Use an IANA name such as Europe/Berlin, America/New_York or UTC, ${EXAMPLE}.`);
  }
  return { postAtMinutes, timeZone, revealAfterMinutes };
}

export function describeSettings(s: DailySettingsInput): string {
  const hours = Math.floor(s.revealAfterMinutes / 60);
  const minutes = s.revealAfterMinutes % 60;
  const after = `${hours > 0 ? `${hours}h` : ''}${minutes > 0 ? `${minutes}m` : ''}`;
  return `${formatMinutes(s.postAtMinutes)} ${s.timeZone}, revealed ${after} later`;
}
