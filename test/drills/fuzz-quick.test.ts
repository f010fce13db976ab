/**
 * The fuzz drills of test/drills/fuzz, short: 300 cases per entry point (FUZZ_RUNS overrides), so
 * `npm test` keeps guarding every entry point against bad input. The 10,000-case runs:
 * `npm run drill:fuzz`.
 */
import { describe, expect, it } from 'vitest';
import { fuzzConsole } from './fuzz/console-fuzz.js';
import { fuzzCore } from './fuzz/core-fuzz.js';
import { fuzzDiscord } from './fuzz/discord-fuzz.js';
import { fuzzSlack } from './fuzz/slack-fuzz.js';
import { fuzzRuns } from './fuzz/support.js';

const RUNS = fuzzRuns(300);

describe(`fuzz (quick, ${RUNS} cases per entry point): no crash, friendly replies, no write`, () => {
  it('console lines', async () => {
    expect((await fuzzConsole(RUNS)).cases).toBe(RUNS);
  });

  it('core handleOptions and handleAction', async () => {
    expect((await fuzzCore(RUNS)).map((s) => s.cases)).toEqual([RUNS, RUNS]);
  });

  it('Slack slash commands and block_actions', async () => {
    expect((await fuzzSlack(RUNS)).map((s) => s.cases)).toEqual([RUNS, RUNS]);
  });

  it('Discord options and malformed payloads', async () => {
    expect((await fuzzDiscord(RUNS)).map((s) => s.cases)).toEqual([RUNS, RUNS]);
  });
});
