import type { Question, QuestionBank } from './question.js';

export const BANK_FORMATS = ['jsonl', 'csv'] as const;
export type BankFormat = (typeof BANK_FORMATS)[number];

/** Options per question; the CSV has one column per option. */
const OPTION_COLUMNS = 4;

export const CSV_HEADER = [
  'id', 'topic', 'domain', 'scenario',
  ...Array.from({ length: OPTION_COLUMNS }, (_, i) => `option_${i + 1}`),
  'answer',
  ...Array.from({ length: OPTION_COLUMNS }, (_, i) => `explanation_${i + 1}`),
] as const;

/** One question as a plain record: what `npm run bank` prints per line. */
export interface BankRow {
  readonly id: string;
  readonly topic: string;
  readonly domain: string;
  readonly scenario: string;
  readonly options: readonly string[];
  readonly answer: string;
  readonly explanations: readonly string[];
}

export function bankRow(question: Question): BankRow {
  return {
    id: question.id,
    topic: question.topicId,
    domain: question.domain,
    scenario: question.scenario,
    options: question.options.map((o) => o.label),
    answer: question.options[question.answerIndex]?.label ?? '',
    explanations: question.options.map((o) => o.explanation),
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
        row.id, row.topic, row.domain, row.scenario,
        ...padded(row.options), row.answer, ...padded(row.explanations),
      ];
      lines.push(cells.map(csvField).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
  }
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

function padded(values: readonly string[]): string[] {
  return Array.from({ length: OPTION_COLUMNS }, (_, i) => values[i] ?? '');
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, inner quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
