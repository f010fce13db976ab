import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChartSpec } from '../../core/charts/chart-spec.js';
import { renderChart } from '../charts/render-chart.js';
import { PlatformError } from '../shared/platform-error.js';

/** A terminal shows no pictures; when the file cannot be written, the numbers in the text still stand. */
export const CHART_NOT_SAVED = 'I could not draw the chart this time; the numbers say the same.';

/** Where the console puts pictures: the OS temp dir, so a one-shot script leaves no litter in the project. */
export const defaultChartDir = (): string => join(tmpdir(), 'studybot-charts');

/**
 * Renders the chart to a PNG file and returns its path. The name carries the time and a counter, so
 * two charts in one second never overwrite each other.
 */
export class ChartFiles {
  private count = 0;

  constructor(private readonly dir: string = defaultChartDir(), private readonly now: () => Date = () => new Date()) {}

  /** Rejects with a console PlatformError (code chart-not-saved) whose friendly text says the numbers stand. */
  async write(spec: ChartSpec): Promise<string> {
    try {
      await mkdir(this.dir, { recursive: true });
      this.count += 1;
      const stamp = this.now().toISOString().replace(/[:.]/g, '-');
      const path = join(this.dir, `${spec.fileName.replace(/\.png$/i, '')}-${stamp}-${this.count}.png`);
      await writeFile(path, await renderChart(spec));
      return path;
    } catch (error) {
      throw new PlatformError('console', {
        code: 'chart-not-saved', operation: 'save chart', retryable: false, cause: error,
        friendly: CHART_NOT_SAVED,
      });
    }
  }
}
