import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../../src/adapters/console/console-chat.js';
import { plainStyle } from '../../../src/adapters/console/render.js';
import { makeBot } from '../../helpers/bot.js';

const tsx = new URL('../../../node_modules/.bin/tsx', import.meta.url).pathname;
const main = new URL('../../../src/main.ts', import.meta.url).pathname;

function runBot(args: string[], stdin = '') {
  return spawnSync(tsx, [main, ...args], { input: stdin, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'silent' }, timeout: 20_000 });
}

describe('console session', () => {
  it('answers /aws commands and bare commands alike', async () => {
    const session = new ConsoleSession(makeBot(), plainStyle);
    const withSlash = await session.line('/aws lambda pricing');
    const bare = await session.line('lambda pricing');
    expect(withSlash).toContain('$0.20 per 1 million requests');
    expect(bare).toBe(withSlash);
  });

  it('/as switches who is typing, and rejects odd names without switching', async () => {
    const session = new ConsoleSession(makeBot(), plainStyle);
    expect(await session.line('/as alice')).toContain('Now typing as alice');
    expect(session.who).toBe('alice');
    expect(await session.line('/as <@everyone>')).toMatch(/still alice/);
    expect(session.who).toBe('alice');
  });

  it('typing a number picks a choice from the last reply', async () => {
    const session = new ConsoleSession(makeBot(), plainStyle);
    const options = await session.line('code');
    expect(options).toContain('[1]');
    const picked = await session.line('1');
    expect(picked).toMatch(/^AWS Code|^AWS Cloud9/);
    expect(await session.line('9')).toMatch(/Pick a number|couldn't find|not sure/);
  });
});

describe('npm start', () => {
  it('one-shot mode prints the reply and exits 0', () => {
    const run = runBot(['/aws lambda pricing']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('$0.0000166667 per GB-second');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('one-shot mode with bad input still exits 0 with a friendly reply', () => {
    const run = runBot(['x'.repeat(10_000)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/characters long/);
    expect(run.stderr).toBe('');
  });

  it('piped mode reads commands line by line and exits at the end', () => {
    const run = runBot([], '/aws fargate\n/as bob\n/aws compare ecs fargate\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('AWS Fargate');
    expect(run.stdout).toContain('Now typing as bob');
    expect(run.stdout).toContain('Amazon ECS vs AWS Fargate');
    expect(run.stdout.indexOf('Now typing as bob')).toBeLessThan(run.stdout.indexOf('Amazon ECS vs AWS Fargate'));
  });
});
