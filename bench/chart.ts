/**
 * How long drawing one chart takes: `/aws me chart`'s picture (8 weeks, four domain lines) and the
 * weekly recap's (two bar panels), each rendered 50 times to PNG bytes after a warm-up; median and
 * p99. The goal leaves room inside Discord's 1.5 s before we defer and Slack's work after the ack.
 * Run: npm run bench:chart
 */
import { performance } from 'node:perf_hooks';
import { renderChart } from '../src/adapters/charts/render-chart.js';
import type { ChartSpec } from '../src/core/charts/chart-spec.js';
import { lastWeeks, localPeriods } from '../src/core/charts/periods.js';
import { weekChart } from '../src/core/recap/week-chart.js';
import { progressChart } from '../src/core/study/progress-chart.js';
import type { PeriodTally } from '../src/core/quiz/quiz-store.js';
import { fmt, report, summarize } from './stats.js';

const RUNS = 50;
const WARM_UP = 5;
const DOMAINS = ['cloud-concepts', 'security-and-compliance', 'technology-and-services', 'billing-pricing-support'];

/** A busy member: every domain answered in every week, so every line and point is drawn. */
const weeks = lastWeeks('2026-11-26', 8, 'UTC').starts;
const memberHistory: PeriodTally[] = weeks.flatMap((_, period) => DOMAINS.map((domain, d) => ({ period, domain, answered: 5 + d, correct: (period + d) % 6 })));
const days = localPeriods('2026-11-23', 7, 1, 'UTC').starts;
const channelHistory: PeriodTally[] = days.flatMap((_, period) => DOMAINS.map((domain, d) => ({ period, domain, answered: 3 + period + d, correct: 2 + d })));

async function time(name: string, spec: ChartSpec): Promise<void> {
  for (let i = 0; i < WARM_UP; i++) await renderChart(spec);
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    bytes = (await renderChart(spec)).length;
    samples.push(performance.now() - started);
  }
  const { p50, p99 } = summarize(samples);
  console.log(`${name}: ${spec.width}x${spec.height} PNG of ${(bytes / 1024).toFixed(1)} KiB, median ${fmt(p50)}, p99 ${fmt(p99)} (${RUNS} runs)`);
  report(`${name} render p50`, p50, 'ms', { op: '<=', value: 250 });
  report(`${name} render p99`, p99, 'ms', { op: '<=', value: 500 });
}

await time('progress chart', progressChart(memberHistory, weeks));
await time('week chart', weekChart(channelHistory, days));
