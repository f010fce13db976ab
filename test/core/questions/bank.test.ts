import { describe, expect, it } from 'vitest';
import { studyContent } from '../../../content/index.js';
import { loadContent, type Content } from '../../../content/load.js';
import { MODEL_AREAS } from '../../../content/model/index.js';
import type { ModelAreaInput } from '../../../content/model/schema.js';
import { bankReport, LOOK_ALIKE_THRESHOLD } from '../../../src/core/questions/bank-report.js';
import { buildQuestionBank } from '../../../src/core/questions/build-bank.js';
import { giveaways, mentions } from '../../../src/core/questions/prove.js';
import type { Question } from '../../../src/core/questions/question.js';

const content = studyContent();
const bank = buildQuestionBank(content);
const { model } = content;

function choiceOf(id: string) {
  const c = model.choices.get(id);
  if (!c) throw new Error(`no choice ${id}`);
  return c;
}

/** Is `a` part of `b` at any depth? Re-derived here so the test does not lean on the engine's own helper. */
function isPartOf(a: string, b: string): boolean {
  const parents = model.choices.get(a)?.partOf ?? [];
  return parents.includes(b) || parents.some((p) => isPartOf(p, b));
}

const hardRequirements = (q: Question) => q.requirements.filter((r) => model.requirements.has(r));
const tieBreakerOf = (q: Question) => q.requirements.find((r) => model.tieBreakers.has(r as never));

describe('the question bank, as a whole', () => {
  const report = bankReport(bank, content);

  it('emits no question the engine could not prove', () => {
    expect(bank.problems).toEqual([]);
  });

  it('has at least 500 distinct questions', () => {
    expect(bank.all.length).toBeGreaterThanOrEqual(500);
    expect(new Set(bank.all.map((q) => q.id)).size).toBe(bank.all.length);
  });

  it('gives every CLF-C02 domain at least 5% of the bank', () => {
    for (const [domain, n] of Object.entries(report.byDomain)) {
      expect(n / bank.all.length, domain).toBeGreaterThanOrEqual(0.05);
    }
  });

  it('has "Select TWO" items for at least 5% of the bank, and every kind of question', () => {
    expect(report.selectTwo / bank.all.length).toBeGreaterThanOrEqual(0.05);
    for (const kind of ['scenario', 'purchase', 'responsibility', 'statement', 'concept', 'infrastructure']) {
      expect(report.byKind[kind] ?? 0, kind).toBeGreaterThan(0);
    }
  });

  it('often offers, as a distractor, what the exam pairs with the key (ECS against EKS, SQS against SNS)', () => {
    expect(report.withAlternative / bank.all.length).toBeGreaterThanOrEqual(0.25);
    const ecsEks = bank.all.filter((q) => q.options.some((o) => o.choiceId === 'ecs') && q.options.some((o) => o.choiceId === 'eks'));
    expect(ecsEks.length).toBeGreaterThan(0);
  });

  it('makes every current, in-scope topic the key of some question', () => {
    expect(report.topicsNeverKey).toEqual([]);
  });

  it('never repeats a stem or words one so alike that it reads as the same question', () => {
    const stems = bank.all.map((q) => q.scenario.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
    expect(new Set(stems).size).toBe(stems.length);
    expect(report.lookAlikes, `more than ${LOOK_ALIKE_THRESHOLD * 100}% words in common`).toEqual([]);
  });

  it('varies how questions open and ask, as exam items do', () => {
    const openings = new Set(bank.all.map((q) => q.scenario.split(/\s+/).slice(0, 4).join(' ').toLowerCase()));
    expect(openings.size).toBeGreaterThan(bank.all.length / 3);
    const asks = new Set(bank.all.map((q) => q.scenario.slice(q.scenario.lastIndexOf('. ') + 2)));
    expect(asks.size).toBeGreaterThanOrEqual(15);
    expect(bank.all.some((q) => q.scenario.includes('LEAST operational overhead'))).toBe(true);
  });
});

describe('every question, checked against the model', () => {
  it('has four options (five for Select TWO), all of one kind, and buttons that match', () => {
    for (const q of bank.all) {
      expect(q.options.length, q.id).toBe(q.pick === 2 ? 5 : 4);
      expect(q.keys.length, q.id).toBe(q.pick);
      expect(new Set(q.options.map((o) => choiceOf(o.choiceId).group)).size, q.id).toBe(1);
      expect(new Set(q.options.map((o) => o.choiceId)).size, q.id).toBe(q.options.length);
      const answer = q.choices[q.answerIndex];
      expect([...(answer?.optionIndexes ?? [])].sort(), q.id).toEqual([...q.keys].sort());
      expect(q.choices.length, q.id).toBe(q.pick === 2 ? 10 : 4);
      expect(q.options.map((o) => o.correct), q.id).toEqual(q.options.map((_, i) => q.keys.includes(i)));
    }
  });

  it('has a key that meets every stated requirement, and is current and in scope', () => {
    for (const q of bank.all) {
      for (const k of q.keys) {
        const option = q.options[k];
        if (!option) throw new Error('missing key option');
        const choice = choiceOf(option.choiceId);
        expect(choice.neverKey, `${q.id} key ${choice.id}`).toBe(false);
        for (const r of hardRequirements(q)) {
          expect(model.requirements.get(r)?.meets[choice.id], `${q.id}: key ${choice.id} meets ${r}`).toBeDefined();
        }
        const topic = option.topicId ? content.byId.get(option.topicId) : undefined;
        if (topic && choice.group === 'service') {
          expect(topic.lifecycle.status, `${q.id} key topic`).toBe('available');
          expect(['in-scope', 'concept'], `${q.id} key topic scope`).toContain(topic.examScope);
        }
      }
    }
  });

  it('has wrong options that each fail a stated requirement, and explanations that name it', () => {
    for (const q of bank.all) {
      const tie = tieBreakerOf(q);
      q.options.forEach((o, i) => {
        if (q.keys.includes(i)) return;
        const failed = hardRequirements(q).find((r) => model.requirements.get(r)?.fails[o.choiceId] !== undefined);
        if (failed) {
          const r = model.requirements.get(failed);
          expect(o.explanation, `${q.id} ${o.choiceId}`).toContain(r?.fails[o.choiceId] ?? '');
          if (r?.need) expect(o.explanation, `${q.id} ${o.choiceId}`).toContain(r.need);
          return;
        }
        // Meets every hard requirement: only a strictly worse tie-breaker level may rule it out.
        expect(tie, `${q.id}: ${o.choiceId} fails nothing and there is no tie-breaker`).toBeDefined();
        const levels = model.tieBreakers.get(tie as never)?.levels;
        const keyLevel = Math.min(...q.keys.map((k) => levels?.get(q.options[k]?.choiceId ?? '')?.level ?? Infinity));
        expect(levels?.get(o.choiceId)?.level ?? -1, `${q.id}: ${o.choiceId} loses the tie-break`).toBeGreaterThan(keyLevel);
        expect(o.explanation, q.id).toContain(levels?.get(o.choiceId)?.effort ?? '');
      });
    }
  });

  it('never offers an option that is part of, contains, or runs on the key', () => {
    for (const q of bank.all) {
      for (const k of q.keys) {
        const key = choiceOf(q.options[k]?.choiceId ?? '');
        for (const o of q.options) {
          if (o.choiceId === key.id) continue;
          const other = choiceOf(o.choiceId);
          expect(isPartOf(other.id, key.id) || isPartOf(key.id, other.id), `${q.id}: ${other.id} / ${key.id}`).toBe(false);
          expect(other.runsOn.includes(key.id) || key.runsOn.includes(other.id), `${q.id}: ${other.id} / ${key.id}`).toBe(false);
        }
      }
    }
  });

  it('never names its key in the stem', () => {
    for (const q of bank.all) {
      for (const k of q.keys) {
        const key = choiceOf(q.options[k]?.choiceId ?? '');
        if (key.group === 'statement' || key.group === 'task') continue;
        for (const word of giveaways(key)) expect(mentions(q.scenario, word), `${q.id} says "${word}": ${q.scenario}`).toBe(false);
      }
    }
  });

  it('states, in the stem, every requirement it is proven against', () => {
    for (const q of bank.all) {
      for (const r of hardRequirements(q)) {
        expect(model.requirements.get(r)?.cuePatterns.some((p) => p.test(q.scenario)), `${q.id} states ${r}`).toBe(true);
      }
    }
  });
});

describe('the engine refuses what it cannot prove', () => {
  const base = (frame: Record<string, unknown>, requirements: unknown[], choices: unknown[] = []): Content => loadContent(
    Object.fromEntries(content.topics.map((t) => [`${t.id}.ts`, t])),
    {},
    {
      'content/model/choices.ts': MODEL_AREAS['content/model/choices.ts'] as ModelAreaInput,
      'test.ts': { choices, requirements, frames: [frame] } as unknown as ModelAreaInput,
    },
  );
  const longRun = {
    id: 't-long', need: 'the job runs for six hours', met: 'runs a job for as long as it needs', cues: ['hours'],
    meets: { fargate: true, ec2: true }, fails: { lambda: 'a Lambda function stops after at most 15 minutes' },
  };
  const noServers = {
    id: 't-none', need: 'nobody wants to manage servers', met: 'leaves no servers to manage', cues: ['servers'],
    meets: { fargate: true, lambda: true }, fails: { ec2: 'with EC2 the company manages the instances', lightsail: 'a Lightsail instance is a server to look after' },
  };
  const frame = {
    id: 't-frame', kind: 'scenario', domain: 'technology-and-services', requirements: ['t-long', 't-none'], key: 'fargate',
    distractors: ['lambda', 'ec2', 'lightsail'], ask: 'Which AWS service meets these requirements?',
    stems: ['A team runs a container job for six hours a night and does not want to manage servers.'],
  };

  it('builds a sound frame, explaining each option by the requirement at stake', () => {
    const built = buildQuestionBank(base(frame, [longRun, noServers]));
    expect(built.problems).toEqual([]);
    const q = built.all[0];
    expect(q?.options.find((o) => o.choiceId === 'lambda')?.explanation)
      .toBe('Wrong: a Lambda function stops after at most 15 minutes, but the job runs for six hours.');
    expect(q?.options.find((o) => o.correct)?.explanation).toBe('Right: it runs a job for as long as it needs, and it leaves no servers to manage.');
  });

  it('refuses a distractor that the model does not rule out', () => {
    const built = buildQuestionBank(base({ ...frame, distractors: ['lambda', 'ec2', 'lightsail', 'batch'] }, [longRun, noServers]));
    expect(built.problems.join('\n')).toMatch(/"batch" is part of, contains or runs on the key|"batch" is not clearly wrong/);
  });

  it('refuses a key that fails a stated requirement', () => {
    const built = buildQuestionBank(base({ ...frame, key: 'lambda', distractors: ['ec2', 'lightsail', 'fargate'] }, [longRun, noServers]));
    expect(built.all).toEqual([]);
    expect(built.problems.join('\n')).toContain('the key "lambda" does not meet every stated requirement');
  });

  it('refuses a stem that names its key or leaves a requirement unsaid', () => {
    const named = buildQuestionBank(base({ ...frame, stems: ['A team runs a Fargate job for six hours and wants no servers.'] }, [longRun, noServers]));
    expect(named.problems.join('\n')).toContain('names its key');
    const unsaid = buildQuestionBank(base({ ...frame, stems: ['A team runs a container job every night and wants no servers at all.'] }, [longRun, noServers]));
    expect(unsaid.problems.join('\n')).toContain('does not state "t-long"');
  });

  it('refuses an option that is part of the key', () => {
    const parts = { ...noServers, meets: { 'systems-manager': true }, fails: { ...noServers.fails, 'ssm-run-command': 'Run Command runs scripts' } };
    const built = buildQuestionBank(base({
      ...frame, requirements: ['t-none'], key: 'systems-manager', distractors: ['ssm-run-command', 'ec2', 'lightsail'],
      stems: ['A team wants to look after its fleet and does not want to manage servers for the tooling.'],
    }, [parts]));
    expect(built.problems.join('\n')).toContain('"ssm-run-command" is part of, contains or runs on the key "systems-manager"');
  });

  it('refuses a retired or out-of-scope key', () => {
    const req = { ...noServers, meets: { codedeploy: true } };
    const built = buildQuestionBank(base({ ...frame, requirements: ['t-none'], key: 'codedeploy', distractors: ['ec2', 'lightsail', 'lambda'] }, [req]));
    expect(built.problems.join('\n')).toContain('"codedeploy" cannot be a key');
  });
});

describe('ids', () => {
  it('are the same when the content is loaded again, so stored answers keep pointing at their question', () => {
    const again = buildQuestionBank(studyContent());
    expect(again.all.map((q) => q.id)).toEqual(bank.all.map((q) => q.id));
  });

  it('do not move when another frame is added or removed', () => {
    const [first, ...rest] = Object.entries(MODEL_AREAS);
    const without = Object.fromEntries([first, ...rest.map(([file, area]) => [file, { ...area, frames: (area.frames ?? []).slice(1) }])].filter((e): e is [string, ModelAreaInput] => e !== undefined));
    const smaller = buildQuestionBank(loadContent(Object.fromEntries(content.topics.map((t) => [`${t.id}.ts`, t])), {}, without));
    const ids = new Set(bank.all.map((q) => q.id));
    expect(smaller.all.length).toBeLessThan(bank.all.length);
    for (const q of smaller.all) expect(ids.has(q.id), q.id).toBe(true);
  });
});
