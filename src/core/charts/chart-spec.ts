/**
 * A chart as the core describes it: what to draw, never how. Adapters turn it into pixels
 * (src/adapters/charts/render-chart.ts), so the core stays free of canvas and charting libraries and
 * a chart can be checked in tests as plain data.
 */

export interface ChartSeries {
  readonly name: string;
  /** A CSS hex colour; fixed per exam domain so a member learns which line is which. */
  readonly colour: string;
  /** One value per label; null where there is nothing to show (no answers that week). */
  readonly values: readonly (number | null)[];
  /** A colour per value, when the bars of one series differ (one bar per exam domain). */
  readonly valueColours?: readonly string[];
}

export interface ChartAxis {
  readonly title: string;
  readonly min?: number;
  readonly max?: number;
  /** Values are percentages: ticks read "40%". */
  readonly percent?: boolean;
}

/** One plot. A chart holds one or more, side by side. */
export interface ChartPanel {
  readonly kind: 'line' | 'bar';
  readonly title?: string;
  /** The x axis: one label per value of every series. */
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly x: ChartAxis;
  readonly y: ChartAxis;
}

export interface ChartSpec {
  readonly title: string;
  readonly subtitle?: string;
  /** Pixels of the finished picture. */
  readonly width: number;
  readonly height: number;
  readonly panels: readonly ChartPanel[];
  /** What the picture shows, in words, for screen readers and for platforms that show no image. */
  readonly altText: string;
  /** A file name without a directory, ending in .png. */
  readonly fileName: string;
}
