import type { AnswerRecord, PostKind, PostRecord } from '../../core/quiz/quiz-store.js';
import type { Place } from '../../core/request.js';

/** Rows of the posts and answers tables as the driver returns them, and their core records. */

export interface PostRow {
  id: string; platform: string; workspace_id: string; channel_id: string; kind: PostKind; owner_id: string | null;
  local_date: string | null; question_id: string; topic_id: string; domain: string; answer_index: number;
  posted_at: Date; closes_at: Date | null; revealed_at: Date | null; message_ref: string | null;
}

export interface AnswerRow {
  post_id: string; member_id: string; member_name: string; option_index: number; correct: boolean;
  answered_at: Date; answer_streak: number; correct_streak: number;
}

/** An answer's columns under a prefix, as a join returns them (all null when there is no such answer). */
export type PrefixedAnswer<P extends string> = { [K in keyof AnswerRow as `${P}${K & string}`]: AnswerRow[K] | null };

export function prefixed(from: object, prefix: 'e_' | 'p_'): AnswerRow | undefined {
  const r = from as Record<string, unknown>;
  if (r[`${prefix}member_id`] === null || r[`${prefix}member_id`] === undefined) return undefined;
  return {
    post_id: r[`${prefix}post_id`] as string, member_id: r[`${prefix}member_id`] as string, member_name: r[`${prefix}member_name`] as string,
    option_index: r[`${prefix}option_index`] as number, correct: r[`${prefix}correct`] as boolean, answered_at: r[`${prefix}answered_at`] as Date,
    answer_streak: r[`${prefix}answer_streak`] as number, correct_streak: r[`${prefix}correct_streak`] as number,
  };
}

export const placeOf = (r: { platform: string; workspace_id: string; channel_id: string }): Place => ({
  platform: r.platform as Place['platform'], workspaceId: r.workspace_id, channelId: r.channel_id,
});

export const toPost = (r: PostRow): PostRecord => ({
  id: r.id,
  place: placeOf(r),
  kind: r.kind,
  ...(r.owner_id !== null ? { ownerId: r.owner_id } : {}),
  ...(r.local_date !== null ? { localDate: r.local_date } : {}),
  questionId: r.question_id,
  topicId: r.topic_id,
  domain: r.domain,
  answerIndex: r.answer_index,
  postedAt: r.posted_at,
  ...(r.closes_at !== null ? { closesAt: r.closes_at } : {}),
  ...(r.revealed_at !== null ? { revealedAt: r.revealed_at } : {}),
  ...(r.message_ref !== null ? { messageRef: r.message_ref } : {}),
});

export const toAnswer = (r: AnswerRow): AnswerRecord => ({
  postId: r.post_id,
  memberId: r.member_id,
  memberName: r.member_name,
  optionIndex: r.option_index,
  correct: r.correct,
  answeredAt: r.answered_at,
  answerStreak: r.answer_streak,
  correctStreak: r.correct_streak,
});

export const POST_COLUMNS = 'id, platform, workspace_id, channel_id, kind, owner_id, local_date, question_id, topic_id, domain, answer_index, posted_at, closes_at, revealed_at, message_ref';
export const ANSWER_COLUMNS = 'post_id, member_id, member_name, option_index, correct, answered_at, answer_streak, correct_streak';

