import { studyContent } from '../content/index.js';
import { ConsolePoster } from './adapters/console/console-poster.js';
import { runChat, runOnce, type ConsoleIo } from './adapters/console/console-chat.js';
import { assemble } from './compose.js';
import { readConfig } from './config/env.js';
import { systemClock } from './core/ports.js';
import { createLogger } from './logger.js';
import { openDatabase } from './store/open-database.js';

/** Composition root: builds the store, core and scheduler, then starts the front ends. */
async function main(argv: readonly string[]): Promise<number> {
  const config = readConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL ?? 'warn');
  const content = studyContent();
  const db = openDatabase(config.DATABASE_PATH);
  const consolePoster = new ConsolePoster();
  const app = assemble({
    content, db, logger, clock: systemClock, posters: new Map([['console', consolePoster]]), defaultTimeZone: config.DEFAULT_TIMEZONE,
  });
  const io: ConsoleIo = { input: process.stdin, output: process.stdout, env: process.env };

  try {
    const oneShot = argv.join(' ').trim();
    if (oneShot.length > 0) {
      await runOnce(app.bot, oneShot, io, consolePoster);
      return 0;
    }
    // The schedule runs while an interactive console is open; piped input should finish and exit.
    if (process.stdin.isTTY) await app.scheduler.start();
    await runChat(app.bot, io, consolePoster);
    return 0;
  } finally {
    await app.scheduler.stop();
    db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    // Start-up failures (bad config, broken content, unusable database) get one clear line.
    process.stderr.write(`studybot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
