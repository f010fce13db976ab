import { reply, type Reply } from '../reply.js';

/** What a reminder can say; both parts empty means there is nothing to send. */
export interface ReminderFacts {
  readonly reviewsDue: number;
  /** The longest daily streak that ends unless the member answers today's open question. */
  readonly streakAtRisk?: { readonly days: number; readonly closesAt: string };
}

/** A short, kind DM with the command to act on, or nothing when there is nothing to say. */
export function reminderReply(facts: ReminderFacts): Reply | undefined {
  const lines: string[] = [];
  if (facts.reviewsDue > 0) {
    lines.push(facts.reviewsDue === 1 ? '1 review is due: `/aws quiz`' : `${facts.reviewsDue} reviews are due: \`/aws quiz\``);
  }
  if (facts.streakAtRisk) {
    const { days, closesAt } = facts.streakAtRisk;
    lines.push(`Your ${days}-day streak ends at ${closesAt} unless you answer today's daily question in the channel.`);
  }
  if (lines.length === 0) return undefined;
  return reply({
    title: 'A little study nudge',
    text: lines.join('\n'),
    footer: 'Once a day at most. `/aws remind off` stops these.',
    visibility: 'private',
  });
}
