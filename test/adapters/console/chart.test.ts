import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChartFiles } from '../../../src/adapters/console/chart-file.js';
import { ConsoleSession } from '../../../src/adapters/console/console-chat.js';
import { plainStyle } from '../../../src/adapters/console/render.js';
import { testApp } from '../../helpers/assembly.js';
import { pngSize } from '../../helpers/png.js';

const dir = mkdtempSync(join(tmpdir(), 'studybot-console-charts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('/aws me chart in the console', () => {
  it('writes the PNG to a file and prints its path under the numbers', async () => {
    const app = testApp({ platform: 'console' });
    const session = new ConsoleSession(app.bot, plainStyle, 'ann', undefined, new ChartFiles(join(dir, 'one')));
    for (let i = 0; i < 3; i++) {
      expect(await session.line('/aws quiz')).toContain('[1]');
      await session.line('1');
    }
    const out = await session.line('/aws me chart');
    expect(out).toContain('Your progress chart');
    expect(out).toMatch(/Cloud Concepts: /);
    const path = /Chart saved to (\S+\.png)/.exec(out ?? '')?.[1];
    expect(path?.startsWith(join(dir, 'one'))).toBe(true);
    expect(pngSize(readFileSync(path ?? ''))).toEqual({ width: 1000, height: 560 });
  });

  it('a member with no answers gets the friendly word and no file', async () => {
    const app = testApp({ platform: 'console' });
    const session = new ConsoleSession(app.bot, plainStyle, 'newbie', undefined, new ChartFiles(join(dir, 'two')));
    const out = await session.line('/aws me chart');
    expect(out).toMatch(/nothing to draw yet/);
    expect(out).not.toMatch(/Chart saved/);
    expect(() => readdirSync(join(dir, 'two'))).toThrow();
  });
});
