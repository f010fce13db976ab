import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** Slack refused or could not take a message posted to a response_url. */
export class ResponseUrlError extends Error {
  override readonly name = 'ResponseUrlError';
  constructor(readonly status: number | undefined, message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/**
 * Posts replies to response_urls over pooled keep-alive connections. This replaces bolt's respond(),
 * which goes through fetch: answers are the busiest outbound path, and on a shared event loop every
 * microsecond they take is a microsecond later for the next acknowledgement (bench/slack.ts).
 */
export class ResponseUrlClient {
  private readonly agents = {
    'http:': new HttpAgent({ keepAlive: true, maxSockets: 64 }),
    'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
  };

  constructor(private readonly timeoutMs = 10_000) {}

  async post(url: string, message: object): Promise<void> {
    try {
      await this.once(url, message);
    } catch (error) {
      // A pooled connection the server had just closed: the documented case for one retry.
      if (error instanceof ResponseUrlError && error.status === undefined && (error.cause as { reused?: boolean } | undefined)?.reused) {
        await this.once(url, message);
        return;
      }
      throw error;
    }
  }

  private once(url: string, message: object): Promise<void> {
    const target = new URL(url);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      return Promise.reject(new ResponseUrlError(undefined, `not a web address: ${target.protocol}`));
    }
    const body = JSON.stringify(message);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<void>((resolve, reject) => {
      const req: ClientRequest = send(target, {
        method: 'POST',
        agent: this.agents[target.protocol as 'http:' | 'https:'],
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
        timeout: this.timeoutMs,
      }, (res: IncomingMessage) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new ResponseUrlError(status, `response_url answered HTTP ${status}${status === 404 ? ' (expired: it works for 30 minutes, 5 times)' : ''}`));
        });
      });
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (error) => reject(new ResponseUrlError(undefined, `response_url unreachable: ${error.message}`, { cause: Object.assign(error, { reused: req.reusedSocket }) })));
      req.end(body);
    });
  }

  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }
}
