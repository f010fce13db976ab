/**
 * Wall-clock arithmetic in IANA timezones with Intl only: no timezone database of our own to go stale.
 */

export interface LocalParts {
  readonly date: string; // YYYY-MM-DD
  readonly minutes: number; // minutes since local midnight
}

/**
 * Formatters by the spelling asked for. Members type zones (`europe/berlin`, `EUROPE/Berlin`, …), so
 * the spellings are theirs to multiply: the cache is bounded, least recently used out first. A
 * spelling that Intl refuses is never stored.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
export const FORMATTERS_MAX = 512;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f) {
    // Map keeps insertion order: re-inserting marks it as recently used.
    formatters.delete(timeZone);
  } else {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
  }
  formatters.set(timeZone, f);
  for (const oldest of formatters.keys()) {
    if (formatters.size <= FORMATTERS_MAX) break;
    formatters.delete(oldest);
  }
  return f;
}

/** How many zone spellings are cached now (tests check the bound). */
export function cachedTimeZoneSpellings(): number {
  return formatters.size;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The canonical spelling of a zone ("europe/berlin" -> "Europe/Berlin"), or undefined if unknown. */
export function canonicalTimeZone(input: string): string | undefined {
  if (!isValidTimeZone(input)) return undefined;
  return new Intl.DateTimeFormat('en-US', { timeZone: input }).resolvedOptions().timeZone;
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (Berlin in winter: +60). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const p = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant when a local date and time happens in a zone. A time skipped by a daylight-saving jump
 * (02:30 on a spring-forward night) maps to the moment after the jump; a time that happens twice maps
 * to its first occurrence, so there is always exactly one instant per local day.
 */
export function instantOf(localDate: string, minutes: number, timeZone: string): Date {
  const key = `${timeZone}|${localDate}|${minutes}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  const found = computeInstant(localDate, minutes, timeZone);
  if (instants.size >= INSTANTS_MAX) instants.clear();
  instants.set(key, found.getTime());
  return found;
}

/**
 * instantOf is pure and asked again every scheduler tick; a time skipped by a daylight-saving jump
 * costs a minute-by-minute search (milliseconds each), so answers are kept, a bounded number of them.
 */
const instants = new Map<string, number>();
const INSTANTS_MAX = 10_000;

function computeInstant(localDate: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = localDate.split('-').map(Number);
  const naive = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, Math.floor(minutes / 60), minutes % 60);
  // Try the offsets in force around that time; keep the earliest candidate that reads back right.
  const candidates = [...new Set([-36, -12, 0, 12, 36].map((h) => offsetMinutes(new Date(naive + h * 3_600_000), timeZone)))]
    .map((offset) => new Date(naive - offset * 60_000))
    .filter((instant) => {
      const back = localParts(instant, timeZone);
      return back.date === localDate && back.minutes === minutes;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  if (candidates[0]) return candidates[0];
  // Skipped by a spring-forward jump: the wall clock never shows it, so use the first minute after.
  for (let later = minutes + 1; later < minutes + 180; later++) {
    const found = instantOf(localDate, later, timeZone);
    if (localParts(found, timeZone).date === localDate) return new Date(found.getTime());
  }
  return new Date(naive);
}

export function addDays(localDate: string, days: number): string {
  const [y, m, d] = localDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
