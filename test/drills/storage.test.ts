import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor, Place } from '../../src/core/request.js';
import { openDatabase } from '../../src/store/open-database.js';
import { testApp } from '../helpers/assembly.js';
import { fixedClock } from '../helpers/bot.js';

const dir = mkdtempSync(join(tmpdir(), 'studybot-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const admin: Actor = { id: 'U0', name: 'ada', isAdmin: true };
const member = (i: number): Actor => ({ id: `U${i}`, name: `m${i}`, isAdmin: false });

function countAnswers(path: string): number {
  const db = new Database(path, { readonly: true });
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM answers').get() as { n: number };
  db.close();
  return n;
}

describe('storage faults while running', () => {
  it('disk full: a clear message, nothing half-saved, and answers work again once there is room', async () => {
    const path = join(dir, 'full.db');
    const app = testApp({ path, clock: fixedClock('2026-11-23T09:00:00Z') });
    await app.bot.handle({ actor: admin, place, text: 'daily now' });
    const choice = app.poster.questions()[0]?.reply.choices[1]?.id ?? '';

    // Cap the file at its current size: the next page SQLite needs is refused, as on a full disk.
    const pages = Number(app.db.pragma('page_count', { simple: true }));
    app.db.pragma(`max_page_count = ${pages}`);
    const replies = [];
    for (let i = 1; i <= 400; i++) replies.push(await app.bot.handleAction({ actor: member(i), place, actionId: choice }));
    const refused = replies.filter((r) => /database is full/.test(r.text));
    const recorded = replies.filter((r) => /^Got it/.test(r.text));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.text).toMatch(/Nothing was recorded/);
    expect(recorded.length + refused.length).toBe(400);
    expect(countAnswers(path)).toBe(recorded.length);

    // Room again: a member who was refused can answer now, once.
    app.db.pragma('max_page_count = 1073741823');
    const refusedIndex = replies.findIndex((r) => /database is full/.test(r.text)) + 1;
    expect((await app.bot.handleAction({ actor: member(refusedIndex), place, actionId: choice })).text).toMatch(/^Got it/);
    expect((await app.bot.handleAction({ actor: member(refusedIndex), place, actionId: choice })).text).toMatch(/already answered/);
    expect(countAnswers(path)).toBe(recorded.length + 1);
  });

  it('locked by another process: a clear message, no write, and it recovers when the lock goes', async () => {
    const path = join(dir, 'locked.db');
    const app = testApp({ path, busyTimeoutMs: 50 });
    await app.bot.handle({ actor: admin, place, text: 'daily now' });
    const choice = app.poster.questions()[0]?.reply.choices[0]?.id ?? '';

    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    const blocked = await app.bot.handleAction({ actor: member(1), place, actionId: choice });
    expect(blocked.text).toMatch(/database is busy with another process.*Nothing was recorded/);
    other.exec('ROLLBACK');
    other.close();

    expect(countAnswers(path)).toBe(0);
    expect((await app.bot.handleAction({ actor: member(1), place, actionId: choice })).text).toMatch(/^Got it/);
    expect(countAnswers(path)).toBe(1);
  });

  it('read-only: start-up refuses the file with one clear sentence', () => {
    const path = join(dir, 'ro.db');
    openDatabase(path).close();
    expect(() => openDatabase(path, { readonly: true })).toThrow(/is read-only: studybot needs to write scores/);
  });
});
