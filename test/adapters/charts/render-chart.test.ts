import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/adapters/charts/render-chart.js';
import type { ChartSpec } from '../../../src/core/charts/chart-spec.js';
import { weekChart } from '../../../src/core/recap/week-chart.js';
import { progressChart } from '../../../src/core/study/progress-chart.js';
import { pngSize } from '../../helpers/png.js';

const weeks = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];
const progress = progressChart([
  { period: 0, domain: 'cloud-concepts', answered: 4, correct: 2 },
  { period: 2, domain: 'cloud-concepts', answered: 5, correct: 4 },
  { period: 1, domain: 'technology-and-services', answered: 3, correct: 1 },
  { period: 7, domain: 'technology-and-services', answered: 6, correct: 5 },
  { period: 7, domain: 'security-and-compliance', answered: 2, correct: 2 },
], weeks);
const week = weekChart([
  { period: 0, domain: 'cloud-concepts', answered: 7, correct: 5 },
  { period: 2, domain: 'technology-and-services', answered: 9, correct: 4 },
  { period: 4, domain: 'billing-pricing-support', answered: 3, correct: 3 },
], ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);

/** Share of the pixels in a rectangle that `match` (r, g, b), read back from the PNG. */
async function shareOf(png: Buffer, area: [x: number, y: number, w: number, h: number], match: (r: number, g: number, b: number) => boolean): Promise<number> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(...area);
  let hits = 0;
  for (let i = 0; i < data.length; i += 4) if (match(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0)) hits++;
  return hits / (area[2] * area[3]);
}

/** Ink: text and axes. */
const dark = (r: number, g: number, b: number) => r < 100 && g < 100 && b < 100;
/** Close to a hex colour (anti-aliasing blurs edges, the middle of a line or bar is exact). */
const near = (hex: string) => {
  const [R, G, B] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (r: number, g: number, b: number) => Math.abs(r - (R ?? 0)) < 12 && Math.abs(g - (G ?? 0)) < 12 && Math.abs(b - (B ?? 0)) < 12;
};
const inkIn = (png: Buffer, x: number, y: number, w: number, h: number) => shareOf(png, [x, y, w, h], dark);

describe('renderChart', () => {
  it.each([['progress', progress], ['week', week]] as const)('draws the %s chart as a PNG of exactly the size the spec asks for', async (_name, spec: ChartSpec) => {
    const png = await renderChart(spec);
    expect(pngSize(png)).toEqual({ width: spec.width, height: spec.height });
  });

  it('draws the title as text (a font is found) and leaves the margin blank', async () => {
    const png = await renderChart(progress);
    expect(await inkIn(png, 24, 18, 400, 30)).toBeGreaterThan(0.03);
    expect(await inkIn(png, 0, 0, progress.width, 10)).toBe(0);
  });

  it('draws every domain\'s line in its own colour, and the bars of the week chart too (the plot is not blank)', async () => {
    const png = await renderChart(progress);
    for (const series of progress.panels[0]?.series ?? []) {
      expect(await shareOf(png, [0, 84, progress.width, progress.height - 84], near(series.colour)), series.name).toBeGreaterThan(0.0005);
    }
    expect(await inkIn(png, 0, 84, progress.width, progress.height - 84)).toBeGreaterThan(0.001);
    const weekPng = await renderChart(week);
    expect(await shareOf(weekPng, [0, 84, week.width, week.height - 84], near('#0072B2'))).toBeGreaterThan(0.002);
  });

  it('draws a chart with no values at all without failing (every week a gap)', async () => {
    const empty: ChartSpec = { ...progress, panels: progress.panels.map((p) => ({ ...p, series: p.series.map((s) => ({ ...s, values: s.values.map(() => null) })) })) };
    expect(pngSize(await renderChart(empty))).toEqual({ width: 1000, height: 560 });
  });
});
