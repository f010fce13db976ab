import { getTasks } from 'node-cron';
import { afterAll, expect } from 'vitest';

/**
 * No test file may leave real node-cron jobs behind: they would fire on the wall clock, outlive the
 * test and make a run depend on the time of day. Tests drive time through FakeCron and a fixed clock;
 * a test that starts the real scheduler must stop it.
 */
afterAll(() => {
  const live = [...getTasks().values()].filter((task) => task.getStatus() !== 'destroyed');
  expect(live.map((task) => task.name ?? task.id), 'node-cron jobs left running by this test file').toEqual([]);
});
