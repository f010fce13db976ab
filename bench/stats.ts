/** Small helpers shared by the benchmark programs. */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index] ?? Number.NaN;
}

export function summarize(samplesMs: number[]): { p50: number; p99: number; n: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length };
}

export const fmt = (ms: number) => `${ms < 1 ? ms.toFixed(3) : ms.toFixed(2)} ms`;

/** One machine-readable line per figure, which `npm run bench` collects into its table. */
export function report(name: string, value: number, unit: string, goal?: { op: '<=' | '>='; value: number }): void {
  const met = goal ? (goal.op === '<=' ? value <= goal.value : value >= goal.value) : undefined;
  console.log(`FIGURE ${JSON.stringify({ name, value: Number(value.toPrecision(4)), unit, goal: goal ? `${goal.op} ${goal.value}` : '', met })}`);
}
