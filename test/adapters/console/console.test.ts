import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../../src/adapters/console/console-chat.js';
import { plainStyle } from '../../../src/adapters/console/render.js';
import { makeBot } from '../../helpers/bot.js';
import { testApp } from '../../helpers/assembly.js';

const main = new URL('../../../src/main.ts', import.meta.url).pathname;

const dataDir = mkdtempSync(join(tmpdir(), 'studybot-console-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runBot(args: string[], stdin = '', env: Record<string, string> = {}) {
  // node --import tsx, not the tsx wrapper: the wrapper runs the bot in a child process of its own.
  return spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    input: stdin, encoding: 'utf8', timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'silent', DATABASE_PATH: join(dataDir, 'console.db'), ...env },
  });
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

describe('a study group in one console', () => {
  it('members switched with /as answer the daily question by number and see the leaderboard change', async () => {
    const app = testApp({ platform: 'console' });
    const session = new ConsoleSession(app.bot, plainStyle, 'ann');
    const printed: string[] = [];
    app.poster.post = async (_place, reply) => {
      printed.push(session.showPosted(reply));
      return { messageRef: `m${printed.length}` };
    };
    await session.line('/aws daily now');
    expect(printed[0]).toContain('[1]');
    expect(await session.line('2')).toMatch(/Got it: B\./);
    await session.line('/as bob');
    await session.line('/aws lambda'); // a lookup in between keeps the question answerable by number
    expect(await session.line('2')).toMatch(/Got it: B\./);
    expect(await session.line('2')).toMatch(/already answered B\./);
    await session.line('/aws daily reveal');
    const board = await session.line('/aws top');
    expect(board).toMatch(/1\. (ann|bob)/);
    expect(board).toMatch(/bob \(you\)/);
  });
});

describe('numbers answer the question the member is working on', () => {
  it('a daily question arriving mid-practice does not take the number meant for the practice question; d1.. answers it, and each reply says which question it answered', async () => {
    const app = testApp({ platform: 'console' });
    const session = new ConsoleSession(app.bot, plainStyle, 'ann');
    const printed: string[] = [];
    app.poster.post = async (_place, reply) => {
      printed.push(session.showPosted(reply));
      return { messageRef: `m${printed.length}` };
    };
    expect(await session.line('/aws quiz')).toContain('Practice question');
    await app.bot.handle({ actor: { id: 'admin', name: 'admin', isAdmin: true }, place: { platform: 'console', workspaceId: 'local', channelId: 'console' }, text: 'daily now' });
    expect(printed.at(-1)).toMatch(/Your practice question is still open: plain numbers answer it; d1 to d\d answer this one\./);
    const practice = await session.line('2');
    expect(practice).toMatch(/^Answering: Practice question/);
    expect(practice).not.toMatch(/Got it/);
    expect((await app.quizStore.answersFor((await app.quizStore.latestDaily({ platform: 'console', workspaceId: 'local', channelId: 'console' }))?.postId ?? ''))).toHaveLength(0);
    const daily = await session.line('d2');
    expect(daily).toMatch(/^Answering: Question of the day/);
    expect(daily).toMatch(/Got it: B\./);
  });

  it('names may have spaces and letters from any language', async () => {
    const session = new ConsoleSession(makeBot(), plainStyle);
    expect(await session.line('/as Zoë Smith')).toBe('Now typing as Zoë Smith.');
    expect(session.who).toBe('Zoë Smith');
    expect(await session.line('/as   ')).toMatch(/Use \/as <name>/);
    expect(await session.line('/as <script>')).toMatch(/Use \/as <name>/);
  });
});

describe('npm start', () => {
  it('an unusable database stops the start with one clear line and a non-zero exit', () => {
    const notAFolder = join(dataDir, 'a-file');
    writeFileSync(notAFolder, 'not a folder');
    const run = runBot(['/aws lambda'], '', { DATABASE_PATH: join(notAFolder, 'studybot.db') });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/studybot could not start: The folder for the database/);
  });

  it('a bad setting stops the start and names the variable, not its value', () => {
    const run = runBot(['/aws lambda'], '', { DEFAULT_TIMEZONE: 'Mars/Base', SLACK_BOT_TOKEN: 'xoxb-secret-value' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/DEFAULT_TIMEZONE/);
    expect(run.stderr).not.toContain('xoxb-secret-value');
  });

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
