import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';

/**
 * bolt, its Web API client and its Socket Mode client log through ours, so every line is JSON on
 * stderr with the same redaction. Levels are left to our logger; bolt's own setting is only reported.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  // bolt logs strings, numbers and Error objects; unknown[] says so without `any`.
  const line = (parts: readonly unknown[]) => parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ');
  return {
    debug: (...parts: unknown[]) => logger.debug({ lib: 'bolt' }, line(parts)),
    info: (...parts: unknown[]) => logger.info({ lib: 'bolt' }, line(parts)),
    warn: (...parts: unknown[]) => logger.warn({ lib: 'bolt' }, line(parts)),
    error: (...parts: unknown[]) => logger.error({ lib: 'bolt' }, line(parts)),
    setLevel: (next: LogLevel) => { level = next; },
    getLevel: () => level,
    setName: () => undefined,
  };
}
