import type { ReportedQuestion } from '../quiz/quiz-store.js';
import type { QuestionBank } from './question.js';
import { questionTextHash } from './text-hash.js';

/** `npm run bank -- --reported`: each reported question with its count, reasons and whether it changed since. */
export function formatReported(reported: readonly ReportedQuestion[], bank: Pick<QuestionBank, 'byId'>): string {
  if (reported.length === 0) return 'No question has been reported.\n';
  return reported.map((r) => {
    const question = bank.byId(r.questionId);
    const state = !question
      ? 'no longer in the bank'
      : questionTextHash(question) === r.textHash ? 'unchanged: not asked as a daily question' : 'changed since: askable again';
    const head = `${r.questionId} · ${r.count} report${r.count === 1 ? '' : 's'} · last ${r.lastReportedAt.toISOString().slice(0, 10)} · ${state}`;
    const stem = question ? `\n  ${question.scenario}` : '';
    const reasons = r.reasons.length > 0 ? `\n${r.reasons.map((why) => `  - ${why}`).join('\n')}` : '\n  (no reason given)';
    return `${head}${stem}${reasons}\n`;
  }).join('\n');
}
