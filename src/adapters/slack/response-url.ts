import { Worker } from 'node:worker_threads';
const CODE = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http'); const https = require('node:https');
const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }) };
parentPort.on('message', ({ id, url, body }) => {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? https.request : http.request;
  const req = send(target, { method: 'POST', agent: agents[target.protocol], headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }, timeout: 10000 }, (res) => {
    res.resume(); res.on('end', () => parentPort.postMessage({ id, status: res.statusCode }));
  });
  req.on('timeout', () => req.destroy(new Error('timed out')));
  req.on('error', (e) => parentPort.postMessage({ id, error: e.message }));
  req.end(body);
});
`;
export class ResponseUrlClient {
  private readonly worker = new Worker(CODE, { eval: true });
  private readonly pending = new Map<number, (r: { status?: number; error?: string }) => void>();
  private next = 0;
  constructor() {
    this.worker.unref();
    this.worker.on('message', (m: { id: number; status?: number; error?: string }) => { this.pending.get(m.id)?.(m); this.pending.delete(m.id); });
  }
  post(url: string, message: object): Promise<void> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (r) => (r.status && r.status < 300 ? resolve() : reject(new Error(r.error ?? `HTTP ${r.status}`))));
      this.worker.postMessage({ id, url, body: JSON.stringify(message) });
    });
  }
  close(): void { void this.worker.terminate(); }
}
