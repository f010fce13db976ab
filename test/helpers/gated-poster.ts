import type { Reply } from '../../src/core/reply.js';
import type { Place } from '../../src/core/request.js';
import { RecordingPoster } from './recording-poster.js';

export type SendKind = 'question' | 'reveal';

/** A send held open by the platform: `entered` resolves once the message is out and the call is waiting. */
export interface Gate {
  readonly entered: Promise<void>;
  release(): void;
}

export function kindOf(reply: Reply): SendKind | undefined {
  if (reply.title?.startsWith('Question of the day')) return 'question';
  if (reply.title?.startsWith('Answer:')) return 'reveal';
  return undefined;
}

/**
 * A RecordingPoster whose sends can be held open: the message is handed over (recorded in `sent`, as
 * the channel would show it) and then the call does not return until the test releases it, like a
 * platform API that is slow to answer. Only the sends a test asked to hold wait; the others go through.
 */
export class GatedPoster extends RecordingPoster {
  private readonly holds: { kind: SendKind; enter: () => void; released: Promise<void> }[] = [];

  /** Holds the next send of this kind open until `release()`. */
  hold(kind: SendKind): Gate {
    let enter!: () => void;
    let release!: () => void;
    const entered = new Promise<void>((resolve) => { enter = resolve; });
    const released = new Promise<void>((resolve) => { release = resolve; });
    this.holds.push({ kind, enter, released });
    return { entered, release };
  }

  override async post(place: Place, reply: Reply): Promise<{ messageRef: string }> {
    const sent = await super.post(place, reply);
    const kind = kindOf(reply);
    const at = this.holds.findIndex((h) => h.kind === kind);
    if (at >= 0) {
      const [held] = this.holds.splice(at, 1);
      held?.enter();
      await held?.released;
    }
    return sent;
  }
}

/** Lets the event loop turn until `done()` holds; fails (instead of hanging) if it never does. */
export async function turnUntil(done: () => boolean, what: string, turns = 2_000): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (done()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (!done()) throw new Error(`gave up waiting: ${what}`);
}

/** A promise plus whether it has settled yet, for checking what finished while something else was held. */
export function tracked<T>(promise: Promise<T>): { readonly promise: Promise<T>; readonly settled: boolean } {
  const state = { promise, settled: false };
  promise.then(() => { state.settled = true; }, () => { state.settled = true; });
  return state;
}

/** Lets the event loop turn `count` times (whatever can run without the held send, runs). */
export async function turns(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
