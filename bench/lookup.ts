/**
 * Lookup speed over the real content: p50/p99 of answering what members type (understanding, facts,
 * comparisons, pasted scenarios, out-of-scope names; replies included) against a bare MiniSearch
 * search on the same free-text index in the same run, then the one-shot console command from process
 * start to reply. The queries are the public lookup cases (test/core/lookup/cases.ts).
 * Run: npm run bench:lookup
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { studyContent } from '../content/index.js';
import { answerQuestion } from '../src/core/commands/lookup.js';
import type { CommandContext } from '../src/core/commands/command-module.js';
import { LookupKit } from '../src/core/lookup/lookup-kit.js';
import { buildQuestionBank } from '../src/core/questions/build-bank.js';
import { LOOKUP_CASES } from '../test/core/lookup/cases.js';
import { fmt, report, summarize } from './stats.js';

const content = studyContent();
const bank = buildQuestionBank(content);
const lookup = new LookupKit(content, () => bank);
const context: CommandContext = {
  request: { actor: { id: 'bench', name: 'bench', isAdmin: false }, place: { platform: 'console', workspaceId: 'w', channelId: 'c' }, text: '' },
  content, finder: lookup.finder, lookup,
};
const queries = LOOKUP_CASES.map((c) => c.q);
const ROUNDS = 40;

function time(fn: (q: string) => unknown): number[] {
  for (const q of queries) fn(q); // warm up, and build the scenario index once
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of queries) {
      const t = performance.now();
      fn(q);
      samples.push(performance.now() - t);
    }
  }
  return samples;
}

const ours = summarize(time((q) => answerQuestion(q, context)));
const baseline = summarize(time((q) => lookup.finder.searchText(q)));
console.log(`lookup over ${content.topics.length} topics and ${bank.all.length} scenarios, ${ours.n} answers: p50 ${fmt(ours.p50)}, p99 ${fmt(ours.p99)}`);
console.log(`bare MiniSearch search on the same index: p50 ${fmt(baseline.p50)}, p99 ${fmt(baseline.p99)}`);
report('lookup: p99', ours.p99, 'ms', { op: '<=', value: 1 });
report('lookup: p99 ratio vs bare MiniSearch', ours.p99 / baseline.p99, 'x', { op: '<=', value: 3 });

const root = fileURLToPath(new URL('..', import.meta.url));
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', '/aws lambda pricing'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DATABASE_PATH: ':memory:' },
  });
  runs.push(performance.now() - t);
  if (run.status !== 0 || !run.stdout.includes('GB-second')) throw new Error(`one-shot failed: ${run.stderr}`);
}
const oneShot = summarize(runs);
console.log(`one-shot "/aws lambda pricing" from process start to reply: median ${fmt(oneShot.p50)}, worst ${fmt(oneShot.p99)}`);
report('one-shot console command', oneShot.p99, 'ms', { op: '<=', value: 1500 });
