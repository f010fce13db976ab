import nodeCron from 'node-cron';
import type { ScheduleStore } from '../core/daily/schedule-store.js';
import type { Logger } from '../core/ports.js';

/** The part of node-cron we use; tests may pass a fake that fires on demand. */
export interface CronApi {
  schedule(expression: string, task: () => unknown, options: { timezone?: string; name?: string; noOverlap?: boolean }): { destroy(): void | Promise<void> };
}

export interface DailySchedulerDeps {
  /** Everything timed: compose passes its tickAll (the daily service today, reminders later). */
  readonly daily: { tick(now?: Date): Promise<void> };
  readonly schedules: ScheduleStore;
  readonly logger: Logger;
  readonly cron?: CronApi;
}

/**
 * The only place with cron. One job per scheduled channel fires at its local post time in its own
 * timezone; a minute sweep catches what a single fire can miss (a daylight-saving gap, a restart, a
 * reveal coming due). Every fire calls the same idempotent DailyService.tick, one at a time.
 */
export class DailyScheduler {
  private readonly cron: CronApi;
  private readonly jobs = new Map<string, { destroy(): void | Promise<void> }>();
  private sweep: { destroy(): void | Promise<void> } | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Once stopping, no job is started and no new tick begins (the one in progress finishes). */
  private stopped = false;

  constructor(private readonly deps: DailySchedulerDeps) {
    this.cron = deps.cron ?? (nodeCron as unknown as CronApi);
  }

  /** Catches up on anything missed while the bot was down, then starts the jobs. */
  async start(): Promise<void> {
    await this.tick('start');
    if (this.stopped) return;
    await this.sync();
    if (this.stopped) return;
    this.sweep = this.cron.schedule('* * * * *', () => this.tick('sweep'), { name: 'daily-sweep', noOverlap: true });
  }

  /** Re-reads the schedules and makes the jobs match them. */
  async sync(): Promise<void> {
    if (this.stopped) return;
    const wanted = new Map((await this.deps.schedules.enabledSchedules()).map((s) => {
      const key = `${s.place.platform}:${s.place.workspaceId}:${s.place.channelId}:${s.postAtMinutes}:${s.timeZone}`;
      return [key, s] as const;
    }));
    if (this.stopped) return; // stopped while reading the schedules
    for (const [key, job] of this.jobs) {
      if (!wanted.has(key)) {
        void job.destroy();
        this.jobs.delete(key);
      }
    }
    for (const [key, s] of wanted) {
      if (this.jobs.has(key)) continue;
      const expression = `${s.postAtMinutes % 60} ${Math.floor(s.postAtMinutes / 60)} * * *`;
      this.jobs.set(key, this.cron.schedule(expression, () => this.tick(key), { timezone: s.timeZone, name: key, noOverlap: true }));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const job of this.jobs.values()) await job.destroy();
    this.jobs.clear();
    await this.sweep?.destroy();
    this.sweep = undefined;
    await this.queue;
  }

  /**
   * Serialises ticks so two fires in the same minute run one after the other, never interleaved; a
   * console time-travel step passes the instant it stands on.
   */
  tick(reason: string, now?: Date): Promise<void> {
    if (this.stopped) return this.queue;
    this.queue = this.queue.then(() => this.deps.daily.tick(now)).catch((error: unknown) => {
      this.deps.logger.error({ err: error, reason }, 'daily tick failed');
    });
    return this.queue;
  }
}
