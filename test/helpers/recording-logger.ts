import type { Logger } from '../../src/core/ports.js';

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly data: Record<string, unknown>;
  readonly message: string;
}

/** A logger that keeps its lines, so tests can check what an operator would read. */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (data: object, message = '') => { lines.push({ level, data: data as Record<string, unknown>, message }); };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
