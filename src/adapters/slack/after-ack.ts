/**
 * Runs the work that follows an acknowledgement, one piece per turn of the event loop. Between two
 * pieces Node reads every request that has arrived and acknowledges it, so under a burst the acks
 * (Slack's hard 3-second limit) go first and the answers (response_urls work for 30 minutes) queue.
 * When the bot is not busy a piece starts at once.
 */
export class AfterAck {
  private readonly queue: Array<() => Promise<void>> = [];
  private scheduled = false;

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Resolves when the task has finished (it never rejects: errors go to onError). */
  run(task: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve) => {
      this.queue.push(() => task().catch(this.onError).finally(resolve));
      this.schedule();
    });
  }

  get waiting(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(this.next);
  }

  private readonly next = (): void => {
    this.scheduled = false;
    const task = this.queue.shift();
    if (task) void task();
    this.schedule();
  };
}
