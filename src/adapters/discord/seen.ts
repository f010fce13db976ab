import type { Logger, RequestKeys } from '../../core/ports.js';
import { SeenKeys } from '../seen-keys.js';

/**
 * Interaction ids seen recently, so an interaction the gateway delivers twice (a replay after a
 * resume) is answered once, by one shard or instance. Discord's interaction tokens live 15 minutes,
 * so a little longer is enough.
 */
export class SeenInteractions extends SeenKeys {
  constructor(options: { shared?: RequestKeys; logger?: Logger; ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    super(options.ttlMs ?? 16 * 60_000, options.maxEntries, options.now, options.shared, options.logger);
  }
}
