import { expect, it } from 'vitest';
import { fuzzConsole } from './console-fuzz.js';
import { fuzzRuns } from './support.js';

const RUNS = fuzzRuns(10_000);

it(`console: ${RUNS} random lines through ConsoleSession, friendly output, no write`, async () => {
  const summary = await fuzzConsole(RUNS);
  expect(summary.cases).toBe(RUNS);
});
