/**
 * Turns a ChartSpec (src/core/charts/chart-spec.ts) into PNG bytes.
 *
 * Library choice: Chart.js 4 drawing on @napi-rs/canvas. Chart.js is the most used charting library
 * on npm, has no dependencies of its own and draws straight onto a 2D canvas, so legends, axis titles,
 * gaps and percent ticks come for free. @napi-rs/canvas is skia with prebuilt binaries shipped as
 * ordinary npm packages (one per platform, chosen by optionalDependencies): no install script, no
 * download, no system cairo. The alternative, Vega-Lite compiled to SVG and rasterised with
 * @resvg/resvg-js, needs three packages (vega, vega-lite, resvg) and an SVG round trip per chart, and
 * its text layout depends on fonts resvg must be told about separately; for four lines and a few bars
 * that is more machinery for the same picture.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type ChartDataset } from 'chart.js';
import type { ChartPanel, ChartSpec } from '../../core/charts/chart-spec.js';
import { chartFontFamily } from './fonts.js';

Chart.register(...registerables);

const HEADER = 84;
const PADDING = 24;
const INK = '#1F2933';
const MUTED = '#52606D';
const GRID = '#E4E7EB';

/** The picture as PNG bytes, exactly spec.width by spec.height pixels. */
export async function renderChart(spec: ChartSpec): Promise<Buffer> {
  const font = chartFontFamily();
  const canvas = createCanvas(spec.width, spec.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, spec.width, spec.height);
  drawHeader(ctx, spec, font);
  const count = Math.max(1, spec.panels.length);
  const panelWidth = Math.floor((spec.width - PADDING * (count + 1)) / count);
  const panelHeight = spec.height - HEADER - PADDING;
  spec.panels.forEach((panel, i) => {
    drawPanel(panel, panelWidth, panelHeight, font, (drawn) => ctx.drawImage(drawn, PADDING + i * (panelWidth + PADDING), HEADER));
  });
  return canvas.encode('png');
}

function drawHeader(ctx: SKRSContext2D, spec: ChartSpec, font: string): void {
  ctx.textBaseline = 'top';
  ctx.fillStyle = INK;
  ctx.font = `bold 26px ${font}`;
  ctx.fillText(spec.title, PADDING, 18, spec.width - 2 * PADDING);
  if (spec.subtitle) {
    ctx.fillStyle = MUTED;
    ctx.font = `16px ${font}`;
    ctx.fillText(spec.subtitle, PADDING, 52, spec.width - 2 * PADDING);
  }
}

/**
 * One panel on its own transparent canvas, handed to `use` while the chart lives: Chart.js clears its
 * canvas when the chart is destroyed, and destroying it is what lets it go.
 */
function drawPanel(panel: ChartPanel, width: number, height: number, font: string, use: (drawn: Canvas) => void): void {
  const canvas = createCanvas(width, height);
  // Chart.js is typed for the browser's canvas; skia's implements the same 2D API it calls.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, configOf(panel, font));
  try {
    use(canvas);
  } finally {
    chart.destroy();
  }
}

function configOf(panel: ChartPanel, font: string): ChartConfiguration<'line' | 'bar', (number | null)[], string> {
  const ticks = (percent: boolean | undefined) => ({ color: MUTED, font: { family: font, size: 13 }, ...(percent ? { callback: (v: string | number) => `${v}%`, stepSize: 20 } : { precision: 0 }) });
  const axisTitle = (text: string) => ({ display: true, text, color: INK, font: { family: font, size: 14, weight: 'bold' as const } });
  const datasets: ChartDataset<'line' | 'bar', (number | null)[]>[] = panel.series.map((s) => ({
    label: s.name,
    data: [...s.values],
    borderColor: s.valueColours ? [...s.valueColours] : s.colour,
    backgroundColor: s.valueColours ? [...s.valueColours] : s.colour,
    // clip: a point at 0% or 100% is drawn whole, not cut in half by the plot's edge.
    ...(panel.kind === 'line' ? { borderWidth: 3, pointRadius: 5, pointHoverRadius: 5, spanGaps: false, tension: 0, clip: 8 } : { borderWidth: 0, maxBarThickness: 56 }),
  }));
  return {
    type: panel.kind,
    data: { labels: [...panel.labels], datasets },
    options: {
      // A picture, not a page: no resizing to a DOM parent, no animation frames, one draw.
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      layout: { padding: { top: 10, right: 8, bottom: 4, left: 4 } },
      plugins: {
        title: { display: panel.title !== undefined, text: panel.title ?? '', color: INK, font: { family: font, size: 16, weight: 'bold' } },
        // A legend earns its place only when colours tell series apart.
        legend: { display: panel.series.length > 1, position: 'bottom', labels: { color: INK, font: { family: font, size: 14 }, boxWidth: 18, padding: 16 } },
        tooltip: { enabled: false },
      },
      scales: {
        // offset: the first and last week sit half a step in from the edges, like the bars do.
        x: { title: axisTitle(panel.x.title), ticks: ticks(false), grid: { color: GRID }, offset: true },
        y: {
          title: axisTitle(panel.y.title),
          ...(panel.y.min !== undefined ? { min: panel.y.min } : {}),
          ...(panel.y.max !== undefined ? { max: panel.y.max } : {}),
          ticks: ticks(panel.y.percent),
          grid: { color: GRID },
        },
      },
    },
  };
}
