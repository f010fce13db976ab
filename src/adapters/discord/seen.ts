import { SeenKeys } from '../seen-keys.js';

/**
 * Interaction ids seen recently, so an interaction the gateway delivers twice (a replay after a
 * resume) is answered once. Discord's interaction tokens live 15 minutes, so a little longer is enough.
 */
export class SeenInteractions extends SeenKeys {
  constructor(ttlMs = 16 * 60_000, maxEntries?: number, now?: () => number) {
    super(ttlMs, maxEntries, now);
  }
}
