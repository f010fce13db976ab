import type { CronApi } from '../../src/scheduler/daily-scheduler.js';

export interface FakeJob {
  readonly expression: string;
  readonly timezone?: string;
  /** Fires the job as node-cron would: calls its task and returns what it returned, without awaiting it. */
  readonly fire: () => unknown;
  destroyed: boolean;
}

/** node-cron's surface, firing only when the test says so. */
export class FakeCron implements CronApi {
  readonly jobs = new Map<string, FakeJob>();

  schedule(expression: string, task: () => unknown, options: { timezone?: string; name?: string }) {
    const job: FakeJob = { expression, ...(options.timezone ? { timezone: options.timezone } : {}), fire: task, destroyed: false };
    this.jobs.set(options.name ?? expression, job);
    return { destroy: () => { job.destroyed = true; } };
  }

  live(): FakeJob[] {
    return [...this.jobs.values()].filter((j) => !j.destroyed);
  }

  /** The live job with this cron expression; throws if there is none. */
  job(expression: string): FakeJob {
    const job = this.live().find((j) => j.expression === expression);
    if (!job) throw new Error(`no live cron job "${expression}" (have: ${this.live().map((j) => j.expression).join(', ')})`);
    return job;
  }
}
