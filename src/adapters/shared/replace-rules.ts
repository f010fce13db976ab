import type { Reply } from '../../core/reply.js';

/** Replies only the member who asked sees: private ones, and lookups offered for sharing (a private preview). */
export function forMemberOnly(reply: Reply): boolean {
  return reply.visibility === 'private' || reply.shareable === true;
}

/**
 * Whether a click's answer replaces the clicked message rather than arriving as a new one. Only on a
 * message the member alone sees (a practice question, "did you mean"), and only with an answer for
 * them alone: replacing it also closes its buttons. Mistakes and errors (a double click, a closed
 * question) and standalone notes (a report) come as a separate private note, so the member keeps
 * what they were reading; on a channel message every answer is a new message.
 */
export function replacesClickedMessage(clickedWasPrivate: boolean, answer: Reply): boolean {
  return clickedWasPrivate && forMemberOnly(answer) && answer.tone !== 'error' && answer.tone !== 'warning' && !answer.standalone;
}
