import type { TopicInput } from '../schema.js';

const CHECKED = '2026-11-30';
const ROTATION_SCHEDULE = { url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html', checked: CHECKED };
const MANAGED_ROTATION = { url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_managed.html', checked: CHECKED };

export const secretsManager: TopicInput = {
  id: 'secrets-manager',
  name: 'AWS Secrets Manager',
  aliases: ['secrets manager', 'aws secrets manager', 'secret manager', 'secretsmanager', 'aws secret manager', 'secrets manger', 'secrests manager', 'secret manger'],
  keywords: ['secret', 'secrets', 'password', 'database password', 'database credentials', 'db credentials', 'rotate', 'rotation', 'automatic rotation', 'rotate credentials', 'api key', 'credentials', 'rds credentials', 'hardcoded password', 'hard-coded credentials', 'oauth token'],
  category: 'security',
  summary: 'Stores secrets such as database passwords and API keys, encrypted with KMS, and can rotate them automatically, for example the credentials of an Amazon RDS database.',
  aspects: {
    overview: {
      text: 'Apps fetch a secret from Secrets Manager at run time instead of keeping it in code or config files, so nobody finds it by reading the code. Secrets are encrypted with AWS KMS, and IAM policies control who may read each one. The stand-out feature is automatic rotation: Secrets Manager can change a secret on a schedule. Amazon RDS, Aurora and Redshift offer managed rotation of their admin credentials, and any other secret can be rotated by a Lambda function. Secrets can also be replicated to other Regions.',
      facts: [
        { label: 'Stores', value: 'Database credentials, API keys, tokens and other secrets', asks: ['what can it store', 'store', 'passwords', 'password', 'database credentials', 'db credentials', 'database password', 'api keys', 'api key', 'tokens', 'oauth', 'credentials', 'connection string', 'what kind of secrets'], yes: ['passwords', 'password', 'database passwords', 'database password', 'database credentials', 'db credentials', 'api keys', 'api key', 'tokens', 'oauth tokens', 'credentials'] },
        { label: 'Encryption', value: 'With AWS KMS keys', asks: ['encryption', 'encrypted', 'encrypt', 'kms', 'kms key', 'encryption key', 'customer managed key', 'at rest', 'plaintext', 'plain text'], yes: ['encrypted', 'encrypt', 'encrypted at rest', 'kms encryption', 'use kms', 'uses kms'], no: ['plaintext', 'plain text', 'unencrypted'] },
        { label: 'Access control', value: 'IAM policies and resource policies on each secret', asks: ['access', 'access control', 'who can read', 'permissions', 'iam', 'iam policy', 'resource policy', 'resource-based policy', 'cross-account'], yes: ['iam', 'iam policies', 'resource policy', 'resource policies', 'cross-account', 'cross-account access'] },
        { label: 'Managed rotation', value: 'Amazon RDS, Aurora and Redshift manage rotation of their admin credentials', source: MANAGED_ROTATION, asks: ['rotation', 'rotate', 'automatic rotation', 'rotate automatically', 'rds', 'aurora', 'redshift', 'managed rotation', 'rotate database credentials', 'rotate rds'], yes: ['rotate', 'rotation', 'automatic rotation', 'rotate automatically', 'rotates automatically', 'auto rotate', 'auto-rotate', 'rotate rds', 'rotate database credentials', 'rotate database passwords', 'rds', 'aurora', 'redshift'] },
        { label: 'Other secrets', value: 'Rotated by a Lambda rotation function', asks: ['lambda', 'rotation function', 'custom rotation', 'rotate api keys', 'rotate other secrets', 'non-database', 'third-party'], yes: ['rotation function', 'lambda rotation', 'custom rotation', 'rotate api keys', 'rotate other secrets', 'rotate any secret'] },
        { label: 'Rotation schedule', value: 'As often as every four hours', source: ROTATION_SCHEDULE, asks: ['how often', 'schedule', 'frequency', 'rotation schedule', 'rotation interval', 'every four hours', 'four hours', 'hourly', 'daily', 'every day', 'cron', 'minimum interval'], yes: ['every four hours', 'every 4 hours', 'every day', 'daily', 'on a schedule'], no: ['every hour', 'every minute', 'hourly', 'every few minutes', 'continuously'] },
        { label: 'Replication', value: 'Secrets can be replicated to other Regions for multi-Region apps and disaster recovery', asks: ['replicate', 'replication', 'multi-region', 'cross-region', 'other regions', 'another region', 'disaster recovery', 'global'], yes: ['replicate', 'replication', 'replicated', 'multi-region', 'cross-region', 'other regions', 'another region', 'disaster recovery'] },
      ],
    },
    pricing: {
      text: 'You pay a monthly fee for each secret you store plus a charge for the API calls made to it, so it costs more than Parameter Store standard parameters, which have no extra charge. See the AWS pricing page for current figures; prices vary by Region.',
      facts: [
        { label: 'Cost', value: 'Not free: a monthly fee for each secret (each replica counts as a secret) plus a charge for API calls, so it costs more than Parameter Store standard parameters, which are free', asks: ['cost', 'price', 'pricing', 'free', 'how much', 'per secret', 'monthly fee', 'api calls', 'charge', 'expensive', 'cheaper', 'free tier'], yes: ['paid', 'monthly fee', 'fee per secret', 'charge per secret', 'more expensive than parameter store', 'costs money', 'cost money'], no: ['free', 'free of charge', 'no cost', 'no charge', 'cost nothing', 'costs nothing', 'cheaper than parameter store'] },
      ],
    },
    useCases: {
      text: 'Giving a Lambda function or ECS task database credentials without writing them into code; rotating an RDS master password automatically; storing third-party API keys for an application.',
    },
    examTips: {
      text: '"Rotate database credentials automatically" -> Secrets Manager. Storing configuration values, or secrets without rotation, cheaply -> Systems Manager Parameter Store (SecureString). Both encrypt with KMS; only Secrets Manager has built-in rotation.',
    },
    pickWhen: {
      text: 'Pick Secrets Manager when secrets must rotate automatically, especially database credentials, or be replicated across Regions. For simple configuration values, Parameter Store is cheaper.',
    },
    differences: {
      text: 'Versus Systems Manager Parameter Store: Parameter Store holds configuration values and SecureString secrets, and standard parameters have no extra charge, but it has no built-in rotation. Secrets Manager charges per secret and per API call, and adds automatic rotation and cross-Region replication. Versus KMS: KMS manages the encryption keys; Secrets Manager stores the secrets those keys protect.',
      facts: [
        { label: 'Versus Parameter Store', value: 'Secrets Manager adds built-in automatic rotation and cross-Region replication and charges per secret; Parameter Store keeps SecureString secrets cheaply but has no built-in rotation', asks: ['parameter store', 'ssm parameter store', 'vs parameter store', 'versus parameter store', 'systems manager', 'securestring', 'which one', 'cheaper option'] },
        { label: 'Versus KMS', value: 'KMS creates and manages encryption keys; Secrets Manager stores the secrets those keys protect', asks: ['kms', 'key management service', 'vs kms', 'versus kms', 'encryption keys', 'manage keys'], no: ['manage encryption keys', 'create encryption keys', 'same as kms', 'key management'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'Managed store for secrets with automatic rotation',
    youManage: 'Which secrets to store, who may read them, the rotation schedule',
    billing: 'Monthly fee per secret plus a charge for API calls',
    limits: 'Costs more than Parameter Store; apps must call it to read secrets',
    pickWhen: 'Secrets, especially database credentials, that must rotate automatically',
  },
  related: ['ssm-parameter-store', 'systems-manager', 'lambda', 'shared-responsibility', 'ecs'],
  examDomain: 'security-and-compliance',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
