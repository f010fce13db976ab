import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForStopSignals, runShutdown, type ShutdownStep } from '../src/shutdown.js';
import { recordingLogger } from './helpers/recording-logger.js';

/** A step that finishes when the test says so (or never). */
function gate(name: string, timeoutMs?: number): ShutdownStep & { open(): void; started: boolean } {
  let open!: () => void;
  const done = new Promise<void>((resolve) => { open = resolve; });
  const step = {
    name, started: false, open: () => open(),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    run: async () => { step.started = true; await done; },
  };
  return step;
}

afterEach(() => { vi.useRealTimers(); });

describe('runShutdown', () => {
  it('runs the phases in order, the steps of a phase together, and reports ok', async () => {
    const order: string[] = [];
    const step = (name: string): ShutdownStep => ({ name, run: async () => { order.push(`${name}:start`); await Promise.resolve(); order.push(`${name}:end`); } });
    const result = await runShutdown([[step('slack'), step('discord')], [step('store')]], { deadlineMs: 1_000, logger: recordingLogger() });
    expect(result).toMatchObject({ ok: true, stillRunning: [], abandoned: [] });
    expect(order).toEqual(['slack:start', 'discord:start', 'slack:end', 'discord:end', 'store:start', 'store:end']);
  });

  it('waits for in-flight work within the deadline', async () => {
    vi.useFakeTimers();
    const tick = gate('scheduler');
    const store = gate('store');
    const shutdown = runShutdown([[tick], [store]], { deadlineMs: 10_000, logger: recordingLogger() });
    await vi.advanceTimersByTimeAsync(9_000);
    expect(store.started).toBe(false); // the store stays open while the tick still needs it
    tick.open();
    await vi.advanceTimersByTimeAsync(0);
    store.open();
    expect(await shutdown).toMatchObject({ ok: true });
  });

  it('leaves a step behind when its own bound passes, and still closes the store and exits ok', async () => {
    vi.useFakeTimers();
    const logger = recordingLogger();
    const discord = gate('discord', 2_000); // destroy() that never returns while reconnecting
    let closed = false;
    const shutdown = runShutdown([[discord], [{ name: 'store', run: async () => { closed = true; } }]], { deadlineMs: 10_000, logger });
    await vi.advanceTimersByTimeAsync(2_000);
    const result = await shutdown;
    expect(result).toMatchObject({ ok: true, abandoned: ['discord'] });
    expect(closed).toBe(true);
    expect(logger.lines.some((l) => l.level === 'warn' && l.data.step === 'discord')).toBe(true);
  });

  it('says what was still running when the deadline passes, and starts nothing more', async () => {
    vi.useFakeTimers();
    const logger = recordingLogger();
    const stuck = gate('scheduler');
    const store = gate('store');
    const shutdown = runShutdown([[stuck, { name: 'slack', run: async () => undefined }], [store]], { deadlineMs: 10_000, logger });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await shutdown).toMatchObject({ ok: false, stillRunning: ['scheduler'] });
    expect(store.started).toBe(false);
    expect(logger.lines.find((l) => l.level === 'error')?.data).toMatchObject({ stillRunning: ['scheduler'] });
  });

  it('a step that fails is logged and the next phase still runs', async () => {
    const logger = recordingLogger();
    let closed = false;
    const result = await runShutdown([[{ name: 'slack', run: async () => { throw new Error('socket gone'); } }], [{ name: 'store', run: async () => { closed = true; } }]], { deadlineMs: 1_000, logger });
    expect(result.ok).toBe(true);
    expect(closed).toBe(true);
    expect(logger.lines.some((l) => l.level === 'error' && l.data.step === 'slack')).toBe(true);
  });
});

describe('listenForStopSignals', () => {
  const setup = () => {
    const source = new EventEmitter();
    const exits: number[] = [];
    let clock = 0;
    const signals = listenForStopSignals({ source, logger: recordingLogger(), exit: (code) => exits.push(code), now: () => clock });
    return { source, exits, signals, advance: (ms: number) => { clock += ms; } };
  };

  it('the first signal asks for a stop; a second one exits at once', () => {
    const { source, exits, signals, advance } = setup();
    source.emit('SIGTERM');
    expect(signals.signal.aborted).toBe(true);
    expect(signals.signal.reason).toBe('SIGTERM');
    expect(exits).toEqual([]);
    advance(1_500);
    source.emit('SIGINT');
    expect(exits).toEqual([130]);
    signals.dispose();
  });

  it('the same signal forwarded by npm right after the group got it is one request, not two', () => {
    const { source, exits, signals, advance } = setup();
    source.emit('SIGTERM');
    advance(5);
    source.emit('SIGTERM');
    expect(exits).toEqual([]);
    advance(2_000);
    source.emit('SIGTERM');
    expect(exits).toEqual([143]);
    signals.dispose();
    expect(source.listenerCount('SIGTERM')).toBe(0);
  });
});
