import { describe, expect, it } from 'vitest';
import { studyContent } from '../../content/index.js';

const content = studyContent();

/** A number in the text: a figure, a price, a date. Names with digits in them (EC2, S3, x86, 5G) are not figures. */
function hasFigure(text: string): boolean {
  const withoutNames = text.replace(/\b[A-Za-z]+\d[\w]*\b/g, ' ').replace(/\b\d+[A-Za-z]\w*\b/g, (m) => (/^\d+(st|nd|rd|th)$/.test(m) ? m : ' '));
  return /\d/.test(withoutNames);
}

describe('sources', () => {
  it('every fact with a figure or a date names the AWS page it comes from and the day it was checked', () => {
    const missing: string[] = [];
    for (const topic of content.topics) {
      for (const [aspect, body] of Object.entries(topic.aspects)) {
        for (const fact of body?.facts ?? []) {
          if (hasFigure(fact.value) && !fact.source) missing.push(`${topic.id} ${aspect} "${fact.label}": ${fact.value}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every lifecycle date carries its source', () => {
    const missing: string[] = [];
    for (const topic of content.topics) {
      const { lifecycle } = topic;
      if (lifecycle.since && !lifecycle.source) missing.push(`${topic.id} since ${lifecycle.since}`);
      for (const h of lifecycle.history) if (!h.source) missing.push(`${topic.id} ${h.date} ${h.event}`);
    }
    expect(missing).toEqual([]);
  });

  it('every checked day is a real day, not in the future', () => {
    const sources = content.topics.flatMap((t) => [
      ...Object.values(t.aspects).flatMap((a) => (a?.facts ?? []).flatMap((f) => (f.source ? [f.source] : []))),
      ...(t.lifecycle.source ? [t.lifecycle.source] : []),
      ...t.lifecycle.history.flatMap((h) => (h.source ? [h.source] : [])),
    ]);
    expect(sources.length).toBeGreaterThan(150);
    for (const s of sources) {
      expect(Number.isNaN(Date.parse(s.checked)), s.url).toBe(false);
      expect(s.checked <= '2026-11-30', s.url).toBe(true);
    }
  });

  it('tells a figure from a name', () => {
    expect(hasFigure('Runs on EC2 and S3 with x86 or arm64')).toBe(false);
    expect(hasFigure('Up to 15 minutes')).toBe(true);
    expect(hasFigure('$0.20 per million')).toBe(true);
    expect(hasFigure('since 2024')).toBe(true);
  });
});
