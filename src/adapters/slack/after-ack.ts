import { performance } from 'node:perf_hooks';

export interface AfterAckOptions {
  /**
   * After-ack work waits until no request has arrived for this long (default 1 ms), so a burst is
   * acknowledged first. 0 starts one task every event-loop turn whatever arrives.
   */
  readonly quietMs?: number;
  /** …but a task never waits longer than this (default 1 s); overdue tasks start one per timer tick. */
  readonly maxDeferMs?: number;
  readonly now?: () => number;
}

interface Queued {
  readonly start: () => Promise<void>;
  readonly queuedAt: number;
}

/**
 * Runs the work that follows an acknowledgement: the core, rendering and the response_url POST.
 * Slack gives an ack 3 seconds and a response_url 30 minutes, so acks go first:
 *  - while requests keep arriving (one in the last `quietMs`), queued work waits, checking again on a
 *    timer, which leaves the event loop to read and acknowledge them;
 *  - once it is quiet, tasks start one per event-loop turn, so a request that arrives meanwhile waits
 *    for at most one task;
 *  - a task that has waited `maxDeferMs` starts anyway, at most one per timer tick (about 1 ms), so a
 *    steady stream of requests slows the answers down but never stops them.
 * With no requests arriving (noteRequest never called) a task starts on the next turn.
 */
export class AfterAck {
  private readonly queue: Queued[] = [];
  private readonly quietMs: number;
  private readonly maxDeferMs: number;
  private readonly now: () => number;
  private lastRequestAt = Number.NEGATIVE_INFINITY;
  private immediate = false;
  private timer: NodeJS.Timeout | undefined;
  /** Every task queued and not yet finished, so a shutdown can wait for them. */
  private readonly unfinished = new Set<Promise<void>>();

  constructor(private readonly onError: (error: unknown) => void, options: AfterAckOptions = {}) {
    this.quietMs = options.quietMs ?? 1;
    this.maxDeferMs = options.maxDeferMs ?? 1_000;
    this.now = options.now ?? (() => performance.now());
  }

  /** Call as each request arrives (before or as it is acknowledged), so queued work yields to it. */
  noteRequest(): void {
    this.lastRequestAt = this.now();
  }

  /** Resolves when the task has finished (it never rejects: errors go to onError). */
  run(task: () => Promise<void>): Promise<void> {
    const done = new Promise<void>((resolve) => {
      this.queue.push({ start: () => task().catch(this.onError).finally(resolve), queuedAt: this.now() });
      this.schedule();
    });
    this.unfinished.add(done);
    void done.finally(() => this.unfinished.delete(done));
    return done;
  }

  /**
   * Resolves once every task queued so far, and any they queue, has finished: at shutdown, after the
   * front end stops taking requests, answers already acknowledged are still recorded and answered.
   * Queued work starts at once from here on, without yielding to requests.
   */
  async drain(): Promise<void> {
    this.lastRequestAt = Number.NEGATIVE_INFINITY;
    while (this.unfinished.size > 0) await Promise.all([...this.unfinished]);
  }

  get waiting(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.immediate || this.timer !== undefined || this.waiting === 0) return;
    const quietIn = this.lastRequestAt + this.quietMs - this.now();
    if (quietIn <= 0) {
      this.immediate = true;
      setImmediate(this.next);
    } else {
      // setTimeout waits at least 1 ms; meanwhile the loop blocks in poll and serves requests.
      this.timer = setTimeout(this.next, quietIn);
    }
  }

  private readonly next = (): void => {
    this.immediate = false;
    this.timer = undefined;
    const task = this.queue[0];
    if (!task) return;
    const now = this.now();
    if (now - this.lastRequestAt >= this.quietMs || now - task.queuedAt >= this.maxDeferMs) {
      this.queue.shift();
      void task.start();
    }
    this.schedule();
  };
}
