import { describe, expect, it } from 'vitest';
import { studyContent } from '../../../content/index.js';
import { FACT_ANSWER_MAX_CHARS } from '../../../src/core/present/answers.js';
import { OVERVIEW_MAX_CHARS, replyLength } from '../../../src/core/present/topic-reply.js';
import { ask, makeBot, visibleText } from '../../helpers/bot.js';

const content = studyContent();
const bot = makeBot();

describe('chat-sized replies', () => {
  it('every overview fits in 1,200 characters and carries no rows about older notes', async () => {
    for (const topic of content.topics) {
      const reply = await ask(bot, topic.id);
      expect(replyLength(reply), topic.id).toBeLessThanOrEqual(OVERVIEW_MAX_CHARS);
      expect(visibleText(reply), topic.id).not.toMatch(/Older notes say/);
    }
  });

  it('mentions the corrections once, and shows them on their own page', async () => {
    const page = await ask(bot, 'lambda');
    expect(page.footer).toContain('/aws lambda corrections');
    const corrections = await ask(bot, 'lambda corrections');
    expect(corrections.title).toMatch(/corrections/);
    expect(corrections.fields.length).toBe(content.byId.get('lambda')?.corrections.length);
  });

  it('a fact answer is about 600 characters, names its topic and says where to read more', async () => {
    const reply = await ask(bot, 'what languages does lambda support');
    expect(reply.title).toBe('AWS Lambda');
    expect(reply.text).toMatch(/Python/);
    expect(reply.text.length).toBeLessThanOrEqual(FACT_ANSWER_MAX_CHARS);
    expect(reply.footer).toMatch(/More: \/aws lambda/);
  });

  it('several aspects in one query are each shown', async () => {
    const reply = await ask(bot, 'lambda pricing limits');
    expect(reply.fields.map((f) => f.label)).toEqual(['Pricing', 'Limits']);
    expect(visibleText(reply)).toContain('15 minutes');
    expect(visibleText(reply)).toContain('GB-second');
  });
});

describe('comparisons of two or three', () => {
  it('compares three topics without dropping one', async () => {
    const reply = await ask(bot, 'compare ecs eks fargate');
    expect(reply.title).toBe('Amazon ECS vs Amazon EKS vs AWS Fargate');
    expect(reply.fields[0]?.value.split('\n')).toHaveLength(3);
  });

  it('says so when asked for more than three', async () => {
    const reply = await ask(bot, 'compare ecs eks fargate lambda');
    expect(reply.title).toBe('Amazon ECS vs Amazon EKS vs AWS Fargate');
    expect(reply.text).toMatch(/two or three topics at a time, so I left out AWS Lambda/);
  });

  it('reads "vs", "difference between" and "or" as a comparison', async () => {
    for (const q of ['ecs vs eks', 'what is the difference between ecs and eks', 'ecs or eks which is better']) {
      expect((await ask(bot, q)).title, q).toBe('Amazon ECS vs Amazon EKS');
    }
  });
});

describe('what the bot does not cover', () => {
  it.each([
    ['cloudfront', 'CloudFront', 'CloudFormation'],
    ['route 53', 'Route 53', 'EventBridge'],
    ['what is kinesis', 'Kinesis', 'Containers'],
    ['rds', 'RDS', 'OpsWorks'],
    ['iam', 'IAM', 'DynamoDB'],
  ])('"%s" says it does not cover %s, and never answers %s', async (q, name, wrong) => {
    const reply = await ask(bot, q);
    expect(reply.text).toMatch(new RegExp(`I don't cover [^.]*${name}`));
    expect(reply.text).toContain('compute and deployment');
    expect(visibleText(reply)).not.toContain(wrong);
  });

  it('"wordpress" points at Lightsail\'s WordPress blueprints, not a retired service', async () => {
    const reply = await ask(bot, 'wordpress');
    expect(visibleText(reply)).not.toContain('OpsWorks');
  });
});

describe('pasted exam scenarios', () => {
  it('names the best fit among the pasted options and says why each other one falls short', async () => {
    const reply = await ask(bot, 'A company has packaged its application as Docker containers and does not want to provision, patch or scale any servers. Which AWS service meets these requirements? A. Amazon EC2 B. AWS Fargate C. AWS Lambda D. Amazon ECR');
    expect(reply.text).toMatch(/^Best fit: B\. AWS Fargate: it /);
    expect(reply.text).toMatch(/^Not A\. Amazon EC2: /m);
    expect(reply.text).toMatch(/^Not D\. Amazon ECR: /m);
  });
});
