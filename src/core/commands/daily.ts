import { z } from 'zod';
import { UserError } from '../errors.js';
import type { CommandModule } from './command-module.js';

const ACTIONS = ['status', 'on', 'off', 'now', 'reveal'] as const;

const args = z.object({
  action: z.enum(ACTIONS, { error: 'choose on, off, status, now or reveal' }).default('status'),
  settings: z.string().max(120, 'keep the settings short, e.g. 09:00 Europe/Berlin 8h').optional(),
});

export const dailyCommand: CommandModule<z.infer<typeof args>> = {
  name: 'daily',
  summary: 'The daily scenario question: on, off, status, now, reveal (admins change it)',
  usage: '/aws daily on [HH:MM] [timezone] [reveal after] | off | status | now | reveal',
  examples: ['/aws daily status', '/aws daily on 09:00 Europe/Berlin 8h', '/aws daily now'],
  options: [
    { name: 'action', description: 'on, off, status, now or reveal', kind: 'choice', required: false, choices: ACTIONS },
    { name: 'settings', description: 'For "on": time, IANA timezone, reveal delay, e.g. 09:00 Europe/Berlin 8h', kind: 'text', required: false },
  ],
  args,
  fromWords: (words) => ({ action: words[0], settings: words.slice(1).join(' ') || undefined }),
  // Everyone may ask for the status; everything else changes the channel's settings.
  needsAdmin: ({ action }) => action !== 'status',
  run({ action, settings }, context) {
    if (!context.daily) throw new UserError('no-daily', 'The daily question is switched off in this run of the bot.');
    const words = settings ? settings.split(' ').filter(Boolean) : [];
    return context.daily.command(context.request.actor, context.request.place, [action, ...words]);
  },
};
