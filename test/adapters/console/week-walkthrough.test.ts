import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

/** The shell snippet under `<!-- week-walkthrough -->` in README.md, as a reader would paste it. */
function readmeSnippet(): string {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const found = /<!-- week-walkthrough -->\n```sh\n([\s\S]*?)\n```/.exec(readme);
  if (!found?.[1]) throw new Error('README.md lost its week walk-through snippet');
  return found[1];
}

describe('README: a week with studybot', () => {
  it('the pasted snippet plays a week in piped mode: one question a day, each revealed once, in order', () => {
    // node --import tsx instead of npm start: same program, without npm's banner and child process.
    const script = readmeSnippet().replace(/npm start$/, `"${process.execPath}" --import tsx src/main.ts`);
    const started = performance.now();
    const run = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'silent' } });
    console.log(`README week walk-through: ${(performance.now() - started).toFixed(0)} ms`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^Got it: /gm)).toHaveLength(2);
    // Real time decides whether the 7th morning falls inside the week, so 7 or 8 days; never a repeat.
    const dates = [...run.stdout.matchAll(/^Question of the day · (\d{4}-\d{2}-\d{2})$/gm)].map((m) => m[1] ?? '');
    expect(dates.length).toBeGreaterThanOrEqual(7);
    expect(dates.length).toBeLessThanOrEqual(8);
    expect(new Set(dates).size).toBe(dates.length);
    dates.slice(1).forEach((date, i) => expect(Date.parse(date) - Date.parse(dates[i] ?? '')).toBe(86_400_000));
    const reveals = run.stdout.match(/^Answer: /gm) ?? [];
    const closed = run.stdout.match(/^Question of the day · \S+ · closed$/gm) ?? [];
    expect(reveals.length).toBeGreaterThanOrEqual(dates.length - 1);
    expect(reveals.length).toBeLessThanOrEqual(dates.length);
    expect(closed).toHaveLength(reveals.length);
    expect(run.stdout).toMatch(/travelled 7d ahead of real time\.\n*$/);
  });
});
