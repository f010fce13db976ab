import type { Logger } from './core/ports.js';

/** One thing to stop: a front end, the scheduler, the store. */
export interface ShutdownStep {
  readonly name: string;
  /**
   * Its own bound. When it passes, the step is logged and left behind and the shutdown goes on (a
   * Discord client stuck reconnecting must not hold the exit). Without one, the step may take what is
   * left of the deadline: in-flight work (an answer being recorded, a post being sent) is worth waiting for.
   */
  readonly timeoutMs?: number;
  run(): Promise<void>;
}

export interface ShutdownResult {
  /** Everything finished, or gave up on its own bound, before the deadline. */
  readonly ok: boolean;
  /** What was still running when the deadline passed. */
  readonly stillRunning: readonly string[];
  /** Steps that gave up on their own bound (logged, not fatal). */
  readonly abandoned: readonly string[];
  readonly tookMs: number;
}

export interface ShutdownOptions {
  readonly deadlineMs: number;
  readonly logger: Logger;
  readonly now?: () => number;
}

/**
 * Runs the phases in order (the steps of one phase at once) within one deadline. A step that throws is
 * logged and counts as done: the next phase still runs, so the store is closed even if a front end
 * failed to. Once the deadline passes nothing more is started and the result says what was still
 * running; the caller exits non-zero.
 */
/** A phase's steps, or a function that names them when the phase starts (what exists may change until then). */
export type ShutdownPhase = readonly ShutdownStep[] | (() => readonly ShutdownStep[]);

export async function runShutdown(phases: readonly ShutdownPhase[], opts: ShutdownOptions): Promise<ShutdownResult> {
  const now = opts.now ?? Date.now;
  const started = now();
  const running = new Set<string>();
  const abandoned: string[] = [];
  let deadlineTimer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => { deadlineTimer = setTimeout(() => resolve('deadline'), opts.deadlineMs); });
  try {
    for (const phase of phases) {
      const steps = typeof phase === 'function' ? phase() : phase;
      const all = Promise.all(steps.map((step) => runStep(step, running, abandoned, opts.logger)));
      if ((await Promise.race([all.then(() => 'done' as const), deadline])) === 'deadline') {
        const stillRunning = [...running];
        opts.logger.error({ deadlineMs: opts.deadlineMs, stillRunning }, 'shutdown deadline passed; exiting with work still running');
        return { ok: false, stillRunning, abandoned, tookMs: now() - started };
      }
    }
  } finally {
    clearTimeout(deadlineTimer);
  }
  return { ok: true, stillRunning: [], abandoned, tookMs: now() - started };
}

async function runStep(step: ShutdownStep, running: Set<string>, abandoned: string[], logger: Logger): Promise<void> {
  running.add(step.name);
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = step.run().then(() => 'done' as const);
    const bound = step.timeoutMs === undefined ? [] : [new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), step.timeoutMs); })];
    if ((await Promise.race([work, ...bound])) === 'late') {
      abandoned.push(step.name);
      work.catch(() => undefined); // it may still fail later; nobody is waiting for it any more
      logger.warn({ step: step.name, timeoutMs: step.timeoutMs }, 'shutdown: step did not finish in its time; going on without it');
    }
  } catch (error) {
    logger.error({ step: step.name, err: error }, 'shutdown: step failed; going on');
  } finally {
    clearTimeout(timer);
    running.delete(step.name);
  }
}

/** What the signal handling needs of `process` (tests pass a fake). */
export interface SignalSource {
  on(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  off(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
}

export interface StopSignalOptions {
  readonly source: SignalSource;
  readonly logger: Logger;
  /** Ends the process at once (process.exit). */
  readonly exit: (code: number) => void;
  /**
   * A repeat within this long of the first signal is the same request (default 1 s): `npm start`
   * forwards the signal it got to the bot, which a process-group signal (Ctrl-C, systemd) reached too.
   */
  readonly sameRequestMs?: number;
  readonly now?: () => number;
}

export interface StopSignals {
  /** Aborts on the first SIGTERM or SIGINT (its reason is the signal's name). */
  readonly signal: AbortSignal;
  /** Removes the handlers (tests; the process exits anyway). */
  dispose(): void;
}

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * The first SIGTERM or SIGINT asks for a clean stop; a second one (an operator who does not want to
 * wait) exits at once, with 128 + the signal's number.
 */
export function listenForStopSignals(opts: StopSignalOptions): StopSignals {
  const now = opts.now ?? Date.now;
  const sameRequestMs = opts.sameRequestMs ?? 1_000;
  const controller = new AbortController();
  let firstAt = 0;
  const handlers = (['SIGTERM', 'SIGINT'] as const).map((name) => {
    const handler = () => {
      if (!controller.signal.aborted) {
        firstAt = now();
        opts.logger.info({ signal: name }, 'stopping: finishing work in progress (send the signal again to exit at once)');
        controller.abort(name);
        return;
      }
      if (now() - firstAt < sameRequestMs) return;
      opts.logger.warn({ signal: name }, 'second stop signal: exiting at once');
      opts.exit(EXIT_CODES[name]);
    };
    opts.source.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    dispose: () => { for (const [name, handler] of handlers) opts.source.off(name, handler); },
  };
}
