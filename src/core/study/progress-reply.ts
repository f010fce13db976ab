import { percentRight, sumTallies } from '../charts/accuracy.js';
import { CHART_DOMAINS } from '../charts/domain-colours.js';
import type { PeriodTally } from '../quiz/quiz-store.js';
import { reply, type Reply } from '../reply.js';
import { progressChart, PROGRESS_WEEKS } from './progress-chart.js';

/** Nothing to draw: how to get something on the chart, instead of an empty picture. */
export function noProgressReply(): Reply {
  return reply({
    title: 'Your progress chart',
    text: `You have no answers in the last ${PROGRESS_WEEKS} weeks, so there is nothing to draw yet. Try \`/aws quiz\` for a practice question, then \`/aws me chart\` again.`,
    visibility: 'private',
  });
}

/** The chart, with the same numbers in words for anyone who cannot see the picture. */
export function progressReply(history: readonly PeriodTally[], weekStarts: readonly string[]): Reply {
  const lines = CHART_DOMAINS.map((d) => {
    const t = sumTallies(history, (h) => h.domain === d.id);
    return t.answered > 0 ? `${d.name}: ${percentRight(t.answered, t.correct) ?? 0}% right (${t.correct}/${t.answered})` : `${d.name}: no answers yet`;
  });
  return reply({
    title: 'Your progress chart',
    text: `Your accuracy per exam domain, week by week, over the last ${weekStarts.length} weeks. A gap means no answers that week.`,
    fields: [{ label: `Last ${weekStarts.length} weeks`, value: lines.join('\n') }],
    chart: progressChart(history, weekStarts),
    visibility: 'private',
  });
}
