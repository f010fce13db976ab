import { expect, it } from 'vitest';
import { fuzzDiscord } from './discord-fuzz.js';
import { fuzzRuns } from './support.js';

const RUNS = fuzzRuns(10_000);

it(`discord: ${RUNS} /aws commands with random options and ${RUNS} malformed payloads, client stays up, no write`, async () => {
  const summaries = await fuzzDiscord(RUNS);
  expect(summaries.map((s) => s.cases)).toEqual([RUNS, RUNS]);
});
