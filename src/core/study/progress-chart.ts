import { percentRight, sumTallies } from '../charts/accuracy.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { CHART_DOMAINS } from '../charts/domain-colours.js';
import { shortDate } from '../present/dates.js';
import type { PeriodTally } from '../quiz/quiz-store.js';

/** How many weeks the progress picture covers: about two months, enough to see a trend. */
export const PROGRESS_WEEKS = 8;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `/aws me chart`: a line per exam domain, accuracy per week, 0–100%. */
export function progressChart(history: readonly PeriodTally[], weekStarts: readonly string[]): ChartSpec {
  const total = sumTallies(history, () => true);
  const summary = CHART_DOMAINS.map((d) => {
    const t = sumTallies(history, (h) => h.domain === d.id);
    return `${d.name}: ${t.answered > 0 ? `${percentRight(t.answered, t.correct) ?? 0}% of ${plural(t.answered, 'answer')}` : 'no answers'}`;
  });
  return {
    title: 'Your accuracy by exam domain',
    subtitle: `Last ${weekStarts.length} weeks · ${plural(total.answered, 'answer')} · daily and practice questions together`,
    width: 1000,
    height: 560,
    fileName: 'progress.png',
    altText: `Line chart of your weekly accuracy per exam domain over the last ${weekStarts.length} weeks. ${summary.join('; ')}.`,
    panels: [{
      kind: 'line',
      labels: weekStarts.map(shortDate),
      x: { title: 'Week starting (Monday)' },
      y: { title: 'Answers right', min: 0, max: 100, percent: true },
      series: CHART_DOMAINS.map((d) => ({
        name: d.name,
        colour: d.colour,
        values: weekStarts.map((_, week) => {
          const t = sumTallies(history, (h) => h.period === week && h.domain === d.id);
          return percentRight(t.answered, t.correct);
        }),
      })),
    }],
  };
}
