import type { Topic } from '../../../content/schema.js';
import { reply, type Reply, type ReplyChoice } from '../reply.js';
import { quoteUserText } from '../text.js';

/** Choice ids for "did you mean" buttons: picking one runs the lookup for that topic. */
export function lookupChoice(topic: Topic, aspectWord?: string): ReplyChoice {
  return { id: `lookup:${topic.id}${aspectWord ? `:${aspectWord}` : ''}`, label: topic.name };
}

export function didYouMean(query: string, candidates: readonly Topic[], aspectWord?: string): Reply {
  const names = candidates.map((t) => t.name);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0] ?? '';
  return reply({
    text: `I'm not sure what "${quoteUserText(query)}" points to. Did you mean ${list}?`,
    choices: candidates.map((t) => lookupChoice(t, aspectWord)),
    visibility: 'private',
    tone: 'warning',
    footer: 'Pick one, or try /aws topics for the full list.',
  });
}

export function notFound(query: string): Reply {
  return reply({
    text: `I couldn't find a topic for "${quoteUserText(query)}". Try a service name such as \`/aws lambda\`, or a question like \`/aws run containers without servers\`.`,
    visibility: 'private',
    tone: 'warning',
    footer: '/aws topics lists everything I know; /aws help lists the commands.',
  });
}
