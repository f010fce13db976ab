import type { Logger } from '../../core/ports.js';
import { localText, parseTimeCommand } from './time-command.js';
import type { TravelClock } from './travel-clock.js';

/** What time travel drives: compose's tickAll and nextDueAfter, on the console's travel clock. */
export interface TimeTravelDeps {
  readonly clock: TravelClock;
  /** The console's timezone (DEFAULT_TIMEZONE): `/time 2026-12-07 09:00` is read in it. */
  readonly timeZone: string;
  readonly tickAll: (now: Date) => Promise<void>;
  readonly nextDueAfter: (after: Date) => Promise<Date | undefined>;
  readonly logger?: Logger;
}

const MINUTE = 60_000;

/**
 * Moves the clock to `target` through every minute at which something timed could happen, ticking
 * at each, so posts and reveals come out in order and once, as if the bot had run all along. Returns
 * the number of ticks.
 */
export async function travelTo(target: Date, deps: TimeTravelDeps): Promise<number> {
  let ticks = 0;
  for (;;) {
    const now = deps.clock.now();
    const due = await deps.nextDueAfter(now);
    // A due time that is not ahead would loop forever: step a minute instead.
    const next = due === undefined ? target : new Date(Math.max(due.getTime(), now.getTime() + 1));
    const step = next < target ? next : target;
    if (step > now) deps.clock.moveTo(step);
    await deps.tickAll(step);
    ticks += 1;
    if (step >= target) return ticks;
  }
}

/** `/time [+1d | +3h | +30m | YYYY-MM-DD HH:MM]`: the text the console prints. */
export async function timeCommand(args: string, deps: TimeTravelDeps): Promise<{ readonly text: string; readonly refused: boolean }> {
  const request = parseTimeCommand(args, deps.clock.now(), deps.timeZone);
  if (request.kind === 'refused') return { text: request.message, refused: true };
  if (request.kind === 'travel') {
    try {
      await travelTo(request.to, deps);
    } catch (error) {
      // A broken database mid-jump: stop where we are, say so, keep the chat running.
      deps.logger?.error({ err: error, to: request.to }, 'time travel stopped');
      return { text: `Sorry, time travel stopped at ${localText(deps.clock.now(), deps.timeZone)}; the log says why.`, refused: true };
    }
  }
  return { text: `It is ${localText(deps.clock.now(), deps.timeZone)} for me${aheadText(deps.clock.aheadMs)}.`, refused: false };
}

function aheadText(ms: number): string {
  // Rounded: real time ticks on during a jump, so the offset is a few ms short of what was asked.
  const minutes = Math.round(ms / MINUTE);
  if (minutes === 0) return ' (real time)';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts = [days > 0 ? `${days}d` : '', hours > 0 ? `${hours}h` : '', minutes % 60 > 0 ? `${minutes % 60}m` : ''].filter(Boolean);
  return `, travelled ${parts.join(' ')} ahead of real time`;
}
