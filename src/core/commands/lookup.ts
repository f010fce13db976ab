import { z } from 'zod';
import { EXAM_FACTS } from '../../../content/exam.js';
import type { Topic } from '../../../content/schema.js';
import { aspectsReply, examReply, factReply, outOfScopeReply, scenarioReply } from '../present/answers.js';
import { ASPECT_COMMAND_WORD, topicReply } from '../present/topic-reply.js';
import { didYouMean, notFound } from '../present/suggestions.js';
import type { Reply } from '../reply.js';
import type { CommandContext, CommandModule } from './command-module.js';
import { comparisonReply } from './compare.js';

const args = z.object({
  topic: z.string({ error: 'name a topic, e.g. lambda' }).trim().min(1, 'name a topic, e.g. lambda'),
  aspect: z.string({ error: 'the aspect is a word such as pricing or limits' }).trim().optional(),
});

/**
 * `/aws <anything>`: a topic, an aspect, a specific fact, a comparison, a pasted exam scenario, a
 * question about the exam, or a service the bot does not cover. The default when no command word matches.
 */
export const lookupCommand: CommandModule<z.infer<typeof args>> = {
  name: 'topic',
  summary: 'Look up a service or concept, ask a question about it, or paste a scenario',
  usage: '/aws <topic or question> [aspect]',
  examples: ['/aws lambda pricing', '/aws is fargate serverless', '/aws ecs vs eks', '/aws what languages does lambda support'],
  options: [
    { name: 'topic', description: 'A service, concept or question, e.g. lambda, k8s, "is fargate serverless"', kind: 'topic', required: true },
    {
      name: 'aspect',
      description: 'Which part: pricing, limits, examples, exam, pick, vs',
      kind: 'choice',
      required: false,
      choices: Object.values(ASPECT_COMMAND_WORD),
    },
  ],
  args,
  // The topic may be several words and the aspect can sit anywhere, so the whole text is read.
  fromWords: (words) => ({ topic: words.join(' ') }),
  run({ topic, aspect }, context) {
    return answerQuestion(aspect ? `${topic} ${aspect}` : topic, context);
  },
};

export function answerQuestion(query: string, { lookup, content }: CommandContext): Reply {
  const understood = lookup.understand(query);
  switch (understood.intent) {
    case 'overview': {
      const page = topicReply(understood.topic);
      const note = understood.notCovered ? `(I don't cover ${understood.notCovered.name}; here is ${understood.topic.name}.)\n\n` : '';
      return note ? { ...page, text: `${note}${page.text}` } : page;
    }
    case 'aspect':
      return aspectsReply(understood.topic, understood.aspects);
    case 'fact':
      return factReply(understood.topic, understood.facts, understood.answer);
    case 'compare': {
      const page = comparisonReply(content, understood.topics);
      const left = understood.leftOut.length > 0 ? `\n\nI compare two or three topics at a time, so I left out ${understood.leftOut.join(', ')}.` : '';
      return left ? { ...page, text: `${page.text}${left}` } : page;
    }
    case 'scenario':
      return scenarioReply(lookup.scenario(understood.text));
    case 'exam':
      return examReply(EXAM_FACTS, understood.asks);
    case 'out-of-scope': {
      const related = understood.service.related.map((id) => content.byId.get(id)).filter((t): t is Topic => t !== undefined);
      return outOfScopeReply(understood.service, related);
    }
    case 'did-you-mean':
      return didYouMean(query, understood.candidates, understood.aspect ? ASPECT_COMMAND_WORD[understood.aspect] : undefined);
    case 'unknown':
      return notFound(query);
  }
}
