import { describe, expect, it } from 'vitest';
import { ReconnectBackoff } from '../../../src/adapters/discord/reconnect-backoff.js';
import { recordingLogger } from '../../helpers/recording-logger.js';

/** @discordjs/ws sleeps this long itself before every reconnect (WebSocketShard.destroy), on top of ours. */
const LIBRARY_PAUSE_MS = 500;

/** A simulated outage: every attempt fails at once; time is a number the fake sleep moves forward. */
async function outage(hourMs: number, random: () => number) {
  let now = 0;
  const logger = recordingLogger();
  const reachable: boolean[] = [];
  const backoff = new ReconnectBackoff(0, logger, {
    random, now: () => now, onReachable: (r) => reachable.push(r),
    sleep: async (ms) => { now += ms; },
  });
  backoff.connected(); // it was up before the outage
  const signal = new AbortController().signal;
  const waits: number[] = [];
  while (now < hourMs) {
    const before = now;
    await backoff.beforeReconnect(signal);
    waits.push(now - before);
    now += LIBRARY_PAUSE_MS;
  }
  return { attempts: backoff.attempts, waits, logger, reachable, backoff, setNow: (t: number) => { now = t; }, now: () => now };
}

describe('ReconnectBackoff', () => {
  it('doubles from 1 s to a 60 s cap, with jitter between half and all of each step', async () => {
    const low = await outage(600_000, () => 0);
    const high = await outage(600_000, () => 0.999_999);
    expect(high.waits.slice(0, 8)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
    expect(low.waits.slice(0, 8)).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('an hour of outage: about 85 attempts instead of 7,200, and one log line a minute', async () => {
    const HOUR = 3_600_000;
    const results = await Promise.all([() => 0, () => 0.5, () => 0.999_999].map((random) => outage(HOUR, random)));
    const [most, typical, fewest] = results.map((r) => r.attempts);
    console.log(`reconnect attempts in a simulated hour of outage (fake clock, backoff schedule + the library's 500 ms): ${fewest}-${most}, typically ${typical}; stock @discordjs/ws: ${HOUR / LIBRARY_PAUSE_MS}`);
    expect(most).toBeLessThanOrEqual(125);
    expect(fewest).toBeGreaterThanOrEqual(55);
    for (const { logger, attempts } of results) {
      const lines = logger.lines.filter((l) => l.level !== 'debug');
      expect(lines.length).toBeLessThanOrEqual(62); // "unreachable" once, then at most one summary a minute
      expect(lines.length).toBeLessThan(attempts);
      expect(lines[0]?.message).toMatch(/unreachable/);
      expect(lines.at(-1)?.data).toMatchObject({ attempts: expect.any(Number), nextInS: expect.any(Number) });
    }
  });

  it('a stable connection (60 s up) starts the next outage at 1 s again; a flapping one keeps backing off', async () => {
    const run = await outage(120_000, () => 0.999_999);
    const { backoff } = run;
    const signal = new AbortController().signal;
    backoff.connected();
    expect(run.reachable).toEqual([false, true]);
    run.setNow(run.now() + 10_000); // up only 10 s
    let before = run.now();
    await backoff.beforeReconnect(signal);
    expect(run.now() - before).toBe(60_000);
    backoff.connected();
    run.setNow(run.now() + 60_000); // up a minute
    before = run.now();
    await backoff.beforeReconnect(signal);
    expect(run.now() - before).toBe(1_000);
  });

  it('a destroy during the pause cancels the reconnect', async () => {
    const backoff = new ReconnectBackoff(0, recordingLogger());
    const stopping = new AbortController();
    const started = Date.now();
    const going = backoff.beforeReconnect(stopping.signal);
    stopping.abort();
    expect(await going).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
    expect(await backoff.beforeReconnect(stopping.signal)).toBe(false);
  });
});
