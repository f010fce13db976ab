import type { Actor, Place } from '../../src/core/request.js';
import type { Studybot } from '../../src/core/studybot.js';

/** The member answers `count` practice questions (always the first option), so they have history to chart. */
export async function practise(bot: Studybot, actor: Actor, place: Place, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const question = await bot.handle({ actor, place, text: 'quiz' });
    const first = question.choices[0];
    if (!first) throw new Error(`no practice question offered: ${question.text}`);
    await bot.handleAction({ actor, place, actionId: first.id });
  }
}
