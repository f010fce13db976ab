import type { Question, QuestionBank } from './question.js';

export const BANK_FORMATS = ['jsonl', 'csv'] as const;
export type BankFormat = (typeof BANK_FORMATS)[number];

/** Most options per question ("Select TWO" items have five); the CSV has one column per option. */
const OPTION_COLUMNS = 5;

export const CSV_HEADER = [
  'id', 'topic', 'domain', 'kind', 'scenario',
  ...Array.from({ length: OPTION_COLUMNS }, (_, i) => `option_${i + 1}`),
  'answer',
  ...Array.from({ length: OPTION_COLUMNS }, (_, i) => `explanation_${i + 1}`),
  'requirements',
] as const;

/** One question as a plain record: what `npm run bank` prints per line. */
export interface BankRow {
  readonly id: string;
  readonly topic: string;
  readonly domain: string;
  readonly kind: string;
  readonly frame: string;
  readonly scenario: string;
  readonly options: readonly string[];
  /** The right option's label, or both labels of a "Select TWO" item. */
  readonly answer: string | readonly string[];
  /** One per option, in option order. */
  readonly explanations: readonly string[];
  readonly requirements: readonly string[];
}

export function bankRow(question: Question): BankRow {
  const keys = question.keys.map((i) => question.options[i]?.label ?? '');
  return {
    id: question.id,
    topic: question.topicId,
    domain: question.domain,
    kind: question.kind,
    frame: question.frameId,
    scenario: question.scenario,
    options: question.options.map((o) => o.label),
    answer: question.pick === 1 ? (keys[0] ?? '') : keys,
    explanations: question.options.map((o) => o.explanation),
    requirements: question.requirements,
  };
}

/**
 * The whole bank as text: JSON lines (one question per line), or RFC 4180 CSV with a header row and
 * CRLF line breaks, ready for a spreadsheet or an Anki import.
 */
export function formatBank(bank: Pick<QuestionBank, 'all'>, format: BankFormat = 'jsonl'): string {
  const rows = bank.all.map(bankRow);
  if (format === 'csv') {
    const lines = [CSV_HEADER.map(csvField).join(',')];
    for (const row of rows) {
      const cells = [
        row.id, row.topic, row.domain, row.kind, row.scenario,
        ...padded(row.options), typeof row.answer === 'string' ? row.answer : row.answer.join(' + '),
        ...padded(row.explanations), row.requirements.join(' '),
      ];
      lines.push(cells.map(csvField).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
  }
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

const LETTERS = 'ABCDE';

/**
 * A review sheet: each question as a reviewer reads it on paper, options lettered, the key marked and
 * every explanation under its option.
 */
export function formatReviewSheet(questions: readonly Question[]): string {
  return questions.map((q, n) => {
    const head = `${n + 1}. [${q.id} · ${q.domain} · ${q.kind}${q.pick === 2 ? ' · select two' : ''} · study: ${q.topicId}]`;
    const options = q.options.map((o, i) => `   ${LETTERS[i] ?? i + 1}. ${o.label}${o.correct ? '   <- key' : ''}\n      ${o.explanation}`);
    return `${head}\n   ${q.scenario}\n${options.join('\n')}\n`;
  }).join('\n');
}

function padded(values: readonly string[]): string[] {
  return Array.from({ length: OPTION_COLUMNS }, (_, i) => values[i] ?? '');
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, inner quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
