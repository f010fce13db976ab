/**
 * Runs every benchmark program in bench/ one after another and prints one table: each figure, its
 * goal and whether it is met. Also writes the table, with the machine it came from, to
 * bench/RESULTS.md. Run: npm run bench
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const PROGRAMS = ['lookup', 'answers', 'pg-answers', 'leaderboard', 'daily', 'slack', 'slack-flood', 'discord', 'chart', 'recap', 'month'];
const root = fileURLToPath(new URL('..', import.meta.url));

interface Figure { name: string; value: number; unit: string; goal: string; met?: boolean }

const figures: Figure[] = [];
const failures: string[] = [];
for (const program of PROGRAMS) {
  process.stderr.write(`running bench/${program}.ts …\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${program}.ts`], { cwd: root, encoding: 'utf8', timeout: 15 * 60_000 });
  process.stderr.write(`  done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  if (run.status !== 0) failures.push(`${program}: exit ${run.status ?? run.signal}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('FIGURE ')) figures.push(JSON.parse(line.slice(7)) as Figure);
  }
}

const rows = figures.map((f) => `| ${f.name} | ${f.value} ${f.unit} | ${f.goal || '—'} | ${f.met === undefined ? '—' : f.met ? 'yes' : '**no**'} |`);
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const table = ['| figure | value | goal | met |', '|---|---|---|---|', ...rows].join('\n');
const report = `# Benchmark results\n\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on ${machine}.\n\n${table}\n${failures.length > 0 ? `\nFailed programs:\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''}`;
console.log(report);
writeFileSync(new URL('RESULTS.md', import.meta.url), report);
if (failures.length > 0) process.exitCode = 1;
