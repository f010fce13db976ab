import { studyContent } from '../../content/index.js';
import type { Clock } from '../../src/core/ports.js';
import { silentLogger } from '../../src/core/ports.js';
import type { Reply } from '../../src/core/reply.js';
import type { Actor, Place } from '../../src/core/request.js';
import { Studybot } from '../../src/core/studybot.js';

export const fixedClock = (iso = '2026-11-23T09:00:00Z'): Clock & { set(iso: string): void; advance(ms: number): void } => {
  let now = new Date(iso).getTime();
  return {
    now: () => new Date(now),
    set: (next: string) => { now = new Date(next).getTime(); },
    advance: (ms: number) => { now += ms; },
  };
};

export const testPlace: Place = { platform: 'console', workspaceId: 'ws-test', channelId: 'ch-test' };
export const alice: Actor = { id: 'u-alice', name: 'alice', isAdmin: false };

export function makeBot(): Studybot {
  return new Studybot({ content: studyContent(), logger: silentLogger, clock: fixedClock() });
}

/** Everything a member would read in a reply, as one string. */
export function visibleText(reply: Reply): string {
  return [reply.title ?? '', reply.text, ...reply.fields.flatMap((f) => [f.label, f.value]), ...reply.choices.map((c) => c.label), reply.footer ?? ''].join('\n');
}

export async function ask(bot: Studybot, text: string, actor: Actor = alice, place: Place = testPlace): Promise<Reply> {
  return bot.handle({ actor, place, text });
}
