import { canonicalTimeZone, formatMinutes } from '../daily/local-time.js';

/** 18:00: after work or school, with the evening left to practise. */
export const DEFAULT_REMIND_AT = 18 * 60;
/** Quiet hours: nothing is sent from 22:00 to 07:00 local time, not even late. */
export const QUIET_FROM = 22 * 60;
export const QUIET_UNTIL = 7 * 60;

export function isQuietTime(minutes: number): boolean {
  return minutes >= QUIET_FROM || minutes < QUIET_UNTIL;
}

export type RemindRequest =
  | { readonly ok: true; readonly remindAtMinutes?: number; readonly timeZone?: string }
  | { readonly ok: false; readonly problem: string };

/**
 * The words after `/aws remind on`: an optional HH:MM and an optional IANA zone, in either order.
 * A problem is said in words a member can act on; nothing is saved then.
 */
export function parseRemindOn(words: readonly string[]): RemindRequest {
  let remindAtMinutes: number | undefined;
  let timeZone: string | undefined;
  for (const word of words) {
    if (/^\d{1,2}[:.h]\d{2}$/.test(word)) {
      const [h, m] = word.split(/[:.h]/).map(Number);
      if (h === undefined || m === undefined || h > 23 || m > 59) {
        return { ok: false, problem: `${word} is not a time of day. Use 24-hour HH:MM, like \`/aws remind on 18:30\`.` };
      }
      const minutes = h * 60 + m;
      if (isQuietTime(minutes)) {
        return { ok: false, problem: `${formatMinutes(minutes)} is in the middle of the night, and I never send reminders between ${formatMinutes(QUIET_FROM)} and ${formatMinutes(QUIET_UNTIL)}. Pick a time from ${formatMinutes(QUIET_UNTIL)} to 21:59, like \`/aws remind on 07:30\`.` };
      }
      remindAtMinutes = minutes;
      continue;
    }
    const zone = canonicalTimeZone(word);
    if (!zone) {
      return { ok: false, problem: `I don't know the time zone or time "${word.slice(0, 40)}". Use HH:MM and a zone like Europe/Berlin or America/New_York: \`/aws remind on 07:30 Europe/Berlin\`.` };
    }
    timeZone = zone;
  }
  return { ok: true, ...(remindAtMinutes !== undefined ? { remindAtMinutes } : {}), ...(timeZone ? { timeZone } : {}) };
}
