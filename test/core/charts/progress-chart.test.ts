import { describe, expect, it } from 'vitest';
import { DOMAIN_COLOURS } from '../../../src/core/charts/domain-colours.js';
import { lastWeeks } from '../../../src/core/charts/periods.js';
import type { Actor, Place } from '../../../src/core/request.js';
import { testApp } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';
import { practise } from '../../helpers/practice.js';

const place: Place = { platform: 'console', workspaceId: 'local', channelId: 'console' };
const ann: Actor = { id: 'ann', name: 'ann', isAdmin: false };

describe('/aws me chart', () => {
  it('describes a line per exam domain over the last 8 weeks, in fixed colours, 0–100%, with the numbers in words too', async () => {
    const app = testApp({ clock: fixedClock('2026-11-04T10:00:00Z') });
    await practise(app.bot, ann, place, 3);
    app.clock.set('2026-11-26T10:00:00Z');
    await practise(app.bot, ann, place, 2);
    const said = await app.bot.handle({ actor: ann, place, text: 'me chart' });
    expect(said.visibility).toBe('private');
    const chart = said.chart;
    if (!chart) throw new Error(`no chart: ${said.text}`);
    expect(chart).toMatchObject({ width: 1000, height: 560, fileName: 'progress.png', title: 'Your accuracy by exam domain' });
    expect(chart.subtitle).toMatch(/5 answers/);
    const [panel] = chart.panels;
    expect(panel?.kind).toBe('line');
    expect(panel?.labels).toEqual(['5 Oct', '12 Oct', '19 Oct', '26 Oct', '2 Nov', '9 Nov', '16 Nov', '23 Nov']);
    expect(panel?.y).toMatchObject({ min: 0, max: 100, percent: true });
    expect(panel?.series.map((s) => s.colour)).toEqual(Object.values(DOMAIN_COLOURS));
    const answeredWeeks = new Set(panel?.series.flatMap((s) => s.values.flatMap((v, i) => (v === null ? [] : [i]))));
    expect([...answeredWeeks].sort()).toEqual([4, 7]);
    for (const s of panel?.series ?? []) for (const v of s.values) if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
    expect(said.fields[0]?.value.split('\n')).toHaveLength(4);
    expect(chart.altText).toMatch(/Cloud Concepts/);
  });

  it('a member with no answers (or none in 8 weeks) gets a friendly word instead of an empty chart', async () => {
    const app = testApp({ clock: fixedClock('2026-09-01T10:00:00Z') });
    const fresh = await app.bot.handle({ actor: ann, place, text: 'me chart' });
    expect(fresh.chart).toBeUndefined();
    expect(fresh.visibility).toBe('private');
    expect(fresh.text).toMatch(/nothing to draw yet.*`\/aws quiz`/);
    await practise(app.bot, ann, place, 2);
    app.clock.set('2026-11-26T10:00:00Z');
    expect((await app.bot.handle({ actor: ann, place, text: 'me chart' })).chart).toBeUndefined();
  });

  it('anything else after `me` is a kind private mistake that changes nothing', async () => {
    const app = testApp();
    const said = await app.bot.handle({ actor: ann, place, text: 'me banana' });
    expect(said).toMatchObject({ tone: 'warning', visibility: 'private' });
    expect(said.text).toMatch(/only know `chart`/);
    expect(said.chart).toBeUndefined();
    // Case does not matter: a capital is not a mistake.
    expect((await app.bot.handle({ actor: ann, place, text: 'me CHART' })).title).toBe('Your progress chart');
    expect((await app.bot.handle({ actor: ann, place, text: 'me' })).title).toBe('Your study stats');
  });
});

describe('lastWeeks', () => {
  it('runs Monday to Monday at local midnight, so the week of a daylight-saving change has 169 hours', () => {
    const weeks = lastWeeks('2026-10-28', 2, 'Europe/Berlin');
    expect(weeks.starts).toEqual(['2026-10-19', '2026-10-26']);
    expect(weeks.boundaries.map((b) => b.toISOString())).toEqual(['2026-10-18T22:00:00.000Z', '2026-10-25T23:00:00.000Z', '2026-11-01T23:00:00.000Z']);
    const [a, b] = weeks.boundaries;
    expect(((b?.getTime() ?? 0) - (a?.getTime() ?? 0)) / 3_600_000).toBe(169);
  });

  it('a Sunday belongs to the week that began the Monday before', () => {
    expect(lastWeeks('2026-11-29', 1, 'UTC').starts).toEqual(['2026-11-23']);
    expect(lastWeeks('2026-11-30', 1, 'UTC').starts).toEqual(['2026-11-30']);
  });
});
