import { describe, expect, it } from 'vitest';
import { AdminCheck, type AdminFlags } from '../../../src/adapters/slack/admin.js';
import { AfterAck } from '../../../src/adapters/slack/after-ack.js';
import { SeenRequests } from '../../../src/adapters/slack/seen.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { SqliteRequestKeys } from '../../../src/store/sqlite-request-keys.js';
import { explainSlackError } from '../../../src/adapters/slack/slack-errors.js';
import { silentLogger } from '../../../src/core/ports.js';

describe('AdminCheck', () => {
  function check(flags: Record<string, AdminFlags>, configured: string[] = []) {
    let now = 0;
    const asked: string[] = [];
    const admins = new AdminCheck({
      configured, logger: silentLogger, now: () => now, ttlMs: 1_000, failureTtlMs: 100,
      lookup: async (id) => {
        asked.push(id);
        if (id === 'broken') throw new Error('missing_scope');
        return flags[id];
      },
    });
    return { admins, asked, advance: (ms: number) => { now += ms; } };
  }

  it('counts workspace admins, owners and SLACK_ADMIN_IDS as admins, nobody else', async () => {
    const { admins, asked } = check({ A: { is_admin: true }, O: { is_owner: true }, P: { is_primary_owner: true }, M: {} }, ['LISTED']);
    expect(await Promise.all(['A', 'O', 'P', 'M', 'LISTED', 'UNKNOWN'].map((id) => admins.isAdmin(id)))).toEqual([true, true, true, false, true, false]);
    expect(asked).not.toContain('LISTED');
  });

  it('asks Slack once per member while the answer is fresh, and again after it expires', async () => {
    const { admins, asked, advance } = check({ A: { is_admin: true } });
    await Promise.all([admins.isAdmin('A'), admins.isAdmin('A')]);
    await admins.isAdmin('A');
    expect(asked).toEqual(['A']);
    advance(1_001);
    await admins.isAdmin('A');
    expect(asked).toEqual(['A', 'A']);
  });

  it('fails closed when Slack will not answer, and asks again sooner', async () => {
    const { admins, asked, advance } = check({});
    expect(await admins.isAdmin('broken')).toBe(false);
    advance(101);
    await admins.isAdmin('broken');
    expect(asked).toEqual(['broken', 'broken']);
  });
});

describe('SeenRequests', () => {
  it('lets a key through once within the window, and again after it', async () => {
    let now = 0;
    const seen = new SeenRequests({ ttlMs: 1_000, maxEntries: 100, now: () => now });
    expect(await seen.firstTime('t1')).toBe(true);
    expect(await seen.firstTime('t1')).toBe(false);
    expect(await seen.firstTime('t2')).toBe(true);
    now = 1_001;
    expect(await seen.firstTime('t1')).toBe(true);
  });

  it('stays bounded, forgetting the oldest first', async () => {
    const seen = new SeenRequests({ ttlMs: 60_000, maxEntries: 3, now: () => 0 });
    for (const key of ['a', 'b', 'c', 'd']) await seen.firstTime(key);
    expect(await seen.firstTime('d')).toBe(false);
    expect(await seen.firstTime('a')).toBe(true);
  });

  it('a retry that lands on another instance is dropped there: the ledger in the shared database decides', async () => {
    const db = openDatabase(':memory:');
    const ledger = new SqliteRequestKeys(db);
    let now = 0;
    const instanceA = new SeenRequests({ shared: ledger, ttlMs: 1_000, now: () => now });
    const instanceB = new SeenRequests({ shared: ledger, ttlMs: 1_000, now: () => now });
    expect(await instanceA.firstTime('command:trigger-1')).toBe(true);
    expect(await instanceB.firstTime('command:trigger-1')).toBe(false);
    expect(await instanceB.firstTime('command:trigger-2')).toBe(true);
    now = 1_001;
    expect(await instanceB.firstTime('command:trigger-1')).toBe(true);
    db.close();
  });

  it('an unreachable ledger does not stop the work: the request is handled and the problem logged', async () => {
    const warnings: string[] = [];
    const broken = { firstTime: () => Promise.reject(new Error('connection refused')) };
    const seen = new SeenRequests({ shared: broken, logger: { ...silentLogger, warn: (_data: object, message?: string) => { warnings.push(message ?? ''); } } });
    expect(await seen.firstTime('k')).toBe(true);
    expect(await seen.firstTime('k')).toBe(false);
    expect(warnings).toHaveLength(1);
  });
});

describe('AfterAck', () => {
  it('runs tasks in order, one per turn, and keeps going after a failure', async () => {
    const errors: unknown[] = [];
    const queue = new AfterAck((e) => errors.push(e));
    const order: string[] = [];
    const done = Promise.all([
      queue.run(async () => { order.push('a'); }),
      queue.run(async () => { throw new Error('boom'); }),
      queue.run(async () => { order.push('c'); }),
    ]);
    expect(order).toEqual([]);
    await done;
    expect(order).toEqual(['a', 'c']);
    expect(errors).toHaveLength(1);
  });

  it('drain waits for every acknowledged task, including one that is slow and one queued by another', async () => {
    const queue = new AfterAck(() => undefined);
    const finished: string[] = [];
    void queue.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      finished.push('slow answer recorded');
      void queue.run(async () => { finished.push('follow-up sent'); });
    });
    void queue.run(async () => { finished.push('lookup answered'); });
    await queue.drain();
    expect(finished.sort()).toEqual(['follow-up sent', 'lookup answered', 'slow answer recorded']);
    await queue.drain();
  });

  it('starts one task per event-loop turn, so other work gets in between', async () => {
    const queue = new AfterAck(() => undefined);
    const order: string[] = [];
    const first = queue.run(async () => { order.push('task 1'); });
    const second = queue.run(async () => { order.push('task 2'); });
    // Work queued now (as an incoming request would be) gets its turn before the second task.
    await new Promise<void>((resolve) => {
      setImmediate(() => { order.push('other work'); resolve(); });
    });
    await Promise.all([first, second]);
    expect(order).toEqual(['task 1', 'other work', 'task 2']);
  });

  const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  it('holds work back while requests keep arriving, and runs it once they stop', async () => {
    let now = 0;
    const queue = new AfterAck(() => undefined, { quietMs: 5, maxDeferMs: 1_000, now: () => now });
    let started = false;
    queue.noteRequest();
    const done = queue.run(async () => { started = true; });
    await pause(30);
    expect(started).toBe(false);
    now = 4;
    queue.noteRequest();
    await pause(30);
    expect(started).toBe(false);
    now = 9;
    await done;
    expect(started).toBe(true);
  });

  it('never holds a task back longer than maxDeferMs, even if requests keep arriving', async () => {
    let now = 0;
    const queue = new AfterAck(() => undefined, { quietMs: 5, maxDeferMs: 100, now: () => now });
    const order: string[] = [];
    queue.noteRequest();
    const first = queue.run(async () => { order.push('a'); });
    const second = queue.run(async () => { order.push('b'); });
    now = 99;
    queue.noteRequest();
    await pause(30);
    expect(order).toEqual([]);
    now = 100;
    queue.noteRequest();
    await Promise.all([first, second]);
    expect(order).toEqual(['a', 'b']);
  });
});

describe('explainSlackError', () => {
  it('gives each common Web API failure a message someone can act on', () => {
    const platform = (error: string, extra = {}) => explainSlackError({ code: 'slack_webapi_platform_error', data: { ok: false, error, ...extra } }, 'chat.postMessage');
    expect(platform('not_in_channel').friendly).toContain('/invite @studybot');
    expect(platform('channel_not_found').friendly).toContain('/invite @studybot');
    expect(platform('missing_scope', { needed: 'chat:write.public' }).friendly).toContain('chat:write.public');
    expect(platform('invalid_auth').friendly).toContain('SLACK_BOT_TOKEN');
    expect(platform('something_new').friendly).toContain('something_new');
    const limited = explainSlackError({ code: 'slack_webapi_rate_limited_error', retryAfter: 7 }, 'chat.update');
    expect([limited.code, limited.retryAfterSec]).toEqual(['ratelimited', 7]);
    expect(explainSlackError(new Error('socket hang up'), 'x').code).toBe('unexpected');
  });
});
