import type { TopicInput } from '../schema.js';

export const ssmParameterStore: TopicInput = {
  id: 'ssm-parameter-store',
  name: 'Systems Manager Parameter Store',
  aliases: ['parameter store', 'ssm parameter store', 'aws parameter store', 'systems manager parameter store', 'ssm parameters', 'paramter store', 'parameter stor'],
  keywords: ['configuration values', 'config', 'secrets', 'database password', 'connection string', 'securestring', 'kms', 'environment variables', 'keep config out of code', 'parameter hierarchy'],
  category: 'deployment-and-management',
  summary: 'Central, secure storage for configuration values and secrets (such as database passwords), optionally encrypted with KMS, free for standard parameters.',
  aspects: {
    overview: {
      text: 'Parameter Store keeps configuration out of your code. You store values under names arranged like folders (/prod/db/url), as plain text or as SecureString encrypted with KMS. Apps, Lambda functions, ECS tasks, CloudFormation templates and scripts read them at run time, IAM decides who may read which path, and every change is versioned. Anything with AWS credentials can read them, including apps on-premises.',
      facts: [
        { label: 'Types', value: 'String, StringList, SecureString (encrypted with KMS)' },
        { label: 'Organisation', value: 'Hierarchical names such as /prod/app/db-password; versioned values' },
        { label: 'Access control', value: 'IAM policies per parameter or path' },
        { label: 'Used from', value: 'Applications, Lambda, ECS task definitions, CloudFormation, Run Command' },
      ],
    },
    pricing: {
      text: 'Standard parameters are free. Advanced parameters (larger, more of them, with policies such as expiry) cost a small monthly fee each, and a higher throughput setting is billed per API call.',
      facts: [
        { label: 'Standard parameters', value: 'Free' },
        { label: 'Advanced parameters', value: '$0.05 per parameter per month', source: { url: 'https://aws.amazon.com/systems-manager/pricing/', checked: '2026-11-30' } },
        { label: 'Higher throughput', value: '$0.05 per 10,000 API interactions', source: { url: 'https://aws.amazon.com/systems-manager/pricing/', checked: '2026-11-30' } },
      ],
    },
    limits: {
      text: 'Two tiers with different sizes and counts. There is no built-in rotation of secrets; for automatic rotation use AWS Secrets Manager.',
      facts: [
        { label: 'Standard tier', value: 'Up to 10,000 parameters per account and Region, 4 KB per value', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html', checked: '2026-11-30' } },
        { label: 'Advanced tier', value: 'Up to 100,000 parameters, 8 KB per value, parameter policies', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html', checked: '2026-11-30' } },
        { label: 'Rotation', value: 'Not built in (Secrets Manager rotates secrets)' },
      ],
    },
    useCases: {
      text: 'Database connection strings and passwords kept out of code; the same app reading /dev/... or /prod/... values per environment; feature flags and settings shared by many services.',
    },
    examTips: {
      text: 'Keywords: "store configuration", "parameters", "secrets out of the code", "encrypted with KMS". The answer is Systems Manager Parameter Store. If the question adds "automatic rotation of database credentials", think Secrets Manager.',
    },
    pickWhen: {
      text: 'Pick Parameter Store for a free, central place for configuration values and simple secrets.',
    },
    differences: {
      text: 'Versus Secrets Manager: Secrets Manager costs more but rotates secrets automatically; Parameter Store is free for standard parameters. Versus Run Command and Patch Manager: those act on servers; Parameter Store only stores values.',
    },
  },
  atAGlance: {
    whatItIs: 'Central store for configuration values and secrets',
    youManage: 'The parameters, their names and IAM access',
    billing: 'Standard free; advanced $0.05 per parameter per month',
    limits: 'Standard 10,000 params of 4 KB; advanced 100,000 of 8 KB; no rotation',
    pickWhen: 'Keeping configuration and secrets out of your code',
  },
  related: ['systems-manager', 'ssm-run-command', 'cloudformation', 'lambda', 'ecs'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [],
};
