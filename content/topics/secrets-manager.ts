import type { TopicInput } from '../schema.js';

export const secretsManager: TopicInput = {
  id: 'secrets-manager',
  name: 'AWS Secrets Manager',
  aliases: ['secrets manager', 'aws secrets manager', 'secret manager', 'secretsmanager', 'asm', 'secrets manger', 'secrests manager', 'secret manger'],
  keywords: ['secret', 'secrets', 'password', 'database password', 'database credentials', 'rotate', 'rotation', 'automatic rotation', 'api key', 'credentials', 'rds credentials', 'hardcoded password'],
  category: 'security',
  summary: 'Stores secrets such as database passwords and API keys, encrypted with KMS, and can rotate them automatically, for example the credentials of an Amazon RDS database.',
  aspects: {
    overview: {
      text: 'Apps fetch a secret from Secrets Manager at run time instead of keeping it in code or config files. Secrets are encrypted with AWS KMS, and IAM policies control who can read them. The stand-out feature is rotation: Secrets Manager can change a secret on a schedule, with built-in support for Amazon RDS and other AWS databases and a Lambda function for anything else.',
      facts: [
        { label: 'Stores', value: 'Database credentials, API keys, tokens and other secrets' },
        { label: 'Encryption', value: 'With AWS KMS keys' },
        { label: 'Access control', value: 'IAM policies and resource policies' },
        { label: 'Rotation', value: 'Automatic on a schedule; managed rotation for RDS and other AWS databases, Lambda for other secrets' },
      ],
    },
    examTips: {
      text: '"Rotate database credentials automatically" -> Secrets Manager. Storing config values or secrets cheaply without rotation -> Systems Manager Parameter Store (SecureString). Both encrypt with KMS; only Secrets Manager has built-in rotation.',
    },
    differences: {
      text: 'Versus Systems Manager Parameter Store: Parameter Store holds configuration and SecureString secrets, and standard parameters cost nothing extra, but it has no built-in rotation. Secrets Manager charges per secret and per API call, and adds automatic rotation and cross-Region replication of secrets.',
    },
  },
  atAGlance: {
    whatItIs: 'Managed store for secrets with automatic rotation',
    youManage: 'Which secrets to store, who may read them, rotation schedule',
    billing: 'Per secret per month plus per 10,000 API calls',
    limits: 'Costs more than Parameter Store; apps must call it to read secrets',
    pickWhen: 'Secrets, especially database credentials, that must rotate automatically',
  },
  related: ['ssm-parameter-store', 'systems-manager', 'lambda', 'shared-responsibility'],
  examDomain: 'security-and-compliance',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
