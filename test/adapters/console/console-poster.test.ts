import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChartFiles } from '../../../src/adapters/console/chart-file.js';
import { ConsolePoster } from '../../../src/adapters/console/console-poster.js';
import type { ChartSpec } from '../../../src/core/charts/chart-spec.js';
import { reply, type Reply } from '../../../src/core/reply.js';
import type { Place } from '../../../src/core/request.js';
import { pngSize } from '../../helpers/png.js';

const dir = mkdtempSync(join(tmpdir(), 'studybot-console-poster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const place: Place = { platform: 'console', workspaceId: 'local', channelId: 'console' };
const chart: ChartSpec = {
  title: 'Week', width: 600, height: 300, altText: 'accuracy by day', fileName: 'week.png',
  panels: [{ kind: 'line', labels: ['Mon', 'Tue'], series: [{ name: 'Compute', colour: '#ff9900', values: [50, 75] }], x: { title: 'day' }, y: { title: 'right', min: 0, max: 100, percent: true } }],
};

function attached(poster: ConsolePoster): Reply[] {
  const seen: Reply[] = [];
  poster.attach((r) => seen.push(r));
  return seen;
}

describe('ConsolePoster (daily questions, reveals, recaps and reminders in the terminal)', () => {
  it('prints a post through the attached sink and numbers its refs', async () => {
    const poster = new ConsolePoster(new ChartFiles(join(dir, 'a')));
    const seen = attached(poster);
    const first = await poster.post(place, reply({ title: 'Daily question', text: 'Which service?', choices: [{ id: 'answer:p1:0', label: 'A. Lambda' }] }));
    const second = await poster.post(place, reply({ text: 'Reveal' }));
    expect([first.messageRef, second.messageRef]).toEqual(['console-1', 'console-2']);
    expect(seen.map((r) => r.title ?? r.text)).toEqual(['Daily question', 'Reveal']);
    expect(seen[0]?.choices).toHaveLength(1);
  });

  it('posts nowhere, without failing, before a chat attaches', async () => {
    const poster = new ConsolePoster(new ChartFiles(join(dir, 'b')));
    await expect(poster.post(place, reply({ text: 'early' }))).resolves.toEqual({ messageRef: 'console-1' });
  });

  it('shows an update as the new title only (a terminal cannot edit old lines)', async () => {
    const poster = new ConsolePoster(new ChartFiles(join(dir, 'c')));
    const seen = attached(poster);
    await poster.update(place, 'console-1', reply({ title: 'Closed: daily question', text: 'body', fields: [{ label: 'l', value: 'v' }], choices: [{ id: 'x', label: 'X' }], footer: 'f' }));
    expect(seen).toEqual([reply({ title: 'Closed: daily question', text: '', fields: [], choices: [], footer: undefined })]);
  });

  it('addresses a direct message, so the member it is for can tell', async () => {
    const poster = new ConsolePoster(new ChartFiles(join(dir, 'd')));
    const seen = attached(poster);
    await poster.sendDirect('local', 'ann', reply({ title: 'Reviews due', text: '3 topics' }));
    await poster.sendDirect('local', 'bob', reply({ text: 'no title' }));
    expect(seen.map((r) => r.title)).toEqual(['📬 To ann: Reviews due', '📬 To bob']);
  });

  it('saves a chart as a PNG and prints its path; a chart it cannot save costs the picture, not the post', async () => {
    const poster = new ConsolePoster(new ChartFiles(join(dir, 'e')));
    const seen = attached(poster);
    await poster.post(place, reply({ text: 'Your week', chart }));
    const path = /Chart saved to (.+\.png)$/m.exec(seen[0]?.text ?? '')?.[1] ?? '';
    expect(pngSize(readFileSync(path))).toEqual({ width: 600, height: 300 });

    const blocked = join(dir, 'not-a-dir');
    writeFileSync(blocked, 'a file where the folder should be');
    const broken = new ConsolePoster(new ChartFiles(join(blocked, 'inside')));
    const shown = attached(broken);
    await expect(broken.post(place, reply({ text: 'Your week', chart }))).resolves.toEqual({ messageRef: 'console-1' });
    expect(shown[0]?.text).toBe('Your week\nI could not draw the chart this time; the numbers say the same.');
  });
});
