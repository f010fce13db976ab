import { FakeCron } from '../../helpers/fake-cron.js';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { studyContent } from '../../../content/index.js';
import { ChartFiles } from '../../../src/adapters/console/chart-file.js';
import { runChat } from '../../../src/adapters/console/console-chat.js';
import { ConsolePoster } from '../../../src/adapters/console/console-poster.js';
import { TravelClock } from '../../../src/adapters/console/travel-clock.js';
import { assemble } from '../../../src/compose.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { Platform } from '../../../src/core/request.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { sqliteStores } from '../../../src/store/open-stores.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBank } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';
import { pngSize } from '../../helpers/png.js';

describe('weekly recap in the console', () => {
  it('time travel over a Monday prints the recap once, before that day\'s question, with the chart saved as a PNG', async () => {
    const clock = new TravelClock(fixedClock('2026-11-23T08:00:00Z'));
    const poster = new ConsolePoster(new ChartFiles(mkdtempSync(join(tmpdir(), 'studybot-recap-png-'))));
    let ids = 0;
    const app = assemble({
      content: studyContent(), stores: sqliteStores(openDatabase(':memory:')), logger: silentLogger, clock,
      posters: new Map<Platform, ChannelPoster>([['console', poster]]), defaultTimeZone: 'UTC', bank: testBank(), newId: () => `post-${++ids}`,
      cron: new FakeCron(),
    });
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => { printed += chunk.toString('utf8'); });
    const lines = ['/aws daily on 09:00', '/time +1h', '1', '/as bob', '2', '/time +7d', '/time +7d'];
    await runChat(app.bot, { input: Readable.from([`${lines.join('\n')}\n`]), output, env: { NO_COLOR: '1' } }, poster,
      { clock, timeZone: 'UTC', tickAll: app.tickAll, nextDueAfter: app.nextDueAfter });
    const recapAt = printed.indexOf('Week in review: 23 Nov to 29 Nov');
    expect(recapAt).toBeGreaterThan(0);
    expect(printed.indexOf('Week in review', recapAt + 1)).toBe(-1);
    expect(printed.indexOf('Question of the day · 2026-11-30')).toBeGreaterThan(recapAt);
    expect(printed).toMatch(/2 answers from 2 members/);
    const path = /📈 Chart saved to (\S+\.png)/.exec(printed.slice(recapAt))?.[1] ?? '';
    expect(existsSync(path)).toBe(true);
    expect(pngSize(readFileSync(path))).toEqual({ width: 1200, height: 560 });
  });
});
