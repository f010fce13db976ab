import { describe, expect, it } from 'vitest';
import type { Actor, Place } from '../../src/core/request.js';
import { DailyScheduler, type CronApi } from '../../src/scheduler/daily-scheduler.js';
import { fixedClock } from '../helpers/bot.js';
import { testApp } from '../helpers/assembly.js';

const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const admin: Actor = { id: 'U0', name: 'ada', isAdmin: true };

/** node-cron's surface, firing only when the test says so. */
class FakeCron implements CronApi {
  readonly jobs = new Map<string, { expression: string; timezone?: string; fire: () => unknown; destroyed: boolean }>();
  schedule(expression: string, task: () => unknown, options: { timezone?: string; name?: string }) {
    const job = { expression, ...(options.timezone ? { timezone: options.timezone } : {}), fire: task, destroyed: false };
    this.jobs.set(options.name ?? expression, job);
    return { destroy: () => { job.destroyed = true; } };
  }
  live() {
    return [...this.jobs.values()].filter((j) => !j.destroyed);
  }
}

describe('the scheduler drives the core like any front end', () => {
  it('one job per scheduled channel in its own timezone, plus the sweep; jobs follow settings changes', async () => {
    const cron = new FakeCron();
    const app = testApp({ clock: fixedClock('2026-11-23T07:00:00Z') });
    const scheduler = new DailyScheduler({ daily: app.daily, schedules: app.scheduleStore, logger: { debug() {}, info() {}, warn() {}, error() {} }, cron });
    await scheduler.start();
    expect(cron.live().map((j) => j.expression)).toEqual(['* * * * *']);

    await app.bot.handle({ actor: admin, place, text: 'daily on 09:30 Europe/Berlin 8h' });
    await scheduler.sync();
    expect(cron.live().find((j) => j.expression === '30 9 * * *')?.timezone).toBe('Europe/Berlin');

    await app.bot.handle({ actor: admin, place, text: 'daily on 10:15 Europe/Berlin' });
    await scheduler.sync();
    expect(cron.live().map((j) => j.expression).sort()).toEqual(['* * * * *', '15 10 * * *']);

    await app.bot.handle({ actor: admin, place, text: 'daily off' });
    await scheduler.sync();
    expect(cron.live().map((j) => j.expression)).toEqual(['* * * * *']);
    await scheduler.stop();
    expect(cron.live()).toHaveLength(0);
  });

  it('a job that fires twice at once posts once', async () => {
    const cron = new FakeCron();
    const clock = fixedClock('2026-11-23T08:30:00Z');
    const app = testApp({ clock });
    const scheduler = new DailyScheduler({ daily: app.daily, schedules: app.scheduleStore, logger: { debug() {}, info() {}, warn() {}, error() {} }, cron });
    await app.bot.handle({ actor: admin, place, text: 'daily on 09:30 Europe/Berlin 8h' });
    await scheduler.start();
    const job = cron.live().find((j) => j.expression === '30 9 * * *');
    await Promise.all([job?.fire(), job?.fire(), cron.jobs.get('daily-sweep')?.fire()]);
    expect(app.poster.questions()).toHaveLength(1);
    await scheduler.stop();
  });
});
