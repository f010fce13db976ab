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
  traitIds: ['serverless', 'runs-functions'],
  scenario: 'A shop, "Books & Co", needs X, Y and Z.\nWhich AWS service fits best?',
  options: [
    { topicId: 'ecs', label: 'Amazon ECS', correct: false, explanation: 'Amazon ECS does not fit: it is "not" serverless, sadly.' },
    { topicId: 'lambda', label: 'AWS Lambda', correct: true, explanation: 'AWS Lambda fits: it runs functions, and it is serverless.' },
    { topicId: 'batch', label: 'AWS Batch', correct: false, explanation: 'AWS Batch does not fit.' },
    { topicId: 'ec2', label: 'Amazon EC2', correct: false, explanation: 'Amazon EC2 does not fit: it gives you servers, which you patch.' },
  ],
  answerIndex: 1,
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
      scenario: tricky.scenario,
      options: ['Amazon ECS', 'AWS Lambda', 'AWS Batch', 'Amazon EC2'],
      answer: 'AWS Lambda',
      explanations: tricky.options.map((o) => o.explanation),
    });
  });

  it('prints RFC 4180 CSV with a header, quoting commas, quotes and line breaks', () => {
    const text = formatBank({ all: [tricky] }, 'csv');
    expect(text.startsWith('id,topic,domain,scenario,option_1,option_2,option_3,option_4,answer,explanation_1,')).toBe(true);
    expect(text).toContain('"A shop, ""Books & Co"", needs X, Y and Z.\nWhich AWS service fits best?"');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows[1]).toEqual([
      'q_0123456789ab', 'lambda', 'technology-and-services', tricky.scenario,
      'Amazon ECS', 'AWS Lambda', 'AWS Batch', 'Amazon EC2', 'AWS Lambda',
      ...tricky.options.map((o) => o.explanation),
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
    const json = formatBank(bank).trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; answer: string; options: string[] });
    expect(json.map((r) => r.id)).toEqual(bank.all.map((q) => q.id));
    for (const r of json) expect(r.options).toContain(r.answer);

    const rows = parseCsv(formatBank(bank, 'csv'));
    expect(rows).toHaveLength(bank.all.length + 1);
    for (const row of rows) expect(row).toHaveLength(13);
    expect(rows.slice(1).map((r) => r[3])).toEqual(bank.all.map((q) => q.scenario));
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
    for (const row of rows) expect(row).toHaveLength(13);
  });

  it('refuses an unknown flag kindly, with exit code 2', () => {
    const result = run('--colour');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--colour');
    expect(result.stderr).toContain('Usage');
  });
});
