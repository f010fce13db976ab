import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { MainProcess, processGroup } from '../helpers/main-process.js';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'studybot-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = promisify(execFile);

describe('start commands drill', () => {
  it('`npm start` (npm, then one node process) ends cleanly when its process group is signalled, with nothing left', async () => {
    const fake = await FakeDiscord.start();
    // Its own process group, as a terminal or a service manager starts it.
    const npm = MainProcess.start({
      LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '3000', DATABASE_PATH: join(dir, 'npm.db'),
      DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_API_URL: fake.apiUrl,
    }, { command: ['npm', 'start', '--silent'], detached: true });
    try {
      await npm.waitFor(/studybot is running/, 20_000);
      const before = await processGroup(npm.pid);
      // npm and node, with no shell or tsx wrapper in between (the script execs node).
      expect(before).toHaveLength(2);
      // npm forwards the signal to node, which got it from the group as well: one stop request, not two.
      const exit = await npm.signal('SIGTERM', { group: true, ms: 8_000 });
      console.log(`npm start: process group SIGTERM to npm's exit ${exit.ms} ms (exit ${exit.code ?? exit.signal})`);
      expect(exit, npm.output).toMatchObject({ code: 0 });
      expect(npm.logs('studybot stopped')).toHaveLength(1);
      expect(npm.output).not.toMatch(/second stop signal/);
      expect(await processGroup(npm.pid)).toEqual([]);
    } finally {
      try { process.kill(-npm.pid, 'SIGKILL'); } catch { /* already gone */ }
      await fake.close();
    }
  }, 40_000);

  it('`npm run build` then `node dist/src/main.js` answers a one-shot question and exits 0', async () => {
    await run('npm', ['run', 'build', '--silent'], { cwd: root });
    const { stdout } = await run(process.execPath, [join(root, 'dist/src/main.js'), '/aws', 'lambda', 'pricing'], {
      cwd: dir, env: { ...process.env, NO_COLOR: '1', DATABASE_PATH: join(dir, 'prod.db') },
    });
    expect(stdout).toMatch(/Lambda/);
  }, 60_000);
});
