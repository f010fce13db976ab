import { describe, expect, it } from 'vitest';
import { DOMAIN_COLOURS } from '../../../src/core/charts/domain-colours.js';
import { decideAnswer } from '../../../src/core/quiz/answer-rules.js';
import type { NewPost } from '../../../src/core/quiz/quiz-store.js';
import { channelWeekChart } from '../../../src/core/recap/week-chart.js';
import type { Place } from '../../../src/core/request.js';
import { testApp } from '../../helpers/assembly.js';

const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };

function dailyPost(id: string, localDate: string, domain: string): NewPost {
  return {
    id, place, kind: 'daily', localDate, questionId: `q_${id}`, topicId: 'fargate', domain, answerIndex: 1,
    postedAt: new Date(`${localDate}T08:00:00Z`), closesAt: new Date(`${localDate}T20:00:00Z`),
  };
}

describe('channelWeekChart (for the weekly recap)', () => {
  it('answers per day, Monday to Sunday in the channel\'s zone, and group accuracy per domain in its colours', async () => {
    const { quizStore } = testApp();
    const answers: [string, string, string, [string, number][]][] = [
      ['mon', '2026-11-23', 'cloud-concepts', [['ann', 1], ['bob', 0], ['cy', 1]]],
      ['wed', '2026-11-25', 'technology-and-services', [['ann', 1]]],
      ['next-mon', '2026-11-30', 'cloud-concepts', [['ann', 1]]],
    ];
    for (const [id, date, domain, who] of answers) {
      await quizStore.createPost(dailyPost(id, date, domain));
      for (const [member, option] of who) {
        await quizStore.recordAnswer({ postId: id, member: { id: member, name: member }, optionIndex: option, answeredAt: new Date(`${date}T09:30:00Z`) }, decideAnswer);
      }
    }
    const chart = await channelWeekChart(quizStore, place, '2026-11-26', 'Europe/Berlin');
    if (!chart) throw new Error('no chart');
    expect(chart.title).toBe('The week in this channel: 4 answers');
    expect(chart.subtitle).toMatch(/23 November 2026/);
    const [days, domains] = chart.panels;
    expect(days?.labels).toEqual(['Mon 23 Nov', 'Tue 24 Nov', 'Wed 25 Nov', 'Thu 26 Nov', 'Fri 27 Nov', 'Sat 28 Nov', 'Sun 29 Nov']);
    expect(days?.series[0]?.values).toEqual([3, 0, 1, 0, 0, 0, 0]);
    expect(domains?.labels).toEqual(['Concepts', 'Security', 'Technology', 'Billing']);
    expect(domains?.series[0]?.values).toEqual([67, null, 100, null]);
    expect(domains?.series[0]?.valueColours).toEqual(Object.values(DOMAIN_COLOURS));
    expect(domains?.y).toMatchObject({ min: 0, max: 100, percent: true });
  });

  it('a week nobody answered in has no chart', async () => {
    const { quizStore } = testApp();
    expect(await channelWeekChart(quizStore, place, '2026-11-26', 'UTC')).toBeUndefined();
  });
});
