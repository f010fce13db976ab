import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { studyContent } from '../../../content/index.js';
import { buildQuestionBank } from '../../../src/core/questions/build-bank.js';
import { CSV_HEADER, csvField, formatBank } from '../../../src/core/questions/format-bank.js';
import type { Question } from '../../../src/core/questions/question.js';

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      expect(field, 'a quote may only open a field').toBe('');
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      expect(c, 'bare line breaks are not RFC 4180').not.toMatch(/[\r\n]/);
      field += c;
    }
  }
  expect(quoted, 'unterminated quote').toBe(false);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const tricky: Question = {
  id: 'q_0123456789ab',
  topicId: 'lambda',
  domain: 'technology-and-services',
  kind: 'scenario',
  frameId: 'tricky',
  requirements: ['no-servers', 'short-runs'],
  scenario: 'A shop, "Books & Co", needs X, Y and Z.\nWhich AWS service meets these requirements?',
  options: [
    { choiceId: 'ecs-on-ec2', topicId: 'ecs', label: 'Amazon ECS on EC2 instances', correct: false, explanation: 'Wrong: the company would "patch" the instances, but it wants no servers.' },
    { choiceId: 'lambda', topicId: 'lambda', label: 'AWS Lambda', correct: true, explanation: 'Right: it runs functions, and it leaves no servers to manage.' },
    { choiceId: 'batch', topicId: 'batch', label: 'AWS Batch', correct: false, explanation: 'Wrong: Batch queues jobs, but each order needs an answer within a second.' },
    { choiceId: 'ec2', topicId: 'ec2', label: 'Amazon EC2', correct: false, explanation: 'Wrong: the company would patch the instances, but it wants no servers.' },
  ],
  pick: 1,
  keys: [1],
  choices: [0, 1, 2, 3].map((i) => ({ label: String(i), optionIndexes: [i] })),
  answerIndex: 1,
};

const pair: Question = {
  ...tricky,
  id: 'q_ba9876543210',
  scenario: 'Which TWO tasks are the company\'s job? (Select TWO.)',
  options: [...tricky.options, { choiceId: 'x', label: 'Fifth, with a comma', correct: true, explanation: 'Right: it is.' }],
  pick: 2,
  keys: [1, 4],
  answerIndex: 0,
};

describe('formatBank', () => {
  it('prints one JSON object per line with the answer and every explanation', () => {
    const text = formatBank({ all: [tricky, tricky] }, 'jsonl');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      id: 'q_0123456789ab',
      topic: 'lambda',
      domain: 'technology-and-services',
      kind: 'scenario',
      frame: 'tricky',
      scenario: tricky.scenario,
      options: ['Amazon ECS on EC2 instances', 'AWS Lambda', 'AWS Batch', 'Amazon EC2'],
      answer: 'AWS Lambda',
      explanations: tricky.options.map((o) => o.explanation),
      requirements: ['no-servers', 'short-runs'],
    });
  });

  it('gives a "Select TWO" item its answer as a list of both labels', () => {
    const row = JSON.parse(formatBank({ all: [pair] }, 'jsonl')) as { answer: unknown; explanations: string[] };
    expect(row.answer).toEqual(['AWS Lambda', 'Fifth, with a comma']);
    expect(row.explanations).toHaveLength(5);
    const csv = parseCsv(formatBank({ all: [pair] }, 'csv'));
    expect(csv[1]?.[10]).toBe('AWS Lambda + Fifth, with a comma');
  });

  it('prints RFC 4180 CSV with a header, quoting commas, quotes and line breaks', () => {
    const text = formatBank({ all: [tricky] }, 'csv');
    expect(text.startsWith('id,topic,domain,kind,scenario,option_1,option_2,option_3,option_4,option_5,answer,explanation_1,')).toBe(true);
    expect(text).toContain('"A shop, ""Books & Co"", needs X, Y and Z.\nWhich AWS service meets these requirements?"');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows[1]).toEqual([
      'q_0123456789ab', 'lambda', 'technology-and-services', 'scenario', tricky.scenario,
      'Amazon ECS on EC2 instances', 'AWS Lambda', 'AWS Batch', 'Amazon EC2', '', 'AWS Lambda',
      ...tricky.options.map((o) => o.explanation), '', 'no-servers short-runs',
    ]);
  });

  it('quotes only the fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('round-trips the real bank through both formats', () => {
    const bank = buildQuestionBank(studyContent());
    const json = formatBank(bank).trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; answer: string | string[]; options: string[]; explanations: string[] });
    expect(json.map((r) => r.id)).toEqual(bank.all.map((q) => q.id));
    for (const r of json) {
      for (const a of typeof r.answer === 'string' ? [r.answer] : r.answer) expect(r.options).toContain(a);
      expect(r.explanations).toHaveLength(r.options.length);
    }

    const rows = parseCsv(formatBank(bank, 'csv'));
    expect(rows).toHaveLength(bank.all.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
    expect(rows.slice(1).map((r) => r[4])).toEqual(bank.all.map((q) => q.scenario));
  });
});

describe('npm run bank', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  // tsx's own entry point, run by this node: no npx, no shell, works on every OS.
  const run = (...args: string[]) => spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/bank.ts', ...args], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });

  it('prints CSV with --format csv', () => {
    const result = run('--format', 'csv');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = parseCsv(result.stdout);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows.length).toBe(buildQuestionBank(studyContent()).all.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
  });

  it('prints a review sheet of N questions, the same draw for the same seed', () => {
    const first = run('--sample', '3', '--seed', '7');
    expect(first.status).toBe(0);
    expect(first.stdout.match(/^\d+\. \[q_[0-9a-f]{12}/gm)).toHaveLength(3);
    expect(first.stdout).toContain('<- key');
    expect(run('--sample', '3', '--seed', '7').stdout).toBe(first.stdout);
    expect(run('--sample', '3', '--seed', '8').stdout).not.toBe(first.stdout);
    expect(run('--sample', 'lots').status).toBe(2);
  });

  it('checks the bank and reports its size by domain and kind', () => {
    const result = run('--check');
    expect(result.stdout).toMatch(/^Questions: \d+/);
    expect(result.stdout).toContain('Problems: none');
    expect(result.status).toBe(0);
  });

  it('refuses an unknown flag kindly, with exit code 2', () => {
    const result = run('--colour');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--colour');
    expect(result.stderr).toContain('Usage');
  });
});
