import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { studyContent } from '../../content/index.js';
import { ContentError, loadContent } from '../../content/load.js';
import { lambda } from '../../content/topics/lambda.js';

const content = studyContent();

describe('study content', () => {
  it('registers every topic file', () => {
    const files = readdirSync(new URL('../../content/topics/', import.meta.url)).filter((f) => f.endsWith('.ts'));
    expect(content.topics.map((t) => `${t.id}.ts`).sort()).toEqual(files.sort());
  });

  it('covers every service and concept the course notes teach', () => {
    const required = ['docker', 'containers', 'docker-images', 'docker-hub', 'docker-vs-vm', 'podman', 'ecs', 'fargate', 'ecr', 'eks',
      'kubernetes', 'serverless', 'lambda', 'eventbridge', 'api-gateway', 'batch', 'lightsail', 'microservices', 'cloudformation', 'cdk',
      'elastic-beanstalk', 'codedeploy', 'codecommit', 'codebuild', 'codepipeline', 'codeartifact', 'codestar', 'cloud9',
      'systems-manager', 'ssm-run-command', 'ssm-patch-manager', 'ssm-parameter-store', 'ssm-session-manager', 'opsworks',
      'three-tier-architecture', 'ec2', 'spot-instances', 'auto-scaling', 'elastic-load-balancing', 's3', 'dynamodb'];
    for (const id of required) expect(content.byId.has(id), id).toBe(true);
  });

  it('marks retired and closed services with their dates', () => {
    expect(content.byId.get('codestar')?.lifecycle).toMatchObject({ status: 'retired', since: '2024-07-31' });
    expect(content.byId.get('opsworks')?.lifecycle.status).toBe('retired');
    expect(content.byId.get('cloud9')?.lifecycle.status).toBe('closed-to-new-customers');
    const codecommit = content.byId.get('codecommit')?.lifecycle;
    expect(codecommit?.status).toBe('available');
    expect(codecommit?.history.map((h) => h.date)).toEqual(expect.arrayContaining(['2024-07-25', '2025-11-24']));
  });

  it('follows the exam guide on scope', () => {
    const scope = (id: string) => content.byId.get(id)?.examScope;
    for (const id of ['ec2', 'batch', 'elastic-beanstalk', 'lightsail', 'ecr', 'ecs', 'eks', 'fargate', 'lambda', 'api-gateway', 'eventbridge', 'cloudformation', 'systems-manager', 'codebuild', 'codepipeline']) {
      expect(scope(id), id).toBe('in-scope');
    }
    expect(scope('codeartifact')).toBe('out-of-scope');
    expect(scope('codedeploy')).toBe('out-of-scope');
    for (const id of ['cdk', 'codecommit', 'codestar', 'cloud9', 'opsworks']) expect(scope(id), id).toBe('not-listed');
  });

  it('a broken content file is refused with its file and field named', () => {
    const broken = { ...lambda, summary: '', related: [] };
    expect(() => loadContent({ 'content/topics/lambda.ts': broken })).toThrow(ContentError);
    expect(() => loadContent({ 'content/topics/lambda.ts': broken })).toThrow(/content\/topics\/lambda\.ts: field "summary"/);
    expect(() => loadContent({ 'content/topics/lambda.ts': { ...lambda, related: ['nope'] } })).toThrow(/field "related.0": no topic has id "nope"/);
    expect(() => loadContent({ 'a.ts': { ...lambda, related: [] }, 'b.ts': { ...lambda, related: [] } })).toThrow(/already used by a\.ts/);
  });
});
