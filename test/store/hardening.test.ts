import { chmodSync, mkdtempSync, openSync, renameSync, rmSync, statSync, unlinkSync, writeSync, closeSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor, Place } from '../../src/core/request.js';
import { openDatabase, StoreError } from '../../src/store/open-database.js';
import { testApp } from '../helpers/assembly.js';
import { fixedClock } from '../helpers/bot.js';

const dir = mkdtempSync(join(tmpdir(), 'studybot-hardening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const admin: Actor = { id: 'U0', name: 'ada', isAdmin: true };
const ann: Actor = { id: 'U1', name: 'ann', isAdmin: false };
const mode = (path: string) => statSync(path).mode & 0o777;

describe('a private database', () => {
  it('is created in a folder only its owner can enter, in a file only its owner can read', () => {
    const path = join(dir, 'new', 'nested', 'studybot.db');
    const db = openDatabase(path);
    db.close();
    expect(mode(join(dir, 'new', 'nested'))).toBe(0o700);
    expect(mode(path)).toBe(0o600);
  });

  it('an existing world-readable file is made private at start', () => {
    const path = join(dir, 'old.db');
    openDatabase(path).close();
    chmodSync(path, 0o644);
    openDatabase(path).close();
    expect(mode(path)).toBe(0o600);
  });

  it('a damaged file stops the start with one sentence', () => {
    const path = join(dir, 'damaged.db');
    const db = openDatabase(path);
    db.exec('CREATE TABLE filler (n INTEGER PRIMARY KEY, text TEXT)');
    const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over the header of a page in the middle of the table's b-tree.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(12, 0x5a), 0, 12, 4096 * 6);
    closeSync(fd);
    expect(() => openDatabase(path)).toThrow(StoreError);
    expect(() => openDatabase(path)).toThrow(/damaged|corrupt|not a SQLite/);
  });
});

describe('the database file deleted or replaced while the bot runs', () => {
  async function openQuestion(path: string) {
    const app = testApp({ path, clock: fixedClock('2026-11-23T09:00:00Z') });
    await app.bot.handle({ actor: admin, place, text: 'daily now' });
    const choice = app.poster.questions()[0]?.reply.choices[0]?.id ?? '';
    return { app, choice };
  }

  it('deleted: answers are refused with a clear message, never "Got it", and lookups still work', async () => {
    const path = join(dir, 'deleted.db');
    const { app, choice } = await openQuestion(path);
    unlinkSync(path);
    const reply = await app.bot.handleAction({ actor: ann, place, actionId: choice });
    expect(reply.text).not.toMatch(/Got it/);
    expect(reply.text).toMatch(/deleted or replaced.*Nothing was recorded/);
    expect((await app.bot.handle({ actor: ann, place, text: 'lambda' })).title).toBe('AWS Lambda');
    app.db.close();
  });

  it('replaced by another file: the same refusal, and the stranger file is left untouched', async () => {
    const path = join(dir, 'replaced.db');
    const { app, choice } = await openQuestion(path);
    const other = join(dir, 'other.db');
    copyFileSync(path, other);
    renameSync(other, path);
    const reply = await app.bot.handleAction({ actor: ann, place, actionId: choice });
    expect(reply.text).toMatch(/deleted or replaced/);
    const check = new Database(path, { readonly: true });
    expect((check.prepare('SELECT COUNT(*) AS n FROM answers').get() as { n: number }).n).toBe(0);
    check.close();
    app.db.close();
  });

  it('still there: answers are recorded as before', async () => {
    const { app, choice } = await openQuestion(join(dir, 'kept.db'));
    expect((await app.bot.handleAction({ actor: ann, place, actionId: choice })).text).toMatch(/^Got it/);
    app.db.close();
  });
});
