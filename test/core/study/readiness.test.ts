import { describe, expect, it } from 'vitest';
import { assessReadiness, estimate, verdictOf, type TopicEvidence } from '../../../src/core/study/readiness.js';

const topicsByDomain = new Map<string, readonly string[]>([
  ['cloud-concepts', ['cloud-benefits', 'regions', 'availability-zones', 'edge']],
  ['security-and-compliance', ['shared-responsibility', 'iam', 'secrets-manager']],
  ['technology-and-services', ['lambda', 'fargate', 'ecs', 'ec2', 'beanstalk', 'sqs']],
  ['billing-pricing-support', ['ec2-purchase-options', 'support-plans']],
]);
const dueBy = new Date('2026-11-30T23:59:59Z');
const topic = (topicId: string, domain: string, correct: number, answered: number, extra: Partial<TopicEvidence> = {}): TopicEvidence =>
  ({ topicId, domain, correct, answered, ...extra });

describe('readiness', () => {
  it('a topic answered 0/1 is not ranked weaker than one at 1/7', () => {
    expect(estimate(0, 1)).toBeGreaterThan(estimate(1, 7));
    const r = assessReadiness([topic('lambda', 'technology-and-services', 0, 1), topic('fargate', 'technology-and-services', 1, 7)], topicsByDomain, dueBy);
    expect(r.next.filter((s) => s.why === 'weak').map((s) => s.topicId)).toEqual(['fargate', 'lambda']);
  });

  it('gives every one of the four domains a verdict, with not-started ones shown as such', () => {
    const r = assessReadiness([topic('lambda', 'technology-and-services', 9, 10), topic('fargate', 'technology-and-services', 9, 10), topic('ecs', 'technology-and-services', 8, 9), topic('ec2', 'technology-and-services', 8, 9)], topicsByDomain, dueBy);
    expect(r.domains.map((d) => d.domain)).toEqual(['cloud-concepts', 'security-and-compliance', 'technology-and-services', 'billing-pricing-support']);
    expect(r.domains.find((d) => d.domain === 'technology-and-services')?.verdict).toBe('ready');
    expect(r.domains.find((d) => d.domain === 'cloud-concepts')).toMatchObject({ answered: 0, verdict: 'not-yet', topicsMet: 0, topicsTotal: 4 });
  });

  it('verdicts need enough answers and coverage, not just a lucky streak', () => {
    expect(verdictOf(0.9, 3, 1)).toBe('not-yet');
    expect(verdictOf(0.9, 5, 0.2)).toBe('almost');
    expect(verdictOf(0.9, 12, 0.6)).toBe('ready');
    expect(verdictOf(0.5, 30, 1)).toBe('not-yet');
  });

  it('poor recall holds a domain back even when past answers were right', () => {
    const fresh = assessReadiness([topic('lambda', 'technology-and-services', 7, 8, { recall: 0.95 }), topic('fargate', 'technology-and-services', 7, 8, { recall: 0.95 }), topic('ecs', 'technology-and-services', 7, 8, { recall: 0.95 })], topicsByDomain, dueBy);
    const faded = assessReadiness([topic('lambda', 'technology-and-services', 7, 8, { recall: 0.2 }), topic('fargate', 'technology-and-services', 7, 8, { recall: 0.2 }), topic('ecs', 'technology-and-services', 7, 8, { recall: 0.2 })], topicsByDomain, dueBy);
    expect(fresh.domains.find((d) => d.domain === 'technology-and-services')?.verdict).toBe('ready');
    expect(faded.domains.find((d) => d.domain === 'technology-and-services')?.verdict).not.toBe('ready');
  });

  it('counts reviews due by the end of the day, and puts them first in what to do next', () => {
    const r = assessReadiness([
      topic('lambda', 'technology-and-services', 5, 5, { dueAt: new Date('2026-11-30T20:00:00Z') }),
      topic('iam', 'security-and-compliance', 5, 5, { dueAt: new Date('2026-12-01T08:00:00Z') }),
      topic('sqs', 'technology-and-services', 0, 3),
    ], topicsByDomain, dueBy);
    expect(r.reviewsDue).toBe(1);
    expect(r.next[0]).toEqual({ topicId: 'lambda', why: 'due' });
    expect(r.next.map((s) => s.why)).toEqual(['due', 'weak', 'new']);
  });

  it('suggests a new topic from the domain that needs it most (heavy and unstarted)', () => {
    const r = assessReadiness([topic('lambda', 'technology-and-services', 9, 10)], topicsByDomain, dueBy);
    const fresh = r.next.find((s) => s.why === 'new');
    expect(fresh && topicsByDomain.get('security-and-compliance')?.includes(fresh.topicId)).toBe(true);
  });

  it('counts each answer toward the exam domain of its question when given, not its topic\'s', () => {
    // Lambda's pricing questions are Billing questions although Lambda is a Technology topic.
    const evidence = [topic('lambda', 'technology-and-services', 9, 10)];
    const byDomain = [{ key: 'technology-and-services', answered: 6, correct: 5 }, { key: 'billing-pricing-support', answered: 4, correct: 4 }];
    const r = assessReadiness(evidence, topicsByDomain, dueBy, byDomain);
    expect(r.domains.find((d) => d.domain === 'billing-pricing-support')).toMatchObject({ answered: 4, correct: 4, topicsMet: 0 });
    expect(r.domains.find((d) => d.domain === 'technology-and-services')).toMatchObject({ answered: 6, correct: 5, topicsMet: 1 });
    expect(r.domains.find((d) => d.domain === 'cloud-concepts')).toMatchObject({ answered: 0, verdict: 'not-yet' });
  });
});
