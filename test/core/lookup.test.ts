import { describe, expect, it } from 'vitest';
import { studyContent } from '../../content/index.js';
import { TopicFinder } from '../../src/core/lookup/topic-finder.js';

const content = studyContent();
const finder = new TopicFinder(content.topics);

function resolves(query: string): string | undefined {
  const result = finder.find(query);
  return result.kind === 'found' ? result.topic.id : undefined;
}

describe('every topic is reachable', () => {
  for (const topic of content.topics) {
    it(`${topic.id} by its name, id and each alias`, () => {
      for (const term of [topic.name, topic.id, ...topic.aliases]) {
        expect(resolves(term), `"${term}"`).toBe(topic.id);
      }
    });
  }
});

describe('aspects and their synonyms', () => {
  it.each([
    ['lambda pricing', 'lambda', 'pricing'],
    ['lambda cost', 'lambda', 'pricing'],
    ['lambda price', 'lambda', 'pricing'],
    ['how much does lambda cost', 'lambda', 'pricing'],
    ['lambda limits', 'lambda', 'limits'],
    ['lambda max', 'lambda', 'limits'],
    ['lambda timeout', 'lambda', 'limits'],
    ['exam tips for fargate', 'fargate', 'examTips'],
    ['pricing lambda', 'lambda', 'pricing'],
  ])('"%s" -> %s %s', (query, topic, aspect) => {
    const result = finder.find(query);
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.topic.id).toBe(topic);
    expect(result.aspect).toBe(aspect);
  });
});

describe('misspellings and aliases', () => {
  it.each([
    ['lamda', 'lambda'],
    ['fargte', 'fargate'],
    ['k8s', 'kubernetes'],
    ['eb', 'elastic-beanstalk'],
    ['ssm', 'systems-manager'],
    ['elastic beanstock', 'elastic-beanstalk'],
    ['cloudformaton', 'cloudformation'],
    ['lightsale', 'lightsail'],
    ['aws batch', 'batch'],
    ['amazon ecr', 'ecr'],
  ])('"%s" -> %s', (query, topic) => {
    expect(resolves(query)).toBe(topic);
  });
});

describe('questions as students type them', () => {
  it.each([
    ['run docker containers without managing servers', 'fargate'],
    ['where do I store private docker images', 'ecr'],
    ['serverless api', 'api-gateway'],
    ['chef and puppet', 'opsworks'],
    ['kubernetes on aws', 'eks'],
    ['shell without ssh keys', 'ssm-session-manager'],
    ['run a job every night on a schedule', 'eventbridge'],
    ['define infrastructure in typescript', 'cdk'],
    ['compile code and run tests', 'codebuild'],
    ['beginner wordpress site with a fixed monthly price', 'lightsail'],
  ])('"%s" -> %s', (query, topic) => {
    expect(resolves(query)).toBe(topic);
  });
});

describe('when unsure', () => {
  it('offers two or three candidates instead of guessing', () => {
    const result = finder.find('code');
    expect(result.kind).toBe('ambiguous');
    if (result.kind !== 'ambiguous') return;
    expect(result.candidates.length).toBeGreaterThanOrEqual(2);
    expect(result.candidates.length).toBeLessThanOrEqual(3);
  });

  it('says so when nothing matches', () => {
    expect(finder.find('zzzzqqq').kind).toBe('none');
    expect(finder.find('').kind).toBe('none');
  });
});

describe('autocomplete suggestions', () => {
  it('a member typing "farg" sees Fargate first', () => {
    expect(finder.suggest('farg')[0]?.id).toBe('fargate');
  });
  it('never returns more than Discord allows', () => {
    expect(finder.suggest('', 25).length).toBeLessThanOrEqual(25);
    expect(finder.suggest('c', 25).length).toBeLessThanOrEqual(25);
  });
});
