import { expect, it } from 'vitest';
import { fuzzCore } from './core-fuzz.js';
import { fuzzRuns } from './support.js';

const RUNS = fuzzRuns(10_000);

it(`core: ${RUNS} handleOptions and ${RUNS} handleAction calls, friendly replies, no write`, async () => {
  const summaries = await fuzzCore(RUNS);
  expect(summaries.map((s) => s.cases)).toEqual([RUNS, RUNS]);
});
