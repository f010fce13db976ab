import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { studyContent } from '../../../content/index.js';
import { runChat } from '../../../src/adapters/console/console-chat.js';
import { ConsolePoster } from '../../../src/adapters/console/console-poster.js';
import { TravelClock } from '../../../src/adapters/console/travel-clock.js';
import { assemble } from '../../../src/compose.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import { silentLogger } from '../../../src/core/ports.js';
import { review, serializeCard } from '../../../src/core/quiz/practice-scheduler.js';
import type { Platform } from '../../../src/core/request.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { sqliteStores } from '../../../src/store/open-stores.js';
import { testBank } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';

describe('reminders in the console', () => {
  it('time travel past the reminder time prints the DM, addressed, once a day (two days: two DMs)', async () => {
    const clock = new TravelClock(fixedClock('2026-11-23T08:00:00Z'));
    const poster = new ConsolePoster();
    const app = assemble({
      content: studyContent(), stores: sqliteStores(openDatabase(':memory:')), logger: silentLogger, clock,
      posters: new Map<Platform, ChannelPoster>([['console', poster]]), defaultTimeZone: 'UTC', bank: testBank(),
    });
    await app.quizStore.savePracticeCard({ platform: 'console', workspaceId: 'local' }, 'ann', 'lambda', serializeCard(review(undefined, true, new Date('2026-11-01T10:00:00Z'))));
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => { printed += chunk.toString('utf8'); });
    const lines = ['/as ann', '/aws remind on 18:00', '/time +2d'];
    await runChat(app.bot, { input: Readable.from([`${lines.join('\n')}\n`]), output, env: { NO_COLOR: '1' } },
      poster, { clock, timeZone: 'UTC', tickAll: app.tickAll, nextDueAfter: app.nextDueAfter });
    expect(printed).toContain('📬 To ann: A little study nudge');
    expect(printed.match(/1 review is due: `?\/aws quiz`?/g)).toHaveLength(2);
  });
});
