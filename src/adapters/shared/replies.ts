import { reply, userMistake, type Reply } from '../../core/reply.js';
import { quoteUserText } from '../../core/text.js';

/**
 * What every chat front end says in the same situations, in one place, so Slack and Discord word
 * them alike. The apology and the stale-button note come from the core, which says them too.
 */
export { sorry, staleButton } from '../../core/reply.js';

/** The platform's words for where a request comes from. */
const WHERE = { slack: 'workspace and channel', discord: 'server and channel' } as const;

/** A request whose payload does not say where it came from. */
export function nowhere(platform: keyof typeof WHERE): Reply {
  return userMistake(`I could not tell which ${WHERE[platform]} this came from. Try \`/aws\` again from a channel.`);
}

/** A chart that failed to draw: the reply's text carries the same numbers. */
export const CHART_NOT_DRAWN = 'I could not draw the picture this time; the numbers below say the same.';

/** A command, modal or other interaction that is not ours. */
export const ONLY_AWS = 'I only answer `/aws` and its buttons. Try `/aws help`.';

export function onlyAws(): Reply {
  return userMistake(ONLY_AWS);
}

export function unknownCommand(): Reply {
  return userMistake('I don\'t know that command. `/aws help` lists them all.');
}

/** A Share button whose reply the core no longer offers for sharing. */
export function cannotShare(): Reply {
  return userMistake('That can no longer be shared. Run the command again.');
}

/** What a private preview says once its answer went into the channel (Discord replaces it). */
export function sharedNote(): Reply {
  return reply({ text: '✅ Shared in the channel.', visibility: 'private', tone: 'success' });
}

/** The shared copy of a reply: public, and saying who shared it. */
export function sharedBy(original: Reply, memberName: string): Reply {
  const footer = [original.footer, `Shared by ${quoteUserText(memberName, 32)}`].filter(Boolean).join('\n');
  return { ...original, visibility: 'public', shareable: false, footer };
}
