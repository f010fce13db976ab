import type { Logger, RequestKeys } from '../../core/ports.js';
import { SeenKeys } from '../seen-keys.js';

/**
 * Slack request keys (a slash command's or click's trigger_id) seen recently, so a request Slack sends
 * again (x-slack-retry-num, a Socket Mode redelivery, a replay inside the signature window) does its
 * work once, on whichever instance it lands. bolt already refuses signatures older than 5 minutes, so
 * remembering a little longer than that closes the replay window.
 */
export class SeenRequests extends SeenKeys {
  constructor(options: { shared?: RequestKeys; logger?: Logger; ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    super(options.ttlMs ?? 6 * 60_000, options.maxEntries, options.now, options.shared, options.logger);
  }
}
