import { studyContent } from '../../content/index.js';
import { assemble, type Assembly } from '../../src/compose.js';
import type { ChannelPoster } from '../../src/core/channel-poster.js';
import { silentLogger, type Clock } from '../../src/core/ports.js';
import { buildQuestionBank } from '../../src/core/questions/build-bank.js';
import type { QuestionBank } from '../../src/core/questions/question.js';
import type { Platform } from '../../src/core/request.js';
import { openDatabase, type Db } from '../../src/store/open-database.js';
import { fixedClock } from './bot.js';
import { FakeCron } from './fake-cron.js';
import { RecordingPoster } from './recording-poster.js';
import { sqliteStores } from '../../src/store/open-stores.js';

let sharedBank: QuestionBank | undefined;
/** Building the bank is pure; share one across tests. */
export function testBank(): QuestionBank {
  sharedBank ??= buildQuestionBank(studyContent());
  return sharedBank;
}

export interface TestApp extends Assembly {
  readonly db: Db;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly poster: RecordingPoster;
}

let ids = 0;

export function testApp(opts: { path?: string; clock?: ReturnType<typeof fixedClock>; poster?: RecordingPoster; platform?: Platform; busyTimeoutMs?: number; bank?: QuestionBank; cron?: FakeCron } = {}): TestApp {
  const db = openDatabase(opts.path ?? ':memory:', opts.busyTimeoutMs !== undefined ? { busyTimeoutMs: opts.busyTimeoutMs } : {});
  const clock = opts.clock ?? fixedClock();
  const poster = opts.poster ?? new RecordingPoster(opts.platform ?? 'slack');
  const posters = new Map<Platform, ChannelPoster>([[poster.platform, poster]]);
  const app = assemble({
    content: studyContent(), stores: sqliteStores(db), logger: silentLogger, clock: clock as Clock, posters, defaultTimeZone: 'UTC',
    bank: opts.bank ?? testBank(), newId: () => `post-${++ids}`,
    // Tests drive time themselves; real node-cron jobs would outlive the test and fire on the wall clock.
    cron: opts.cron ?? new FakeCron(),
  });
  return { ...app, db, clock, poster };
}
