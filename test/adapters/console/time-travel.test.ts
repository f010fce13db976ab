import { performance } from 'node:perf_hooks';
import { FakeCron } from '../../helpers/fake-cron.js';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { studyContent } from '../../../content/index.js';
import { ConsoleSession, runChat } from '../../../src/adapters/console/console-chat.js';
import { ConsolePoster } from '../../../src/adapters/console/console-poster.js';
import { plainStyle } from '../../../src/adapters/console/render.js';
import type { TimeTravelDeps } from '../../../src/adapters/console/time-travel.js';
import { clockFor, TravelClock } from '../../../src/adapters/console/travel-clock.js';
import { assemble } from '../../../src/compose.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import { silentLogger, systemClock } from '../../../src/core/ports.js';
import type { Platform } from '../../../src/core/request.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { sqliteStores } from '../../../src/store/open-stores.js';
import { testBank } from '../../helpers/assembly.js';
import { fixedClock, makeBot } from '../../helpers/bot.js';

const START = '2026-11-23T08:00:00Z'; // a Monday, an hour before the 09:00 question

/** The real assembly on a travel clock that starts at a fixed time, as main.ts builds the console. */
function consoleBot(opts: { tweak?: (deps: TimeTravelDeps) => TimeTravelDeps } = {}) {
  const clock = new TravelClock(fixedClock(START));
  const poster = new ConsolePoster();
  let ids = 0;
  const app = assemble({
    content: studyContent(), stores: sqliteStores(openDatabase(':memory:')), logger: silentLogger, clock,
    posters: new Map<Platform, ChannelPoster>([['console', poster]]), defaultTimeZone: 'UTC', bank: testBank(), newId: () => `post-${++ids}`,
    cron: new FakeCron(),
  });
  const plain: TimeTravelDeps = { clock, timeZone: 'UTC', tickAll: app.tickAll, nextDueAfter: app.nextDueAfter };
  return { app, clock, poster, time: opts.tweak ? opts.tweak(plain) : plain };
}

/** Piped mode: the lines go in as a script on stdin, everything printed comes back. */
async function pipe(lines: readonly string[], bot: ReturnType<typeof consoleBot>): Promise<string> {
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => { printed += chunk.toString('utf8'); });
  await runChat(bot.app.bot, { input: Readable.from([`${lines.join('\n')}\n`]), output, env: { NO_COLOR: '1' } }, bot.poster, bot.time);
  return printed;
}

/** The titles of what the daily question posted, in order: question, reveal, closed question. */
const channelTitles = (printed: string): string[] =>
  printed.split('\n').filter((l) => /^Question of the day · \d{4}-\d{2}-\d{2}( · closed)?$|^Answer: /.test(l))
    .map((l) => (l.startsWith('Answer: ') ? 'reveal' : l.replace('Question of the day · ', 'question ')));

describe('console time travel', () => {
  it('/time +3d posts and reveals exactly three questions, in order, once each, before the next line', async () => {
    const printed = await pipe(['/aws daily on 09:00', '/time +3d', '/time'], consoleBot());
    expect(channelTitles(printed)).toEqual([
      'question 2026-11-23', 'reveal', 'question 2026-11-23 · closed',
      'question 2026-11-24', 'reveal', 'question 2026-11-24 · closed',
      'question 2026-11-25', 'reveal', 'question 2026-11-25 · closed',
    ]);
    // The travel's own line comes after what it posted, and the next line after that.
    const arrived = printed.indexOf('It is 2026-11-26 08:00 UTC for me, travelled 3d ahead of real time.');
    expect(arrived).toBeGreaterThan(printed.lastIndexOf('question 2026-11-25'.replace('question', 'Question of the day ·')));
    expect(printed.indexOf('It is 2026-11-26 08:00 UTC for me', arrived + 1)).toBeGreaterThan(arrived);
  });

  it('answers given on the way count at the reveal', async () => {
    const printed = await pipe(['/aws daily on 09:00', '/time +1h', '/as ann', '1', '/time +8h', '/aws me'], consoleBot());
    expect(printed).toMatch(/Got it: A\./);
    expect(channelTitles(printed)).toEqual(['question 2026-11-23', 'reveal', 'question 2026-11-23 · closed']);
    expect(printed).toMatch(/^  \S+ A\. .* · 1 vote:/m);
    expect(printed).toMatch(/\d+% from 1 answer/);
  });

  it('jumping between due minutes does what ticking every minute does', async () => {
    const script = ['/aws daily on 09:30 UTC 90m', '/aws daily now', '/time +1d 5h', '/aws daily on 23:50 UTC 20m', '/time +1d 12h'];
    let jumpTicks = 0;
    const countJumps = (deps: TimeTravelDeps): TimeTravelDeps => ({ ...deps, tickAll: (now) => { jumpTicks += 1; return deps.tickAll(now); } });
    const minuteByMinute = (deps: TimeTravelDeps): TimeTravelDeps => ({
      ...deps, nextDueAfter: async (after) => new Date(Math.floor(after.getTime() / 60_000) * 60_000 + 60_000),
    });
    let started = performance.now();
    const jumped = await pipe(script, consoleBot({ tweak: countJumps }));
    const jumpMs = performance.now() - started;
    started = performance.now();
    const stepped = await pipe(script, consoleBot({ tweak: minuteByMinute }));
    const stepMs = performance.now() - started;
    console.log(`2d 17h of travel: ${jumpTicks} jumps in ${jumpMs.toFixed(0)} ms; minute by minute ${stepMs.toFixed(0)} ms`);
    expect(channelTitles(jumped).length).toBeGreaterThan(6);
    expect(channelTitles(jumped)).toEqual(channelTitles(stepped));
    expect(jumped).toEqual(stepped);
  }, 60_000); // minute stepping is the slow reference; a loaded machine must not fail it

  it('a 30-day jump plays every day once (timing printed, not asserted)', async () => {
    const started = performance.now();
    const printed = await pipe(['/aws daily on 09:00', '/time +30d'], consoleBot());
    console.log(`/time +30d with the daily question on: ${(performance.now() - started).toFixed(0)} ms`);
    const titles = channelTitles(printed);
    expect(titles.filter((t) => t === 'reveal')).toHaveLength(30);
    expect(new Set(titles.filter((t) => /^question \S+$/.test(t))).size).toBe(30);
  });

  it('a store failure mid-jump stops the travel with an apology, and the chat goes on', async () => {
    const broken = (deps: TimeTravelDeps): TimeTravelDeps => ({ ...deps, nextDueAfter: async () => { throw new Error('disk I/O error'); } });
    const printed = await pipe(['/time +1d', '/aws lambda'], consoleBot({ tweak: broken }));
    expect(printed).toContain('Sorry, time travel stopped at 2026-11-23 08:00 UTC; the log says why.');
    expect(printed).toContain('AWS Lambda');
  });

  it('never goes backwards: the refusal changes nothing', async () => {
    const bot = consoleBot();
    const printed = await pipe(['/time +1d', '/time -1h', '/time 2026-11-23 09:00', '/time'], bot);
    expect(printed.match(/I only travel forward: it is 2026-11-24 08:00 UTC for me/g)).toHaveLength(2);
    expect(bot.clock.now().toISOString()).toBe('2026-11-24T08:00:00.000Z');
    expect(() => bot.clock.moveTo(new Date('2026-11-24T07:59:00Z'))).toThrow(RangeError);
  });
});

describe('with a Slack or Discord token', () => {
  it('the clock is the real one and there is nothing to travel with', () => {
    const chosen = clockFor(true);
    expect(chosen.clock).toBe(systemClock);
    expect(chosen.travel).toBeUndefined();
    expect(clockFor(false).travel).toBeInstanceOf(TravelClock);
  });

  it('/time is refused with a clear line', async () => {
    const session = new ConsoleSession(makeBot(), plainStyle);
    expect(await session.line('/time +1d')).toBe('Time travel works only in the console with no Slack or Discord token set; this bot keeps real time.');
    expect(await session.line('/time')).toMatch(/keeps real time/);
  });
});
