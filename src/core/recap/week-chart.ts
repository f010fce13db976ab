import { percentRight, sumTallies } from '../charts/accuracy.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { CHART_DOMAINS } from '../charts/domain-colours.js';
import { localPeriods, mondayOf } from '../charts/periods.js';
import { longDate, shortDate } from '../present/dates.js';
import type { PeriodTally, QuizStore } from '../quiz/quiz-store.js';
import type { Place } from '../request.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** One colour for counts, apart from the four domain colours so it is never read as a domain. */
const COUNT_COLOUR = '#56606B';

/**
 * The channel's week for the weekly recap: answers to the daily question per day, and the group's
 * accuracy per exam domain. Undefined when nobody answered that week (the recap says so in words).
 */
export async function channelWeekChart(
  store: Pick<QuizStore, 'channelDailyHistory'>, place: Place, dayInWeek: string, timeZone: string,
): Promise<ChartSpec | undefined> {
  const monday = mondayOf(dayInWeek);
  const days = localPeriods(monday, 7, 1, timeZone);
  const history = await store.channelDailyHistory(place, days.boundaries);
  return history.length === 0 ? undefined : weekChart(history, days.starts);
}

/** The picture itself, from the week's tallies (period i is day i, Monday first). */
export function weekChart(history: readonly PeriodTally[], dayStarts: readonly string[]): ChartSpec {
  const perDay = dayStarts.map((_, day) => sumTallies(history, (t) => t.period === day).answered);
  const perDomain = CHART_DOMAINS.map((d) => {
    const t = sumTallies(history, (h) => h.domain === d.id);
    return { ...d, ...t, percent: percentRight(t.answered, t.correct) };
  });
  const total = perDay.reduce((a, b) => a + b, 0);
  const first = dayStarts[0] ?? '';
  return {
    title: `The week in this channel: ${total} answer${total === 1 ? '' : 's'}`,
    subtitle: `Week of ${longDate(first)} · daily questions`,
    width: 1200,
    height: 560,
    fileName: 'week.png',
    altText: `Two bar charts for the week of ${longDate(first)}. Answers per day: ${dayStarts.map((d, i) => `${WEEKDAYS[i] ?? d} ${perDay[i] ?? 0}`).join(', ')}. `
      + `Group accuracy: ${perDomain.map((d) => `${d.name} ${d.percent === null ? 'no answers' : `${d.percent}%`}`).join(', ')}.`,
    panels: [
      {
        kind: 'bar',
        title: 'Answers per day',
        labels: dayStarts.map((d, i) => `${WEEKDAYS[i] ?? ''} ${shortDate(d)}`),
        x: { title: 'Day' },
        y: { title: 'Answers', min: 0 },
        series: [{ name: 'Answers', colour: COUNT_COLOUR, values: perDay }],
      },
      {
        kind: 'bar',
        title: 'Group accuracy per exam domain',
        labels: perDomain.map((d) => d.shortName),
        x: { title: 'Exam domain' },
        y: { title: 'Answers right', min: 0, max: 100, percent: true },
        series: [{ name: 'Accuracy', colour: COUNT_COLOUR, values: perDomain.map((d) => d.percent), valueColours: perDomain.map((d) => d.colour) }],
      },
    ],
  };
}
