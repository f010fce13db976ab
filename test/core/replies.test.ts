import { describe, expect, it } from 'vitest';
import { studyContent } from '../../content/index.js';
import { COMMANDS } from '../../src/core/commands/registry.js';
import { ask, makeBot, visibleText } from '../helpers/bot.js';

const bot = makeBot();

describe('/aws <topic> [aspect]', () => {
  it('Lambda pricing shows the request price, the free tier and the GB-second price', async () => {
    const reply = await ask(bot, 'lambda pricing');
    const text = visibleText(reply);
    expect(reply.title).toContain('Lambda');
    expect(text).toContain('$0.20 per 1 million requests');
    expect(text).toContain('1,000,000 requests and 400,000 GB-seconds');
    expect(text).toContain('$0.0000166667 per GB-second');
    // The course notes' figure is corrected on its own page, which every page points to once.
    expect(text).not.toContain('600,000');
    expect(reply.footer).toMatch(/Older course notes differ on \d+ points: \/aws lambda corrections/);
    const corrections = visibleText(await ask(bot, 'lambda corrections'));
    expect(corrections).toMatch(/600,000 GB-seconds.*10x too cheap/s);
  });

  it('Lambda limits shows the timeout and memory range', async () => {
    const text = visibleText(await ask(bot, 'lambda limits'));
    expect(text).toContain('15 minutes');
    expect(text).toContain('10,240 MB');
  });

  it('a topic without the aspect falls back to the overview and says so', async () => {
    const reply = await ask(bot, 'docker pricing');
    expect(reply.text).toMatch(/no pricing notes for Docker/i);
  });

  it('a retired service says so, with the date', async () => {
    const text = visibleText(await ask(bot, 'codestar'));
    expect(text).toMatch(/Retired.*31 July 2024/);
    const opsworks = visibleText(await ask(bot, 'opsworks'));
    expect(opsworks).toMatch(/Retired/);
    expect(opsworks).toMatch(/May 2024/);
  });

  it('a service closed to new customers says so', async () => {
    expect(visibleText(await ask(bot, 'cloud9'))).toMatch(/Closed to new customers since .*2024/);
  });

  it('every reply names the exam scope', async () => {
    expect((await ask(bot, 'codedeploy')).footer).toContain('Out of scope');
    expect((await ask(bot, 'fargate')).footer).toContain('On the CLF-C02 exam');
  });

  it('lookups are public and can be shared', async () => {
    const reply = await ask(bot, 'fargate');
    expect(reply.visibility).toBe('public');
    expect(reply.shareable).toBe(true);
  });

  it('"did you mean" offers buttons that open the topic', async () => {
    const reply = await ask(bot, 'code');
    expect(reply.choices.length).toBeGreaterThanOrEqual(2);
    const first = reply.choices[0];
    expect(first).toBeDefined();
    const picked = await bot.handleAction({ actor: { id: 'u', name: 'u', isAdmin: false }, place: { platform: 'console', workspaceId: 'w', channelId: 'c' }, actionId: first?.id ?? '' });
    expect(picked.title).toBe(first?.label);
  });
});

describe('/aws compare', () => {
  it.each([
    ['compare ecs fargate', 'Amazon ECS', 'AWS Fargate'],
    ['compare lambda vs batch', 'AWS Lambda', 'AWS Batch'],
    ['compare beanstalk cloudformation', 'AWS Elastic Beanstalk', 'AWS CloudFormation'],
    ['compare docker vm', 'Docker', 'Amazon EC2'],
    ['vs elastic beanstalk and cloudformation', 'AWS Elastic Beanstalk', 'AWS CloudFormation'],
  ])('%s', async (query, a, b) => {
    const reply = await ask(bot, query);
    expect(reply.title).toBe(`${a} vs ${b}`);
    // Side by side: at least three rows that each speak for both services.
    const short = (name: string) => name.replace(/^(Amazon|AWS)\s+/, '');
    const sideBySide = reply.fields.filter((f) => f.value.startsWith(`${short(a)}: `) && f.value.includes(`\n${short(b)}: `));
    expect(sideBySide.length).toBeGreaterThanOrEqual(3);
    const labels = reply.fields.map((f) => f.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('without a curated pair, shows the at-a-glance rows', async () => {
    const reply = await ask(bot, 'compare codebuild lightsail');
    expect(reply.fields.map((f) => f.label)).toEqual(['What it is', 'You manage', 'Billing', 'Limits', 'Pick it when']);
  });

  it('uses the curated key difference when there is one', async () => {
    const reply = await ask(bot, 'compare lambda batch');
    expect(reply.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Choose AWS Lambda when', 'Choose AWS Batch when']));
  });

  it('the same topic twice gets a friendly reply', async () => {
    const reply = await ask(bot, 'compare lambda lamda');
    expect(reply.tone).toBe('warning');
    expect(reply.text).toMatch(/named twice.*different topics/);
  });

  it('one side missing gets the usage', async () => {
    const reply = await ask(bot, 'compare lambda');
    expect(reply.tone).toBe('warning');
    expect(reply.text).toContain('/aws compare');
  });
});

describe('/aws topics and /aws help', () => {
  it('topics lists every topic by category', async () => {
    const reply = await ask(bot, 'topics');
    const listed = reply.fields.map((f) => f.value).join(', ');
    for (const topic of studyContent().topics) expect(listed).toContain(topic.id);
  });

  it('help explains every command with an example', async () => {
    const reply = await ask(bot, 'help');
    for (const command of COMMANDS) {
      const field = reply.fields.find((f) => f.label === command.usage);
      expect(field, command.name).toBeDefined();
      expect(field?.value).toContain(command.examples[0] ?? '');
    }
  });
});

describe('bad input gets a short friendly reply', () => {
  it.each([
    ['', /Ask me about a topic/],
    ['   ', /Ask me about a topic/],
    ['x'.repeat(10_000), /10,000 characters/],
    ['zzzzqqq', /couldn't find/],
    ['**bold** <@U123> `rm -rf`', /couldn't find|not sure/],
    ['\u0000\u0007\u001b[31m', /Ask me about a topic/],
    ['🚀🔥', /couldn't find|Ask me/],
  ])('%j', async (input, expected) => {
    const reply = await ask(bot, input);
    expect(reply.text).toMatch(expected);
    expect(reply.visibility).toBe('private');
    expect(reply.text.length).toBeLessThan(300);
  });

  it('SQL in a question is only text: a calm reply, never an error', async () => {
    const reply = await ask(bot, "'; DROP TABLE answers; --");
    expect(reply.tone).not.toBe('error');
    expect(reply.text.length).toBeGreaterThan(0);
  });

  it('echoed input is stripped of markup and mentions', async () => {
    const reply = await ask(bot, '**bold** <@U123> `rm -rf` zzqq');
    expect(reply.text).not.toContain('<@U123>');
    expect(reply.text).not.toContain('**bold**');
    expect(reply.text).toContain('bold u123 rm -rf zzqq');
  });
});
