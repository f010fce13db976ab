/**
 * The requests a front end is handling, so a shutdown can stop taking new ones and still finish the
 * ones it has (an answer being recorded, its reply being sent).
 */
export class InFlight {
  private closed = false;
  private readonly running = new Set<Promise<void>>();

  /** Starts the work unless closed; false means it was refused (the platform's request is not acknowledged). */
  run(work: () => Promise<void>): boolean {
    if (this.closed) return false;
    const done = work().catch(() => undefined).finally(() => this.running.delete(done));
    this.running.add(done);
    return true;
  }

  /** No new work from now on. */
  close(): void {
    this.closed = true;
  }

  /** Resolves when everything started so far has finished. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  get size(): number {
    return this.running.size;
  }
}
