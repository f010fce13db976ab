import { z } from 'zod';
import { CATEGORIES, type CategoryId } from '../../../content/schema.js';
import { reply } from '../reply.js';
import type { CommandModule } from './command-module.js';

const args = z.object({});

export const topicsCommand: CommandModule<z.infer<typeof args>> = {
  name: 'topics',
  aliases: ['list', 'all'],
  summary: 'List every topic I know, by category',
  usage: '/aws topics',
  examples: ['/aws topics'],
  options: [],
  args,
  run(_args, { content }) {
    const fields = (Object.keys(CATEGORIES) as CategoryId[]).flatMap((category) => {
      const inCategory = content.topics.filter((t) => t.category === category);
      if (inCategory.length === 0) return [];
      const value = inCategory
        .map((t) => `${t.id}${t.lifecycle.status === 'retired' ? ' (retired)' : t.lifecycle.status === 'closed-to-new-customers' ? ' (closed)' : ''}`)
        .join(', ');
      return [{ label: CATEGORIES[category], value }];
    });
    return reply({
      title: `Study topics (${content.topics.length})`,
      text: 'Type `/aws <topic>` for any of these; add pricing, limits, examples, exam, pick or vs for one aspect.',
      fields,
      visibility: 'private',
    });
  },
};
