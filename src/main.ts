import { studyContent } from '../content/index.js';
import { runChat, runOnce, type ConsoleIo } from './adapters/console/console-chat.js';
import { readConfig } from './config/env.js';
import { systemClock } from './core/ports.js';
import { Studybot } from './core/studybot.js';
import { createLogger } from './logger.js';

/** Composition root: builds the core and starts the front ends that have what they need. */
async function main(argv: readonly string[]): Promise<number> {
  const config = readConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL ?? 'warn');
  const bot = new Studybot({ content: studyContent(), logger, clock: systemClock });
  const io: ConsoleIo = { input: process.stdin, output: process.stdout, env: process.env };

  const oneShot = argv.join(' ').trim();
  if (oneShot.length > 0) {
    await runOnce(bot, oneShot, io);
    return 0;
  }
  await runChat(bot, io);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    // Start-up failures (bad config, broken content) get one clear line, not a stack trace.
    process.stderr.write(`studybot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
