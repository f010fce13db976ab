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
        { label: 'Stores', value: 'Database credentials, API keys, tokens and other secrets' },
        { label: 'Encryption', value: 'With AWS KMS keys' },
        { label: 'Access control', value: 'IAM policies and resource policies on each secret' },
        { label: 'Managed rotation', value: 'Amazon RDS, Aurora and Redshift manage rotation of their admin credentials', source: MANAGED_ROTATION },
        { label: 'Other secrets', value: 'Rotated by a Lambda rotation function' },
        { label: 'Rotation schedule', value: 'As often as every four hours', source: ROTATION_SCHEDULE },
      ],
    },
    pricing: {
      text: 'You pay a monthly fee for each secret you store plus a charge for the API calls made to it, so it costs more than Parameter Store standard parameters, which have no extra charge. See the AWS pricing page for current figures; prices vary by Region.',
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
