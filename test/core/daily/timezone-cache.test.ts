import { describe, expect, it } from 'vitest';
import { cachedTimeZoneSpellings, canonicalTimeZone, FORMATTERS_MAX, localParts } from '../../../src/core/daily/local-time.js';

describe('the cache of timezone spellings', () => {
  it('stays bounded however many spellings members type, and keeps answering right', () => {
    // Every mix of upper and lower case of one zone is a spelling Intl accepts.
    const zone = 'europe/berlin';
    for (let mask = 0; mask < 2 * FORMATTERS_MAX; mask++) {
      canonicalTimeZone([...zone].map((c, i) => ((mask >> i) & 1 ? c.toUpperCase() : c)).join(''));
    }
    expect(cachedTimeZoneSpellings()).toBeLessThanOrEqual(FORMATTERS_MAX);
    expect(canonicalTimeZone('EUROPE/BERLIN')).toBe('Europe/Berlin');
    expect(localParts(new Date('2026-07-01T10:00:00Z'), 'Europe/Berlin')).toEqual({ date: '2026-07-01', minutes: 12 * 60 });
  });
});
