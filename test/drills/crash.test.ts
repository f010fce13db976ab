import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const main = new URL('../../src/main.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'studybot-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dbPath = join(dir, 'crash.db');
const env = { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'silent', DATABASE_PATH: dbPath };

const MEMBERS = 400;

function burst(from: number, to: number): string {
  const lines: string[] = [];
  for (let i = from; i < to; i++) lines.push(`/as m${i}`, `${(i % 4) + 1}`);
  return `${lines.join('\n')}\n`;
}

// node --import tsx runs the bot in this very process, so SIGKILL hits the bot and not a wrapper.
describe('crash drill: kill -9 in the middle of a burst of answers', () => {
  it('keeps every acknowledged answer, none twice, and the question carries on after a restart', async () => {
    // Post today's question first, in its own run.
    const post = spawnSync(process.execPath, ['--import', 'tsx', main, '/aws daily now'], { env, encoding: 'utf8' });
    expect(post.stdout).toContain('Question of the day');

    const child = spawn(process.execPath, ['--import', 'tsx', main], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const acked = new Set<string>();
    let current = '';
    const killed = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        // Acknowledgements arrive in order: "Now typing as mN." then "Got it: …".
        for (const line of out.split('\n')) {
          const as = /^Now typing as (m\d+)\./.exec(line);
          if (as?.[1]) current = as[1];
          if (line.startsWith('Got it:') && current) acked.add(current);
        }
        out = out.slice(out.lastIndexOf('\n') + 1);
        if (acked.size >= MEMBERS / 3 && child.exitCode === null && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    child.stdin.on('error', () => undefined); // the pipe breaks when the process dies mid-write
    child.stdin.write(burst(0, MEMBERS));
    await killed;
    expect(child.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThan(0);
    expect(acked.size).toBeLessThan(MEMBERS);

    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare("SELECT member_id, COUNT(*) AS n FROM answers WHERE kind = 'daily' GROUP BY member_id").all() as { member_id: string; n: number }[];
    db.close();
    const stored = new Set(rows.map((r) => r.member_id));
    for (const member of acked) expect(stored.has(member), member).toBe(true);
    expect(rows.every((r) => r.n === 1)).toBe(true);

    // Restart: everyone answers again. Those already stored are refused, the rest are recorded.
    const again = spawnSync(process.execPath, ['--import', 'tsx', main], { env, input: burst(0, MEMBERS), encoding: 'utf8' });
    expect(again.status).toBe(0);
    const gotIt = (again.stdout.match(/^Got it:/gm) ?? []).length;
    const refused = (again.stdout.match(/^You already answered/gm) ?? []).length;
    expect(refused).toBe(stored.size);
    expect(gotIt).toBe(MEMBERS - stored.size);
    const after = new Database(dbPath, { readonly: true });
    const total = after.prepare("SELECT COUNT(*) AS n, COUNT(DISTINCT member_id) AS d FROM answers WHERE kind = 'daily'").get() as { n: number; d: number };
    after.close();
    expect(total).toEqual({ n: MEMBERS, d: MEMBERS });
  });
});
