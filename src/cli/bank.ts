/**
 * `npm run bank`: prints every generated scenario question.
 *   npm run bank                    JSON lines, one question per line
 *   npm run bank -- --format csv    CSV with a header, for a spreadsheet or an Anki import
 */
import { studyContent } from '../../content/index.js';
import { buildQuestionBank } from '../core/questions/build-bank.js';
import { BANK_FORMATS, formatBank, type BankFormat } from '../core/questions/format-bank.js';

const USAGE = `Usage: npm run bank [-- --format ${BANK_FORMATS.join('|')}]
  --format jsonl   one JSON object per line (the default)
  --format csv     CSV with a header row, for a spreadsheet or an Anki import`;

type Parsed = { format: BankFormat } | { help: true } | { error: string };

export function parseArgs(args: readonly string[]): Parsed {
  let format: BankFormat = 'jsonl';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    let value: string | undefined;
    if (arg === '--format') value = args[++i];
    else if (arg.startsWith('--format=')) value = arg.slice('--format='.length);
    else return { error: `I don't know the option "${arg}".` };
    if (value === 'json') value = 'jsonl';
    if (!BANK_FORMATS.includes(value as BankFormat)) {
      return { error: value === undefined ? '--format needs a value.' : `I can't print the format "${value}".` };
    }
    format = value as BankFormat;
  }
  return { format };
}

function main(): number {
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
  process.stdout.write(formatBank(buildQuestionBank(content), parsed.format));
  return 0;
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = main();
