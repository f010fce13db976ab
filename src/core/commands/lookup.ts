import { z } from 'zod';
import { ASPECT_COMMAND_WORD, topicReply } from '../present/topic-reply.js';
import { didYouMean, notFound } from '../present/suggestions.js';
import type { CommandModule } from './command-module.js';

const args = z.object({
  topic: z.string({ error: 'name a topic, e.g. lambda' }).trim().min(1, 'name a topic, e.g. lambda'),
  aspect: z.string({ error: 'the aspect is a word such as pricing or limits' }).trim().optional(),
});

/** `/aws <topic> [aspect]`, and free-text questions. The default when no command word matches. */
export const lookupCommand: CommandModule<z.infer<typeof args>> = {
  name: 'topic',
  summary: 'Look up a service or concept, optionally one aspect of it',
  usage: '/aws <topic> [aspect]',
  examples: ['/aws lambda pricing', '/aws fargate', '/aws k8s', '/aws where do I store private docker images'],
  options: [
    { name: 'topic', description: 'A service, concept or question, e.g. lambda, k8s, "serverless containers"', kind: 'topic', required: true },
    {
      name: 'aspect',
      description: 'Which part: pricing, limits, examples, exam, pick, vs',
      kind: 'choice',
      required: false,
      choices: Object.values(ASPECT_COMMAND_WORD),
    },
  ],
  args,
  // The topic may be several words and the aspect can sit anywhere, so the finder reads it all.
  fromWords: (words) => ({ topic: words.join(' ') }),
  run({ topic, aspect }, { finder }) {
    const query = aspect ? `${topic} ${aspect}` : topic;
    const result = finder.find(query);
    switch (result.kind) {
      case 'found':
        return topicReply(result.topic, result.aspect);
      case 'ambiguous':
        return didYouMean(query, result.candidates, result.aspect ? ASPECT_COMMAND_WORD[result.aspect] : undefined);
      case 'none':
        return notFound(query);
    }
  },
};
