import { describe, expect, it } from 'vitest';
import { studyContent } from './_devcontent.js';
import { loadContent, type Content } from '../../../content/load.js';
import type { Topic } from '../../../content/schema.js';
import { TRAITS } from '../../../content/traits.js';
import {
  buildQuestionBank, isEligibleAnswer, MAX_QUESTIONS_PER_TOPIC,
} from '../../../src/core/questions/build-bank.js';
import type { Question, QuestionBank } from '../../../src/core/questions/question.js';
import { satisfies } from '../../../src/core/questions/satisfies.js';

const content = studyContent();
const bank = buildQuestionBank(content);

function topic(id: string, from: Content = content): Topic {
  const found = from.byId.get(id);
  if (!found) throw new Error(`no topic "${id}"`);
  return found;
}

/** Reloads the content from its own topics, as a restart or a redeploy would, optionally edited. */
function reload(edit: (topics: Topic[]) => Topic[] = (t) => t): Content {
  const topics = edit(structuredClone([...content.topics]));
  const ids = new Set(topics.map((t) => t.id));
  const modules = Object.fromEntries(topics.map((t) => [`${t.id}.ts`, { ...t, related: t.related.filter((r) => ids.has(r)) }]));
  const comparisons = content.comparisons.filter((c) => ids.has(c.a) && ids.has(c.b));
  return loadContent(modules, { 'comparisons.ts': comparisons });
}

function involves(q: Question, topicId: string): boolean {
  return q.options.some((o) => o.topicId === topicId);
}

describe('satisfies', () => {
  const t = { traits: ['serverless', 'runs-functions'] as const };
  it('is true only when the topic has every trait', () => {
    expect(satisfies({ traits: [...t.traits] }, ['serverless'])).toBe(true);
    expect(satisfies({ traits: [...t.traits] }, ['serverless', 'runs-functions'])).toBe(true);
    expect(satisfies({ traits: [...t.traits] }, ['serverless', 'runs-containers'])).toBe(false);
    expect(satisfies({ traits: [] }, ['serverless'])).toBe(false);
  });
});

describe('every generated question', () => {
  it('has at least 300 questions with the full content', () => {
    expect(bank.all.length).toBeGreaterThanOrEqual(300);
  });

  it('has exactly one option that satisfies all the scenario\'s traits, and that one is marked correct', () => {
    for (const q of bank.all) {
      const satisfying = q.options
        .map((o, i) => ({ i, ok: satisfies(topic(o.topicId), q.traitIds) }))
        .filter((x) => x.ok)
        .map((x) => x.i);
      expect(satisfying, `${q.id}: ${q.scenario}`).toEqual([q.answerIndex]);
      expect(q.options.map((o) => o.correct)).toEqual(q.options.map((_, i) => i === q.answerIndex));
      expect(q.options[q.answerIndex]?.topicId).toBe(q.topicId);
    }
  });

  it('asks for 2 or 3 of its answer\'s traits, and no other possible answer has them all', () => {
    const answers = content.topics.filter(isEligibleAnswer);
    for (const q of bank.all) {
      expect(q.traitIds.length).toBeGreaterThanOrEqual(2);
      expect(q.traitIds.length).toBeLessThanOrEqual(3);
      expect(new Set(q.traitIds).size).toBe(q.traitIds.length);
      const rivals = answers.filter((t) => t.id !== q.topicId && satisfies(t, q.traitIds)).map((t) => t.id);
      expect(rivals, q.id).toEqual([]);
    }
  });

  it('has an in-scope, available answer, the answer\'s exam domain, and no retired option', () => {
    for (const q of bank.all) {
      const answer = topic(q.topicId);
      expect(answer.examScope, q.id).toBe('in-scope');
      expect(answer.lifecycle.status, q.id).toBe('available');
      expect(q.domain).toBe(answer.examDomain);
      for (const o of q.options) expect(topic(o.topicId).lifecycle.status, `${q.id} ${o.topicId}`).not.toBe('retired');
    }
  });

  it('has 4 distinct options, each labelled with its topic\'s name and explained', () => {
    for (const q of bank.all) {
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options.map((o) => o.topicId)).size).toBe(4);
      expect(new Set(q.options.map((o) => o.label)).size).toBe(4);
      for (const o of q.options) {
        expect(o.label).toBe(topic(o.topicId).name);
        expect(o.explanation.trim().length, `${q.id} ${o.topicId}`).toBeGreaterThan(10);
        expect(o.explanation.startsWith(`${o.label} ${o.correct ? 'fits' : 'does not fit'}:`), o.explanation).toBe(true);
        expect(o.explanation.length, o.explanation).toBeLessThanOrEqual(600);
      }
    }
  });

  it('explains the right option with every trait the scenario asks for', () => {
    for (const q of bank.all) {
      const right = q.options[q.answerIndex];
      for (const t of q.traitIds) expect(right?.explanation, `${q.id} ${t}`).toContain(TRAITS[t].has);
    }
  });

  it('never repeats a scenario, and its scenario is a sentence ending in the question', () => {
    const seen = new Map<string, string>();
    for (const q of bank.all) {
      expect(seen.get(q.scenario), `${q.id} repeats ${seen.get(q.scenario)}`).toBeUndefined();
      seen.set(q.scenario, q.id);
      expect(q.scenario).toMatch(/^[A-Z].+\. Which AWS service fits best\?$/);
    }
  });

  it('does not always put the answer first', () => {
    const positions = new Set(bank.all.map((q) => q.answerIndex));
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('the bank as a whole', () => {
  it('has unique, well-formed ids, and byId and forTopic agree with all', () => {
    const ids = bank.all.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of bank.all) {
      expect(q.id).toMatch(/^q_[0-9a-f]{12}$/);
      expect(bank.byId(q.id)).toBe(q);
      expect(bank.forTopic(q.topicId)).toContain(q);
    }
    expect(bank.byId('q_000000000000')).toBeUndefined();
    expect(bank.forTopic('no-such-topic')).toEqual([]);
  });

  it('spreads questions over topics: at most the cap per answer topic', () => {
    const perTopic = new Map<string, number>();
    for (const q of bank.all) perTopic.set(q.topicId, (perTopic.get(q.topicId) ?? 0) + 1);
    for (const [id, n] of perTopic) expect(n, id).toBeLessThanOrEqual(MAX_QUESTIONS_PER_TOPIC);
    expect(perTopic.size).toBeGreaterThanOrEqual(10);
  });
});

describe('stable ids', () => {
  const summary = (b: QuestionBank) => b.all.map((q) => `${q.id} ${q.topicId} ${q.answerIndex} ${q.scenario}`);

  it('the same content gives the same bank, in the same order', () => {
    expect(summary(buildQuestionBank(content))).toEqual(summary(bank));
    expect(buildQuestionBank(content).all).toEqual(bank.all);
  });

  it('reloading the content (a restart) gives the same bank, whatever order the topics load in', () => {
    expect(summary(buildQuestionBank(reload()))).toEqual(summary(bank));
    expect(summary(buildQuestionBank(reload((topics) => topics.reverse())))).toEqual(summary(bank));
    const shuffled: Content = { ...content, topics: [...content.topics].reverse() };
    expect(summary(buildQuestionBank(shuffled))).toEqual(summary(bank));
  });

  it('keeps every question\'s id when an unrelated topic is removed from the content', () => {
    // An option-only topic (never an answer) that appears in the fewest questions: removing it is a
    // plausible content change that leaves most of the bank untouched.
    const counts = new Map<string, number>();
    for (const q of bank.all) for (const o of q.options) counts.set(o.topicId, (counts.get(o.topicId) ?? 0) + 1);
    const removable = content.topics
      .filter((t) => !isEligibleAnswer(t) && (counts.get(t.id) ?? 0) > 0)
      .sort((a, b) => (counts.get(a.id) ?? 0) - (counts.get(b.id) ?? 0) || (a.id < b.id ? -1 : 1));
    const removed = removable[0]?.id ?? content.topics.find((t) => t.traits.length === 0)?.id;
    expect(removed).toBeDefined();

    const after = buildQuestionBank(reload((topics) => topics.filter((t) => t.id !== removed)));
    const afterByScenario = new Map(after.all.map((q) => [q.scenario, q]));
    const unrelated = bank.all.filter((q) => !involves(q, removed ?? ''));
    expect(unrelated.length).toBeGreaterThan(0);

    let kept = 0;
    for (const q of unrelated) {
      const same = after.byId(q.id);
      if (same) {
        kept++;
        expect(same.scenario).toBe(q.scenario);
        expect(same.topicId).toBe(q.topicId);
        expect(same.options).toEqual(q.options);
      }
      // Whatever else changed, a scenario keeps its id.
      const byScenario = afterByScenario.get(q.scenario);
      if (byScenario) expect(byScenario.id).toBe(q.id);
    }
    expect(kept / unrelated.length).toBeGreaterThan(0.9);

    // Questions that did offer the removed topic keep their id too, with another distractor in its place.
    for (const q of bank.all.filter((x) => involves(x, removed ?? ''))) {
      const same = after.byId(q.id);
      if (same) {
        expect(same.scenario).toBe(q.scenario);
        expect(involves(same, removed ?? '')).toBe(false);
      }
    }
    for (const q of after.all) expect(involves(q, removed ?? '')).toBe(false);
  });
});

describe('what may be an answer or an option', () => {
  const someAnswer = bank.all[0]?.topicId ?? '';

  it('a service that gets retired is never an answer nor an option', () => {
    const edited = buildQuestionBank(reload((topics) => topics.map((t) => t.id === someAnswer
      ? { ...t, lifecycle: { ...t.lifecycle, status: 'retired', since: '2026-01-01' } }
      : t)));
    expect(edited.all.length).toBeGreaterThan(0);
    for (const q of edited.all) expect(involves(q, someAnswer), q.id).toBe(false);
  });

  it('a service the exam leaves out, or one closed to new customers, is never the answer', () => {
    for (const change of [
      (t: Topic): Topic => ({ ...t, examScope: 'out-of-scope' }),
      (t: Topic): Topic => ({ ...t, examScope: 'not-listed' }),
      (t: Topic): Topic => ({ ...t, lifecycle: { ...t.lifecycle, status: 'closed-to-new-customers', since: '2026-01-01' } }),
    ]) {
      const edited = buildQuestionBank(reload((topics) => topics.map((t) => (t.id === someAnswer ? change(t) : t))));
      expect(edited.forTopic(someAnswer)).toEqual([]);
      for (const q of edited.all) expect(q.topicId).not.toBe(someAnswer);
    }
  });

  it('topics without traits (concepts) are never options', () => {
    for (const q of bank.all) {
      for (const o of q.options) expect(topic(o.topicId).traits.length, o.topicId).toBeGreaterThan(0);
    }
  });
});
