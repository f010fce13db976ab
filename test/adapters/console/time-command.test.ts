import { describe, expect, it } from 'vitest';
import { localText, MAX_TRAVEL_MS, parseTimeCommand, type TimeRequest } from '../../../src/adapters/console/time-command.js';

const now = new Date('2026-11-30T08:38:10Z');
const parse = (args: string, zone = 'UTC'): TimeRequest => parseTimeCommand(args, now, zone);
const travelledBy = (args: string): number => {
  const request = parse(args);
  if (request.kind !== 'travel') throw new Error(`expected a travel, got ${JSON.stringify(request)}`);
  return request.to.getTime() - now.getTime();
};
const refusal = (args: string): string => {
  const request = parse(args);
  if (request.kind !== 'refused') throw new Error(`expected a refusal, got ${JSON.stringify(request)}`);
  return request.message;
};

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('/time parsing', () => {
  it('nothing after /time shows the time', () => {
    expect(parse('')).toEqual({ kind: 'show' });
    expect(parse('   ')).toEqual({ kind: 'show' });
  });

  it('reads forward steps in weeks, days, hours and minutes, alone or combined', () => {
    expect(travelledBy('+1d')).toBe(DAY);
    expect(travelledBy('+3h')).toBe(3 * HOUR);
    expect(travelledBy('+30m')).toBe(30 * MIN);
    expect(travelledBy('+45min')).toBe(45 * MIN);
    expect(travelledBy('+1w')).toBe(7 * DAY);
    expect(travelledBy('+1d 2h 5m')).toBe(DAY + 2 * HOUR + 5 * MIN);
    expect(travelledBy('+ 2D')).toBe(2 * DAY);
  });

  it('reads a local date and time in the console timezone', () => {
    expect(parse('2026-12-07 09:00')).toEqual({ kind: 'travel', to: new Date('2026-12-07T09:00:00Z') });
    expect(parse('2026-12-07 09:00', 'Europe/Berlin')).toEqual({ kind: 'travel', to: new Date('2026-12-07T08:00:00Z') });
    expect(parse('2026-12-07T9:30', 'America/New_York')).toEqual({ kind: 'travel', to: new Date('2026-12-07T14:30:00Z') });
    expect(parse('2026-12-07')).toEqual({ kind: 'travel', to: new Date('2026-12-07T00:00:00Z') });
  });

  it('never goes backwards, and says so kindly with the bot time', () => {
    expect(refusal('-1d')).toMatch(/^I only travel forward: it is 2026-11-30 08:38 UTC for me/);
    expect(refusal('2026-11-29 09:00')).toMatch(/only travel forward/);
    expect(refusal('2026-11-30 08:38')).toMatch(/only travel forward/); // a few seconds in the past
  });

  it('refuses odd input with examples, quoting it safely', () => {
    for (const bad of ['banana', '+3', '+2y', '3d', '+d', '12:00', 'tomorrow', '+1d <@everyone>']) {
      expect(refusal(bad), bad).toMatch(/^I can't read ".*" as a time\. Try \/time \+1d/);
    }
    expect(refusal('+1d <@everyone>')).not.toMatch(/[<>@]/);
    expect(refusal('2026-02-30 09:00')).toMatch(/not a real date and time/);
    expect(refusal('2026-12-07 24:00')).toMatch(/not a real date and time/);
    expect(refusal('2026-12-07 09:60')).toMatch(/not a real date and time/);
  });

  it('refuses no time at all and more than a year at once', () => {
    expect(refusal('+0m')).toMatch(/no time at all/);
    expect(travelledBy('+366d')).toBe(MAX_TRAVEL_MS);
    expect(refusal('+367d')).toMatch(/at most a year at a time/);
    expect(refusal('2099-01-01 00:00')).toMatch(/at most a year/);
  });

  it('shows local time with its zone', () => {
    expect(localText(now, 'UTC')).toBe('2026-11-30 08:38 UTC');
    expect(localText(now, 'Europe/Berlin')).toBe('2026-11-30 09:38 Europe/Berlin');
  });
});
