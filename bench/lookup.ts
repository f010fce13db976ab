/**
 * Lookup speed over the real content: p50/p99 of TopicFinder.find against a bare fuse.js search on the
 * same names and aliases in the same run, then the one-shot console command from process start to
 * reply. Run: npm run bench:lookup
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { studyContent } from '../content/index.js';
import { TopicFinder } from '../src/core/lookup/topic-finder.js';
import { fmt, report, summarize } from './stats.js';

const content = studyContent();
const finder = new TopicFinder(content.topics);
const bare = new Fuse(content.topics.flatMap((t) => [t.name, t.id, ...t.aliases].map((term) => ({ id: t.id, term }))), { keys: ['term'], includeScore: true, threshold: 0.5, ignoreLocation: true });

// What members type: exact names, aliases with aspects, typos, free-text questions.
const queries = [
  'lambda pricing', 'fargate', 'ecr', 'k8s', 'eb', 'ssm', 'lamda', 'fargte', 'elastic beanstock', 'cloudformaton',
  'run docker containers without managing servers', 'where do i store private docker images', 'how much does lambda cost',
  'serverless api', 'compile code and run tests', 'exam tips for fargate', 'batch limits', 'lightsail', 'opsworks', 'codestar',
];
const ROUNDS = 500;

function time(fn: (q: string) => unknown): number[] {
  for (const q of queries) fn(q); // warm up
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

const ours = summarize(time((q) => finder.find(q)));
const baseline = summarize(time((q) => bare.search(q)));
console.log(`lookup over ${content.topics.length} topics, ${ours.n} queries: p50 ${fmt(ours.p50)}, p99 ${fmt(ours.p99)}`);
console.log(`bare fuse.js search on the same names: p50 ${fmt(baseline.p50)}, p99 ${fmt(baseline.p99)}`);
report('lookup: p99', ours.p99, 'ms', { op: '<=', value: 1 });
report('lookup: p99 ratio vs bare fuse.js', ours.p99 / baseline.p99, 'x', { op: '<=', value: 1.5 });

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
