/**
 * `npm run bank`: prints every generated question, or checks the bank.
 *   npm run bank                          JSON lines, one question per line
 *   npm run bank -- --format csv          CSV with a header, for a spreadsheet or an Anki import
 *   npm run bank -- --sample 40 --seed 7  a readable review sheet of 40 random questions
 *   npm run bank -- --check               size by domain and kind, coverage, look-alikes, problems
 */
import { createHash } from 'node:crypto';
import { studyContent } from '../../content/index.js';
import { bankReport, formatReport } from '../core/questions/bank-report.js';
import { buildQuestionBank } from '../core/questions/build-bank.js';
import { BANK_FORMATS, formatBank, formatReviewSheet, type BankFormat } from '../core/questions/format-bank.js';
import type { Question } from '../core/questions/question.js';
import { formatReported } from '../core/questions/format-reported.js';
import { openDatabase } from '../store/open-database.js';
import { SqliteQuizStore } from '../store/sqlite-quiz-store.js';
import { DEFAULT_DATABASE_PATH } from '../config/env.js';
import { existsSync } from 'node:fs';

const USAGE = `Usage: npm run bank [-- options]
  --format jsonl        one JSON object per line (the default)
  --format csv          CSV with a header row, for a spreadsheet or an Anki import
  --sample N            a review sheet of N random questions (with --seed S to repeat a draw)
  --check               the bank's size by domain and kind, coverage and problems; exits 1 on a problem
  --reported            questions members reported (from DATABASE_PATH), with counts and reasons`;

export interface BankArgs {
  readonly format: BankFormat;
  readonly sample?: number;
  readonly seed: string;
  readonly check: boolean;
  readonly reported: boolean;
}
type Parsed = BankArgs | { help: true } | { error: string };

export function parseArgs(args: readonly string[]): Parsed {
  let format: BankFormat = 'jsonl';
  let sample: number | undefined;
  let seed = '1';
  let check = false;
  let reported = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--check' || arg === '--reported') {
      if (arg === '--check') check = true;
      else reported = true;
      continue;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!['--format', '--sample', '--seed'].includes(name)) return { error: `I don't know the option "${arg}".` };
    const value = inline ?? args[++i];
    if (value === undefined) return { error: `${name} needs a value.` };
    if (name === '--format') {
      const f = value === 'json' ? 'jsonl' : value;
      if (!BANK_FORMATS.includes(f as BankFormat)) return { error: `I can't print the format "${value}".` };
      format = f as BankFormat;
    } else if (name === '--sample') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) return { error: '--sample needs a whole number of questions, such as 40.' };
      sample = n;
    } else {
      seed = value;
    }
  }
  return { format, seed, check, reported, ...(sample !== undefined ? { sample } : {}) };
}

/** N questions drawn without repeats, the same for the same seed and bank. */
export function drawSample(questions: readonly Question[], n: number, seed: string): Question[] {
  const rank = (q: Question) => createHash('sha256').update(`${seed}|${q.id}`).digest('hex');
  return [...questions].sort((a, b) => (rank(a) < rank(b) ? -1 : 1)).slice(0, n);
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if ('help' in parsed) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  let content;
  try {
    content = studyContent();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const bank = buildQuestionBank(content);
  if (parsed.check) {
    const report = bankReport(bank, content);
    process.stdout.write(formatReport(report));
    return report.problems.length > 0 ? 1 : 0;
  }
  if (parsed.reported) {
    const path = process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
    if (path !== ':memory:' && !existsSync(path)) {
      process.stdout.write(`No database at ${path} yet, so nothing has been reported.\n`);
      return 0;
    }
    const db = openDatabase(path);
    try {
      process.stdout.write(formatReported(await new SqliteQuizStore(db).reportedQuestions(), bank));
    } finally {
      db.close();
    }
    return 0;
  }
  if (parsed.sample !== undefined) {
    process.stdout.write(formatReviewSheet(drawSample(bank.all, parsed.sample, parsed.seed)));
    return 0;
  }
  process.stdout.write(formatBank(bank, parsed.format));
  return 0;
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main();
