import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from '../../core/ports.js';

/**
 * A guard in front of bolt's HTTP receiver. Bolt reads a body in full (up to 4 MB) before it checks
 * the signature, because the signature covers the body; a flood of large unsigned bodies then holds
 * memory and the event loop while real acknowledgements wait (Slack allows 3 s). The guard refuses
 * what cannot be a Slack request before reading anything, reads the rest with a small cap, a time
 * limit and a cap on how many are read at once, checks the signature itself, and only then hands the
 * request to bolt with the body already read (bolt uses `rawBody` when it is there).
 */

export interface IntakeLimits {
  /** Slack's real payloads are a few kilobytes; the largest (a full modal view) stays well under this. */
  readonly maxBodyBytes: number;
  /** Bodies being read and checked at once; more are refused with 503 until some finish. */
  readonly maxUnverified: number;
  /** How far a request's timestamp may be from now, either way (Slack's own rule is five minutes). */
  readonly maxSkewSeconds: number;
  /** A body that trickles in slower than this is dropped (slowloris). */
  readonly readTimeoutMs: number;
}

export const DEFAULT_INTAKE_LIMITS: IntakeLimits = { maxBodyBytes: 64 * 1024, maxUnverified: 32, maxSkewSeconds: 300, readTimeoutMs: 5_000 };

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
type Buffered = IncomingMessage & { rawBody?: Buffer };

const SIGNATURE = /^v0=[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{1,12}$/;

/** Why a request was refused, for the log and the status code. */
type Refusal = { status: 400 | 401 | 408 | 413 | 503; why: string };

export function guardSlackIntake(listener: Listener, signingSecret: string, logger: Logger, limits: IntakeLimits = DEFAULT_INTAKE_LIMITS, now: () => number = Date.now): Listener {
  let reading = 0;
  const refuse = (req: IncomingMessage, res: ServerResponse, refusal: Refusal) => {
    logger.info({ status: refusal.status, why: refusal.why }, 'slack request refused at intake');
    if (!res.headersSent) {
      res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close', ...(refusal.status === 503 ? { 'retry-after': '1' } : {}) });
    }
    // Closing stops the rest of an unwanted body from being received at all.
    res.end(`${refusal.why}\n`, () => req.destroy());
  };

  return (req, res) => {
    // Health checks and other GETs carry no body and no signature: bolt's custom routes answer them.
    if (req.method !== 'POST') {
      listener(req, res);
      return;
    }
    const before = checkHeaders(req, now(), limits);
    if (before) {
      refuse(req, res, before);
      return;
    }
    if (reading >= limits.maxUnverified) {
      refuse(req, res, { status: 503, why: 'busy' });
      return;
    }
    reading += 1;
    readBody(req, limits).then((body) => {
      reading -= 1;
      if (!('length' in body)) {
        refuse(req, res, body);
        return;
      }
      const after = checkBody(req, body, signingSecret);
      if (after) {
        refuse(req, res, after);
        return;
      }
      (req as Buffered).rawBody = body;
      listener(req, res);
    }, (error: unknown) => {
      reading -= 1;
      logger.info({ err: error }, 'slack request body could not be read');
      refuse(req, res, { status: 400, why: 'unreadable body' });
    });
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** What can be refused from the headers alone, before a byte of the body is read. */
function checkHeaders(req: IncomingMessage, nowMs: number, limits: IntakeLimits): Refusal | undefined {
  const signature = header(req, 'x-slack-signature');
  const timestamp = header(req, 'x-slack-request-timestamp');
  if (!signature || !SIGNATURE.test(signature) || !timestamp || !TIMESTAMP.test(timestamp)) return { status: 401, why: 'not signed' };
  const skew = Number(timestamp) - nowMs / 1000;
  if (skew > limits.maxSkewSeconds) return { status: 401, why: 'timestamp in the future' };
  if (skew < -limits.maxSkewSeconds) return { status: 401, why: 'timestamp too old' };
  const length = header(req, 'content-length');
  if (length !== undefined && (!/^\d+$/.test(length) || Number(length) > limits.maxBodyBytes)) return { status: 413, why: 'body too large' };
  return undefined;
}

/** The body, or why it was not read: too large as it streams in, or too slow. */
function readBody(req: IncomingMessage, limits: IntakeLimits): Promise<Buffer | Refusal> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => finish({ status: 408, why: 'body too slow' }), limits.readTimeoutMs);
    const finish = (result: Buffer | Refusal) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBodyBytes) finish({ status: 413, why: 'body too large' });
      else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onError = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** The signature over the body, and a payload bolt can dispatch (a signed `payload=null` made it throw). */
function checkBody(req: IncomingMessage, body: Buffer, secret: string): Refusal | undefined {
  const timestamp = header(req, 'x-slack-request-timestamp') ?? '';
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(header(req, 'x-slack-signature') ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 401, why: 'bad signature' };
  const type = (header(req, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  try {
    if (type === 'application/json') return isObject(JSON.parse(body.toString('utf8'))) ? undefined : { status: 400, why: 'malformed payload' };
    if (type === 'application/x-www-form-urlencoded') {
      const form = parseQuery(body.toString('utf8'));
      const payload = form.payload;
      if (payload === undefined) return typeof form.command === 'string' || typeof form.ssl_check === 'string' ? undefined : { status: 400, why: 'malformed payload' };
      return typeof payload === 'string' && isObject(JSON.parse(payload)) ? undefined : { status: 400, why: 'malformed payload' };
    }
  } catch {
    return { status: 400, why: 'malformed payload' };
  }
  return { status: 400, why: 'unexpected content type' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
