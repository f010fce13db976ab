import { decideAnswer } from '../../../src/core/quiz/answer-rules.js';
import type { Actor, Place } from '../../../src/core/request.js';
import type { QuizStore } from '../../../src/core/quiz/quiz-store.js';
import type { Sent } from '../../helpers/recording-poster.js';

export const admin: Actor = { id: 'U-admin', name: 'ada', isAdmin: true };

let posts = 0;

/** One daily question in `place` on `iso`, answered as given: [member, right?, answered at (default: the post's instant)]. */
export async function seedQuestion(app: { readonly quizStore: QuizStore }, place: Place, iso: string, topicId: string, answers: readonly (readonly [string, boolean, string?])[], questionId = `q_${topicId}_${++posts}`): Promise<string> {
  const id = `seed-${++posts}`;
  await app.quizStore.createPost({
    id, place, kind: 'daily', localDate: iso.slice(0, 10), questionId, topicId, domain: 'technology-and-services', answerIndex: 1,
    postedAt: new Date(iso), closesAt: new Date(new Date(iso).getTime() + 10 * 86_400_000),
  });
  for (const [member, right, at] of answers) {
    await app.quizStore.recordAnswer({ postId: id, member: { id: member, name: member }, optionIndex: right ? 1 : 0, answeredAt: new Date(at ?? iso) }, decideAnswer);
  }
  return id;
}

export const recaps = (sent: readonly Sent[], place?: Place): Sent[] =>
  sent.filter((s) => s.kind === 'post' && s.reply.title?.startsWith('Week in review') && (!place || s.place.channelId === place.channelId));
