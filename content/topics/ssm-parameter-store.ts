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
        { label: 'Types', value: 'String, StringList, SecureString (encrypted with KMS)', asks: ['types', 'string', 'stringlist', 'securestring', 'secure string', 'encrypted', 'encryption', 'encrypt', 'kms', 'secrets', 'secret', 'passwords', 'password', 'plain text'], yes: ['encrypt', 'encrypted', 'encryption', 'kms', 'securestring', 'secure string', 'secrets', 'passwords', 'password', 'store secrets', 'store passwords', 'database password', 'encrypted values'] },
        { label: 'Organisation', value: 'Hierarchical names such as /prod/app/db-password; versioned values', asks: ['hierarchy', 'hierarchies', 'folders', 'paths', 'path', 'naming', 'names', 'versions', 'versioning', 'history', 'organise', 'organize', 'structure'], yes: ['hierarchy', 'hierarchical', 'folders', 'paths', 'versions', 'versioning', 'versioned', 'history'] },
        { label: 'Access control', value: 'IAM policies per parameter or path', asks: ['iam', 'access', 'permissions', 'who can read', 'policy', 'policies', 'security', 'restrict'], yes: ['iam', 'iam policies', 'restrict access'] },
        { label: 'Used from', value: 'Applications, Lambda, ECS task definitions, CloudFormation, Run Command', asks: ['lambda', 'ecs', 'cloudformation', 'run command', 'applications', 'apps', 'read', 'reference', 'integrations', 'environment variables', 'containers', 'task definition', 'task definitions'], yes: ['use from lambda', 'read from lambda', 'lambda functions', 'ecs task definitions', 'task definitions', 'cloudformation', 'cloudformation templates', 'run command'] },
        { label: 'Outside AWS', value: 'Any app with AWS credentials and IAM permission can read parameters, including apps running on-premises', asks: ['on-premises', 'on premises', 'on-prem', 'outside aws', 'local machine', 'laptop', 'credentials'], yes: ['on-premises', 'on premises', 'on-prem', 'outside aws', 'local machine', 'my laptop'] },
      ],
    },
    pricing: {
      text: 'Standard parameters are free. Advanced parameters (larger, more of them, with policies such as expiry) cost a small monthly fee each, and a higher throughput setting is billed per API call.',
      facts: [
        { label: 'Standard parameters', value: 'Free', asks: ['free', 'free tier', 'cost', 'price', 'pricing', 'standard parameters', 'standard tier', 'how much', 'charge', 'paid'] },
        { label: 'Advanced parameters', value: '$0.05 per parameter per month', source: { url: 'https://aws.amazon.com/systems-manager/pricing/', checked: '2026-11-30' }, asks: ['advanced parameters', 'advanced tier', 'advanced', 'paid', 'cost', 'price', 'pricing', 'free', 'how much', 'per parameter'] },
        { label: 'Higher throughput', value: '$0.05 per 10,000 API interactions', source: { url: 'https://aws.amazon.com/systems-manager/pricing/', checked: '2026-11-30' }, asks: ['throughput', 'higher throughput', 'api calls', 'api interactions', 'requests per second', 'tps', 'rate limit', 'throttling'] },
      ],
    },
    limits: {
      text: 'Two tiers with different sizes and counts. There is no built-in rotation of secrets; for automatic rotation use AWS Secrets Manager.',
      facts: [
        { label: 'Standard tier', value: 'Up to 10,000 parameters per account and Region, 4 KB per value', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html', checked: '2026-11-30' }, asks: ['how many parameters', 'number of parameters', 'max parameters', 'parameter size', 'value size', 'max size', 'size', '4 kb', 'standard tier', 'limit', 'quota'] },
        { label: 'Advanced tier', value: 'Up to 100,000 parameters, 8 KB per value, parameter policies', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html', checked: '2026-11-30' }, asks: ['advanced tier', '8 kb', 'parameter policies', 'expiry', 'expiration', 'ttl', 'more parameters', 'larger values', 'bigger values'], yes: ['parameter policies', 'expiry', 'expiration', 'expire', 'ttl', 'larger values', 'more than 4 kb', 'larger than 4 kb'], no: ['larger than 8 kb', 'more than 8 kb', 'bigger than 8 kb'] },
        { label: 'Rotation', value: 'Not built in (Secrets Manager rotates secrets)', asks: ['rotation', 'rotate', 'automatic rotation', 'rotate secrets', 'rotate passwords', 'rotate credentials', 'secrets manager'], no: ['rotation', 'rotate', 'automatic rotation', 'rotate automatically', 'auto rotate', 'rotate secrets', 'rotate passwords', 'rotate credentials'] },
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
      facts: [
        { label: 'Versus Secrets Manager', value: 'Parameter Store is free for standard parameters but has no built-in rotation; Secrets Manager charges per secret and rotates secrets automatically', asks: ['secrets manager', 'vs secrets manager', 'versus secrets manager', 'which one', 'cheaper'] },
      ],
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
