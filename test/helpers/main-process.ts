import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const root = new URL('../../', import.meta.url).pathname;
export const MAIN_TS = `${root}src/main.ts`;

/** What a stop looked like from outside. */
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** From the signal to the process's exit. */
  readonly ms: number;
}

/**
 * The real bot (src/main.ts, or any command) in a process of its own, as an operator runs it: its
 * log (stderr, JSON lines) and chat (stdout) are collected; tests wait for lines and signal it.
 */
export class MainProcess {
  output = '';
  readonly exited: Promise<Exit>;
  private signalledAt = 0;

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (c: Buffer) => { this.output += c.toString('utf8'); });
    child.stderr.on('data', (c: Buffer) => { this.output += c.toString('utf8'); });
    child.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, ms: Math.round(performance.now() - this.signalledAt) })));
  }

  /** `node --import tsx src/main.ts args…` (or `command`), env on top of this process's, no .env (cwd is a temp dir). */
  static start(env: Record<string, string>, opts: { args?: readonly string[]; command?: readonly string[]; cwd?: string; detached?: boolean } = {}): MainProcess {
    const [file, ...rest] = opts.command ?? [process.execPath, '--import', 'tsx', MAIN_TS, ...(opts.args ?? [])];
    const child = spawn(file ?? process.execPath, rest, {
      env: { ...process.env, NO_COLOR: '1', ...env }, cwd: opts.cwd ?? root, stdio: ['pipe', 'pipe', 'pipe'], detached: opts.detached ?? false,
    });
    return new MainProcess(child);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Resolves when the output matches; fails with the output so far after `ms`, or if the process ends first. */
  async waitFor(pattern: RegExp, ms = 15_000): Promise<void> {
    const until = performance.now() + ms;
    let ended = false;
    void this.exited.then(() => { ended = true; });
    while (!pattern.test(this.output)) {
      if (ended) throw new Error(`process ended before ${pattern}: ${this.output}`);
      if (performance.now() > until) throw new Error(`gave up waiting for ${pattern}: ${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Sends the signal (to the process group with `group`) and waits for the exit, at most `ms`. */
  async signal(signal: NodeJS.Signals = 'SIGTERM', opts: { group?: boolean; ms?: number } = {}): Promise<Exit> {
    this.signalledAt = performance.now();
    process.kill(opts.group ? -this.pid : this.pid, signal);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`still running ${opts.ms ?? 15_000} ms after ${signal}: ${this.output}`)), opts.ms ?? 15_000); });
    try {
      return await Promise.race([this.exited, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ends it for good (test clean-up). */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  /** The log lines (JSON) with this message. */
  logs(message: string): Array<Record<string, unknown>> {
    return this.output.split('\n').flatMap((line) => {
      if (!line.startsWith('{')) return [];
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        return parsed.msg === message ? [parsed] : [];
      } catch {
        return [];
      }
    });
  }
}

/** True if a process with this id exists (a zombie counts as gone). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return true;
}

/** The ids of the live processes in a process group (from /proc). */
export async function processGroup(pgid: number): Promise<number[]> {
  const { readdirSync, readFileSync } = await import('node:fs');
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may contain spaces, so split after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}
