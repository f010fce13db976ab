import type { ChoiceInput, FrameInput, ModelAreaInput, RequirementInput } from '../schema.js';

/**
 * Security and compliance: who does what under the shared responsibility model on EC2, Lambda,
 * Fargate and Elastic Beanstalk; shell access without SSH (Session Manager); configuration and secrets
 * (Parameter Store, Secrets Manager); IAM roles for instances and functions.
 *
 * Facts: content/topics/shared-responsibility.ts, ssm-session-manager.ts, ssm-parameter-store.ts,
 * secrets-manager.ts; AWS docs: "Shared responsibility model for Lambda runtime management" (AWS applies
 * runtime patches in the default Auto mode), "Amazon ECS shared responsibility model" (AWS patches and
 * scales Fargate's infrastructure; the customer owns images, task roles, security groups), "Shared
 * responsibility model for Elastic Beanstalk platform maintenance" (AWS publishes platform versions; the
 * customer applies them, by hand or with managed updates in a window it chooses).
 */

// ---------------------------------------------------------------------------------------------------
// Cue builders for the shared responsibility requirements: the stem names the compute service and the
// question asks for the customer's or AWS's side.

const ANY = '[\\s\\S]*';
const CUSTOMER_SIDE =
  "(company|customer|startup|team|developer|business)(['’]s)? responsibilit|must the (company|customer|startup|team|developer|business) (perform|handle|do)";
const AWS_SIDE = "\\bAWS(['’]s)? responsibilit|is AWS responsible|does AWS (handle|perform|take care of)";
const EVERY_SERVICE =
  '(every|whatever|whichever|no matter which|regardless of (the|which))( AWS)? services?|regardless of the services';

function sideOn(service: string, side: string): string {
  return `^(?=${ANY}(${service}))(?=${ANY}(${side}))`;
}

// ---------------------------------------------------------------------------------------------------
// Choices

const task = (id: string, label: string): ChoiceInput => ({ id, label, group: 'task', topic: 'shared-responsibility' });
const statement = (id: string, label: string, topic: string): ChoiceInput => ({ id, label, group: 'statement', topic });

const choices: ChoiceInput[] = [
  // Customer-side tasks
  task('sec-task-patch-guest-os', 'Patching the guest operating system'),
  task('sec-task-security-groups', 'Configuring security groups'),
  task('sec-task-encrypt-data', "Choosing how to encrypt the application's data"),
  task('sec-task-app-code', 'Writing and securing the application code'),
  task('sec-task-iam-users', 'Managing IAM users and their permissions'),
  task('sec-task-mfa', 'Turning on MFA for the users who sign in to the account'),
  task('sec-task-install-software', 'Installing and updating software on the instances'),
  task('sec-task-function-code', 'Writing and securing the function code'),
  task('sec-task-execution-role', 'Managing the IAM permissions (execution role) of the function'),
  task('sec-task-update-images', 'Updating the container images'),
  task('sec-task-task-role', 'Granting the tasks IAM permissions through a task role'),
  task('sec-task-beanstalk-update-schedule', 'Deciding when platform updates are applied to the environment'),
  // AWS-side tasks
  task('sec-task-physical', 'Maintaining the physical servers and data centres'),
  task('sec-task-hypervisor', 'Patching the hypervisor and host operating systems'),
  task('sec-task-global-network', 'Running the global network that links AWS Regions and Availability Zones'),
  task('sec-task-disk-disposal', 'Securely destroying storage devices that reach the end of their life'),
  task('sec-task-patch-lambda-os-runtime', 'Patching the operating system and runtime that run the functions'),
  task('sec-task-lambda-scaling', 'Adding compute capacity as the number of invocations grows'),
  task('sec-task-scale-fargate-hosts', 'Scaling the underlying hosts of Fargate'),
  task('sec-task-patch-fargate-hosts', 'Patching the hosts and kernel that run the Fargate tasks'),
  task('sec-task-beanstalk-platform', 'Publishing new platform versions with security patches'),

  // Ways to reach instances or grant permissions, offered next to the services they are confused with.
  { id: 'sec-iam-role', label: 'An IAM role', group: 'service', topic: 'shared-responsibility', names: ['iam role', 'iam roles', 'role', 'roles', 'instance profile', 'execution role'] },
  { id: 'sec-iam-user-keys', label: "An IAM user's access keys stored with the application", group: 'service', topic: 'shared-responsibility', neverKey: true, names: ['access keys', 'iam user'] },
  { id: 'sec-iam-group', label: 'An IAM user group', group: 'service', topic: 'shared-responsibility', neverKey: true, names: ['iam group', 'user group'] },
  { id: 'sec-security-group', label: 'A security group', group: 'service', topic: 'ec2', neverKey: true, names: ['security group', 'security groups'] },
  { id: 'sec-nacl', label: 'A network ACL', group: 'service', topic: 'ec2', neverKey: true, names: ['network acl', 'nacl'] },
  { id: 'sec-ssh-key-pair', label: 'Amazon EC2 key pairs for SSH', group: 'service', topic: 'ec2', neverKey: true, names: ['key pair', 'key pairs'] },
  { id: 'sec-bastion-host', label: 'A bastion host that accepts SSH connections', group: 'service', topic: 'ec2', neverKey: true, names: ['bastion', 'bastion host'] },
  { id: 'sec-kms', label: 'AWS Key Management Service (AWS KMS)', group: 'service', topic: 'secrets-manager', neverKey: true, names: ['kms', 'key management service'] },

  // Statements
  statement('sec-st-sm-rotates', 'Secrets Manager can rotate secrets such as database credentials automatically on a schedule', 'secrets-manager'),
  statement('sec-st-sm-free', 'Secrets Manager stores any number of secrets at no charge', 'secrets-manager'),
  statement('sec-st-sm-plaintext', 'Secrets Manager keeps secrets unencrypted so that applications can read them quickly', 'secrets-manager'),
  statement('sec-st-sm-ec2-only', 'Only applications on Amazon EC2 instances can read secrets from Secrets Manager', 'secrets-manager'),
  statement('sec-st-sm-patches', 'Secrets Manager installs security patches on Amazon EC2 instances', 'secrets-manager'),

  statement('sec-st-ps-securestring', 'Parameter Store can keep values encrypted with AWS KMS as SecureString parameters', 'ssm-parameter-store'),
  statement('sec-st-ps-free-standard', 'Standard parameters in Parameter Store have no extra charge', 'ssm-parameter-store'),
  statement('sec-st-ps-rotation', 'Parameter Store rotates database passwords automatically on a schedule', 'ssm-parameter-store'),
  statement('sec-st-ps-plaintext-only', 'Parameter Store can hold only plain-text values', 'ssm-parameter-store'),
  statement('sec-st-ps-runs-commands', 'Parameter Store runs scripts across a fleet of Amazon EC2 instances', 'ssm-parameter-store'),
  statement('sec-st-ps-ec2-only', 'Only applications on Amazon EC2 instances can read parameters from Parameter Store', 'ssm-parameter-store'),

  statement('sec-st-sess-no-port', 'Session Manager opens shell sessions on instances without any open inbound ports', 'ssm-session-manager'),
  statement('sec-st-sess-logging', 'Session Manager can record session activity in Amazon S3 or Amazon CloudWatch Logs', 'ssm-session-manager'),
  statement('sec-st-sess-needs-bastion', 'Session Manager needs a bastion host in a public subnet', 'ssm-session-manager'),
  statement('sec-st-sess-ssh-keys', 'Session Manager needs an SSH key pair for every administrator', 'ssm-session-manager'),
  statement('sec-st-sess-stores-secrets', 'Session Manager stores database passwords for applications', 'ssm-session-manager'),
  statement('sec-st-sess-linux-only', 'Session Manager works only with Linux instances', 'ssm-session-manager'),

  statement('sec-st-srm-lambda-os', 'With AWS Lambda, AWS patches the operating system and managed runtimes that run the functions', 'shared-responsibility'),
  statement('sec-st-srm-ec2-guest-os', 'With Amazon EC2, the customer patches the guest operating system of its instances', 'shared-responsibility'),
  statement('sec-st-srm-aws-facilities', 'AWS maintains the hardware and facilities that run its services', 'shared-responsibility'),
  statement('sec-st-srm-customer-physical', 'The customer is responsible for the physical security of AWS data centres', 'shared-responsibility'),
  statement('sec-st-srm-fargate-hosts', 'With AWS Fargate, the customer patches the servers that run its tasks', 'shared-responsibility'),
  statement('sec-st-srm-iam-aws', "AWS decides which IAM users in a customer's account can reach each resource", 'shared-responsibility'),
  statement('sec-st-srm-lambda-code', 'With AWS Lambda, AWS is responsible for securing the function code', 'shared-responsibility'),
  statement('sec-st-srm-aws-data', 'AWS is responsible for classifying and protecting the data that customers store', 'shared-responsibility'),

  statement('sec-st-role-temp-creds', 'An IAM role gives an EC2 instance or a Lambda function temporary credentials that AWS rotates automatically', 'shared-responsibility'),
  statement('sec-st-role-keys-in-code', "AWS recommends saving an IAM user's access keys in a Lambda function's code", 'shared-responsibility'),
  statement('sec-st-role-sg', 'Security groups grant EC2 instances permission to call AWS services', 'shared-responsibility'),
  statement('sec-st-role-password', 'An IAM role has its own long-term password and access keys', 'shared-responsibility'),
  statement('sec-st-role-users-only', 'Only IAM users, never AWS services, can use IAM roles', 'shared-responsibility'),
];

// ---------------------------------------------------------------------------------------------------
// Shared responsibility requirements: one per side and compute service.

// Clauses reused across services.
const DATA_IS_CUSTOMERS = 'stays with the customer, because the customer owns its data and decides how it is encrypted';
const IAM_IS_CUSTOMERS = 'stays with the customer, because the customer decides who in its account may do what';
const MFA_IS_CUSTOMERS = 'stays with the customer, because the customer protects the sign-ins of its own users';
const PHYSICAL_IS_AWS = 'AWS maintains the physical servers and data centres that its services run on';
const HYPERVISOR_IS_AWS = 'AWS patches the hypervisor and host operating systems under its services';
const NETWORK_IS_AWS = 'AWS runs the global network that links its Regions and Availability Zones';
const DISKS_ARE_AWS = 'AWS securely destroys its own storage devices when they reach the end of their life';
const DATA_NOT_AWS = 'the customer owns its data and decides how it is encrypted';
const IAM_NOT_AWS = 'the customer creates its IAM users and decides what each may do';
const MFA_NOT_AWS = 'the customer turns on MFA for the users of its own account';

const responsibility: RequirementInput[] = [
  {
    id: 'sec-customer-job-ec2',
    need: 'the question asks for a task the customer itself must do on EC2',
    met: 'falls to the customer on EC2',
    cues: [sideOn('\\bEC2\\b', CUSTOMER_SIDE)],
    meets: {
      'sec-task-patch-guest-os': 'falls to the customer on EC2, because the customer controls the guest operating system of its instances',
      'sec-task-security-groups': 'falls to the customer on EC2, because the customer decides what traffic the security groups of its instances allow',
      'sec-task-install-software': 'falls to the customer on EC2, because the customer installs and updates the software on its instances',
      'sec-task-app-code': 'falls to the customer, because the customer writes and runs its own application on the instances',
      'sec-task-encrypt-data': DATA_IS_CUSTOMERS,
      'sec-task-iam-users': IAM_IS_CUSTOMERS,
      'sec-task-mfa': MFA_IS_CUSTOMERS,
    },
    fails: {
      'sec-task-physical': 'AWS maintains the physical servers and data centres that EC2 instances run on',
      'sec-task-hypervisor': 'AWS patches the hypervisor and the host operating systems under EC2 instances',
      'sec-task-global-network': NETWORK_IS_AWS,
      'sec-task-disk-disposal': DISKS_ARE_AWS,
    },
  },
  {
    id: 'sec-aws-job-ec2',
    need: 'the question asks for a task AWS performs for EC2',
    met: 'is AWS\'s job on EC2',
    cues: [sideOn('\\bEC2\\b', AWS_SIDE)],
    meets: {
      'sec-task-physical': 'is AWS\'s job, because AWS looks after the servers and data centres that EC2 instances run on',
      'sec-task-hypervisor': 'is AWS\'s job, because AWS patches the hypervisor and host systems under the instances, which customers never see',
      'sec-task-global-network': 'is AWS\'s job, because AWS runs the network between its Regions and Availability Zones',
      'sec-task-disk-disposal': 'is AWS\'s job, because AWS wipes and destroys its own storage devices at the end of their life',
    },
    fails: {
      'sec-task-patch-guest-os': 'on EC2 the customer patches the guest operating system of its own instances',
      'sec-task-security-groups': 'the customer configures the security groups of its own EC2 instances',
      'sec-task-install-software': 'the customer installs and updates the software on its own EC2 instances',
      'sec-task-app-code': 'the customer writes, deploys and secures its own application',
      'sec-task-encrypt-data': DATA_NOT_AWS,
      'sec-task-iam-users': IAM_NOT_AWS,
      'sec-task-mfa': MFA_NOT_AWS,
    },
  },
  {
    id: 'sec-customer-job-lambda',
    need: 'the question asks for a task that stays with the customer on Lambda',
    met: 'stays with the customer on Lambda',
    cues: [sideOn('\\bLambda\\b', CUSTOMER_SIDE)],
    meets: {
      'sec-task-function-code': 'stays with the customer on Lambda, because the customer writes its own function code and must keep it secure',
      'sec-task-execution-role': 'stays with the customer on Lambda, because the customer decides through the execution role what each function may access',
      'sec-task-encrypt-data': DATA_IS_CUSTOMERS,
      'sec-task-iam-users': IAM_IS_CUSTOMERS,
      'sec-task-mfa': MFA_IS_CUSTOMERS,
    },
    fails: {
      'sec-task-patch-lambda-os-runtime': 'AWS patches the operating system and the managed runtimes that Lambda functions run on',
      'sec-task-lambda-scaling': 'Lambda adds and removes the capacity for invocations by itself',
      'sec-task-patch-guest-os': 'Lambda gives the customer no guest operating system to patch, because AWS maintains the operating system under the functions',
      'sec-task-physical': 'AWS maintains the physical servers and data centres that Lambda runs on',
      'sec-task-hypervisor': 'AWS patches the virtualisation layer and hosts under Lambda',
    },
  },
  {
    id: 'sec-aws-job-lambda',
    need: 'the question asks for a task AWS performs for Lambda',
    met: 'is AWS\'s job on Lambda',
    cues: [sideOn('\\bLambda\\b', AWS_SIDE)],
    meets: {
      'sec-task-patch-lambda-os-runtime': 'is AWS\'s job on Lambda, because AWS patches the operating system and applies updates to the managed runtimes under the functions',
      'sec-task-lambda-scaling': 'is AWS\'s job on Lambda, because the service adds capacity by itself as invocations grow',
      'sec-task-physical': 'is AWS\'s job, because AWS looks after the servers and data centres that Lambda runs on',
      'sec-task-hypervisor': 'is AWS\'s job, because AWS patches the virtualisation layer and hosts under Lambda',
    },
    fails: {
      'sec-task-function-code': 'the customer writes its own function code and is responsible for keeping it secure',
      'sec-task-execution-role': 'the customer decides which permissions the execution role of each function grants',
      'sec-task-encrypt-data': DATA_NOT_AWS,
      'sec-task-iam-users': IAM_NOT_AWS,
      'sec-task-mfa': MFA_NOT_AWS,
    },
  },
  {
    id: 'sec-customer-job-fargate',
    need: 'the question asks for a task that stays with the customer on Fargate',
    met: 'stays with the customer on Fargate',
    cues: [sideOn('\\bFargate\\b', CUSTOMER_SIDE)],
    meets: {
      'sec-task-update-images': 'stays with the customer on Fargate, because the customer builds its container images and must rebuild them when their software needs updates',
      'sec-task-task-role': 'stays with the customer on Fargate, because the customer decides through the task role what each task may access',
      'sec-task-security-groups': 'stays with the customer on Fargate, because the customer chooses the security groups attached to its tasks',
      'sec-task-app-code': 'stays with the customer, because the customer writes and secures the application inside its containers',
      'sec-task-encrypt-data': DATA_IS_CUSTOMERS,
      'sec-task-iam-users': IAM_IS_CUSTOMERS,
    },
    fails: {
      'sec-task-scale-fargate-hosts': 'AWS provides and scales the servers that Fargate tasks run on',
      'sec-task-patch-fargate-hosts': 'AWS patches the servers, kernel and container runtime under Fargate tasks',
      'sec-task-physical': 'AWS maintains the physical servers and data centres that Fargate runs on',
      'sec-task-hypervisor': 'AWS patches the virtualisation layer that isolates each Fargate task',
    },
  },
  {
    id: 'sec-aws-job-fargate',
    need: 'the question asks for a task AWS performs for Fargate',
    met: 'is AWS\'s job on Fargate',
    cues: [sideOn('\\bFargate\\b', AWS_SIDE)],
    meets: {
      'sec-task-scale-fargate-hosts': 'is AWS\'s job on Fargate, because AWS finds and scales the capacity for every task, so the customer never sees a server',
      'sec-task-patch-fargate-hosts': 'is AWS\'s job on Fargate, because AWS patches the infrastructure, and new tasks always start on a patched platform version',
      'sec-task-physical': 'is AWS\'s job, because AWS looks after the servers and data centres that Fargate runs on',
      'sec-task-hypervisor': 'is AWS\'s job, because AWS patches the virtualisation layer that isolates each task',
    },
    fails: {
      'sec-task-update-images': 'the customer builds its own container images and must rebuild them when their software needs updates',
      'sec-task-task-role': 'the customer decides which permissions the task role of each task grants',
      'sec-task-security-groups': 'the customer chooses the security groups of its Fargate tasks and the traffic they allow',
      'sec-task-app-code': 'the customer writes and secures the application inside its containers',
      'sec-task-encrypt-data': DATA_NOT_AWS,
      'sec-task-iam-users': IAM_NOT_AWS,
    },
  },
  {
    id: 'sec-customer-job-beanstalk',
    need: 'the question asks for a task that stays with the customer on Elastic Beanstalk',
    met: 'stays with the customer on Elastic Beanstalk',
    cues: [sideOn('Elastic Beanstalk', CUSTOMER_SIDE)],
    meets: {
      'sec-task-app-code': 'stays with the customer on Elastic Beanstalk, because Elastic Beanstalk only runs the code the customer writes',
      'sec-task-beanstalk-update-schedule': 'stays with the customer on Elastic Beanstalk, because the customer applies new platform versions by hand or turns on managed updates in a maintenance window it picks',
      'sec-task-encrypt-data': DATA_IS_CUSTOMERS,
      'sec-task-iam-users': IAM_IS_CUSTOMERS,
    },
    fails: {
      'sec-task-beanstalk-platform': 'AWS builds and publishes the patched platform versions that environments update to',
      'sec-task-physical': 'AWS maintains the physical servers and data centres under the environment',
      'sec-task-hypervisor': 'AWS patches the hypervisor and host operating systems under the environment\'s instances',
      'sec-task-global-network': NETWORK_IS_AWS,
    },
  },
  {
    id: 'sec-aws-job-beanstalk',
    need: 'the question asks for a task AWS performs for Elastic Beanstalk',
    met: 'is AWS\'s job on Elastic Beanstalk',
    cues: [sideOn('Elastic Beanstalk', AWS_SIDE)],
    meets: {
      'sec-task-beanstalk-platform': 'is AWS\'s job on Elastic Beanstalk, because AWS regularly publishes platform versions with operating system, runtime and security fixes',
      'sec-task-physical': 'is AWS\'s job, because AWS looks after the servers and data centres under the environment',
      'sec-task-hypervisor': 'is AWS\'s job, because AWS patches the hypervisor and host systems under the environment\'s instances',
      'sec-task-global-network': 'is AWS\'s job, because AWS runs the network between its Regions and Availability Zones',
    },
    fails: {
      'sec-task-app-code': 'the customer writes and secures the application that Elastic Beanstalk runs',
      'sec-task-beanstalk-update-schedule': 'the customer decides when its environment moves to a new platform version, by hand or through managed updates in a window it picks',
      'sec-task-encrypt-data': DATA_NOT_AWS,
      'sec-task-iam-users': IAM_NOT_AWS,
    },
  },
  {
    id: 'sec-customer-job-any-service',
    need: 'the question asks for a task that stays with the customer whatever the service',
    met: 'stays with the customer in every AWS service',
    cues: [sideOn(EVERY_SERVICE, CUSTOMER_SIDE)],
    meets: {
      'sec-task-encrypt-data': 'stays with the customer in every service, because the customer owns its data and decides how it is encrypted',
      'sec-task-iam-users': 'stays with the customer in every service, because only the customer decides who in its account may do what',
      'sec-task-mfa': 'stays with the customer in every service, because the customer protects the sign-ins of its own users',
    },
    fails: {
      'sec-task-patch-guest-os': 'on AWS Lambda and AWS Fargate it is AWS that maintains the operating system, so patching it is not the customer\'s job in every service',
      'sec-task-physical': PHYSICAL_IS_AWS,
      'sec-task-hypervisor': HYPERVISOR_IS_AWS,
      'sec-task-global-network': NETWORK_IS_AWS,
      'sec-task-disk-disposal': DISKS_ARE_AWS,
    },
  },
  {
    id: 'sec-aws-job-any-service',
    need: 'the question asks for a task AWS performs whatever the service',
    met: 'is AWS\'s job in every service',
    cues: [sideOn(EVERY_SERVICE, AWS_SIDE)],
    meets: {
      'sec-task-physical': 'is AWS\'s job in every service, because AWS looks after the servers and data centres they all run on',
      'sec-task-global-network': 'is AWS\'s job in every service, because AWS runs the network that links its Regions and Availability Zones',
      'sec-task-disk-disposal': 'is AWS\'s job in every service, because AWS wipes and destroys its own storage devices at the end of their life',
      'sec-task-hypervisor': 'is AWS\'s job in every service, because AWS patches the virtualisation layer and hosts under them',
    },
    fails: {
      'sec-task-patch-guest-os': 'on Amazon EC2 the customer, not AWS, patches the guest operating system',
      'sec-task-security-groups': 'the customer configures its own security groups and the traffic they allow',
      'sec-task-encrypt-data': DATA_NOT_AWS,
      'sec-task-iam-users': IAM_NOT_AWS,
      'sec-task-mfa': MFA_NOT_AWS,
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Security services: shell access, configuration and secrets, permissions for code.

const NOT_A_SHELL = {
  'ssm-run-command': 'Run Command sends a command or script to many instances and returns the output; it opens no interactive shell',
  'ssm-patch-manager': 'Patch Manager scans instances and installs patches on a schedule; it opens no shell',
  'ssm-parameter-store': 'Parameter Store stores configuration values; it opens no shell on an instance',
  'secrets-manager': 'Secrets Manager stores and rotates secrets; it opens no shell on an instance',
};

const services: RequirementInput[] = [
  {
    id: 'sec-interactive-shell',
    need: 'people must be able to open an interactive shell on the instances',
    met: 'opens an interactive shell on the instances',
    cues: ['shell', 'terminal', 'command line', 'interactive', 'log in to'],
    meets: {
      'ssm-session-manager': 'opens an interactive shell on the instances from the AWS console or the AWS CLI',
      'sec-bastion-host': 'lets administrators reach a shell on the instances by SSH through the jump server',
      'sec-ssh-key-pair': 'lets administrators open an SSH shell on the instances',
    },
    fails: NOT_A_SHELL,
  },
  {
    id: 'sec-no-inbound-ssh',
    need: 'no inbound SSH port may be open on the instances',
    met: 'needs no open inbound port and no SSH keys',
    cues: ['port 22', 'inbound (port|ports|traffic|ssh)'],
    meets: {
      'ssm-session-manager': 'connects through the SSM Agent on each instance, with no open inbound port and no SSH keys',
      'ssm-run-command': true,
    },
    fails: {
      'sec-bastion-host': 'a bastion host must accept SSH on port 22 and needs an SSH key for each administrator',
      'sec-ssh-key-pair': 'logging in with an EC2 key pair uses SSH, so port 22 must be open and the private keys handed out',
    },
  },
  {
    id: 'sec-session-logging',
    need: 'every session must be recorded',
    met: 'can record the activity of every session in Amazon S3 or Amazon CloudWatch Logs',
    cues: ['record', 'log of every'],
    meets: { 'ssm-session-manager': true },
  },
  {
    id: 'sec-store-config-values',
    need: 'the application needs a central store for its configuration values',
    met: 'stores configuration values centrally for applications to read at run time',
    cues: ['configuration', 'settings', 'feature flags'],
    meets: {
      'ssm-parameter-store': 'stores the values as parameters, named in paths such as /prod/app/, that applications read at run time',
      'secrets-manager': 'can store configuration values as secrets for applications to read at run time',
    },
    fails: {
      'sec-kms': 'AWS KMS creates and manages encryption keys; it does not store configuration values for applications',
      'ssm-run-command': 'Run Command runs commands and scripts on managed instances; it stores no values for applications',
      'ssm-session-manager': 'Session Manager opens shell sessions on instances; it stores no values for applications',
      'ssm-patch-manager': 'Patch Manager scans and patches instances; it stores no values for applications',
    },
  },
  {
    id: 'sec-no-fee-per-value',
    need: 'storing the values must not add a fee for each value',
    met: 'stores standard parameters at no extra charge',
    cues: ['no (extra|additional) (cost|charge)', 'no charge', '(monthly|per-value|storage) (fee|charge)', 'at no (extra )?cost'],
    meets: { 'ssm-parameter-store': true },
    fails: {
      'secrets-manager': 'Secrets Manager charges a monthly fee for every secret it stores, plus a fee for API calls',
    },
  },
  {
    id: 'sec-encrypt-values-kms',
    need: 'the value must be stored encrypted',
    met: 'stores the value encrypted with an AWS KMS key',
    cues: ['encrypt', '\\bkms\\b'],
    meets: {
      'ssm-parameter-store': 'encrypts the value with AWS KMS as a SecureString parameter',
      'secrets-manager': 'encrypts every secret with an AWS KMS key',
    },
  },
  {
    id: 'sec-store-secret',
    need: 'the application must fetch a secret at run time instead of keeping it in its code',
    met: 'stores the secret for the application to fetch at run time',
    cues: ['password', 'credentials', 'secret', 'api key', 'token'],
    meets: {
      'secrets-manager': 'stores the secret for the application to fetch at run time with its IAM permissions',
      'ssm-parameter-store': 'stores the secret as a parameter that the application reads at run time with its IAM permissions',
    },
    fails: {
      'sec-kms': 'AWS KMS creates and controls encryption keys; it does not store a password or API key for an application to fetch',
      'ssm-run-command': 'Run Command runs commands and scripts on managed instances; it stores no secrets for applications',
      'ssm-session-manager': 'Session Manager opens shell sessions on instances; it stores no secrets for applications',
      'ssm-patch-manager': 'Patch Manager scans and patches instances; it stores no secrets for applications',
    },
  },
  {
    id: 'sec-auto-rotation',
    need: 'the credentials must be rotated automatically',
    met: 'rotates the secret automatically on a schedule, with managed rotation for Amazon RDS and other AWS databases',
    cues: ['rotat', 'changed automatically', 'automatically chang'],
    meets: { 'secrets-manager': true },
    fails: {
      'ssm-parameter-store': 'Parameter Store has no built-in rotation: a parameter keeps its value until someone changes it',
      'sec-kms': 'AWS KMS can rotate its own encryption keys, but it does not change database passwords',
    },
  },
  {
    id: 'sec-call-aws-apis',
    need: 'the application must be allowed to call another AWS service',
    met: 'grants the application permissions to call AWS services',
    cues: ['s3 bucket', 'dynamodb', 'sqs queue', 'sns topic', 'call (other )?aws services', 'aws apis?'],
    meets: {
      'sec-iam-role': 'grants the instance or function the permissions in its policies to call AWS services',
      'sec-iam-user-keys': 'can sign the application\'s AWS API calls with the user\'s permissions',
    },
    fails: {
      'sec-security-group': 'a security group filters network traffic to and from a resource; it grants no permission to call AWS APIs',
      'sec-nacl': 'a network ACL allows or denies traffic at the edge of a subnet; it grants no permission to call AWS APIs',
      'sec-ssh-key-pair': 'an EC2 key pair lets people log in to an instance over SSH; it gives the application no AWS permissions',
      'sec-iam-group': 'an IAM user group only bundles permissions for IAM users; an application cannot act as a group',
    },
  },
  {
    id: 'sec-no-long-term-keys',
    need: 'no long-term access keys may be stored with the application',
    met: 'hands out temporary credentials that AWS rotates automatically, so no access keys are stored anywhere',
    cues: ['access keys', 'long-term', 'temporary credentials'],
    meets: { 'sec-iam-role': true },
    fails: {
      'sec-iam-user-keys': 'IAM user access keys are long-term credentials that would be stored with the application and rotated by hand',
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Statements: which is true about a service or the model. No `need`: the failing clause is the correction.

const statements: RequirementInput[] = [
  {
    id: 'sec-true-about-secrets-manager',
    met: 'is true',
    cues: ['secrets manager'],
    meets: {
      'sec-st-sm-rotates': 'is true, since Secrets Manager can change a secret on a schedule, with managed rotation for Amazon RDS and other AWS databases and a Lambda function for other secrets',
    },
    fails: {
      'sec-st-sm-free': 'Secrets Manager charges a monthly fee for each secret plus a fee for API calls; standard Parameter Store parameters are the option with no extra charge',
      'sec-st-sm-plaintext': 'Secrets Manager encrypts every secret with an AWS KMS key',
      'sec-st-sm-ec2-only': 'any application or AWS service with the right IAM permissions, such as a Lambda function or an ECS task, can read a secret',
      'sec-st-sm-patches': 'Secrets Manager only stores and rotates secrets; patching instances is the job of Systems Manager Patch Manager',
    },
  },
  {
    id: 'sec-true-about-parameter-store',
    met: 'is true',
    cues: ['parameter store'],
    meets: {
      'sec-st-ps-securestring': 'is true, since a SecureString parameter is encrypted with an AWS KMS key',
      'sec-st-ps-free-standard': 'is true, since standard parameters cost nothing extra; only advanced parameters and higher throughput are charged',
    },
    fails: {
      'sec-st-ps-rotation': 'Parameter Store has no built-in rotation; rotating secrets automatically is a feature of Secrets Manager',
      'sec-st-ps-plaintext-only': 'Parameter Store also holds SecureString parameters, which are encrypted with AWS KMS',
      'sec-st-ps-runs-commands': 'Parameter Store only stores values; running scripts across instances is the job of Systems Manager Run Command',
      'sec-st-ps-ec2-only': 'any application with AWS credentials and the right IAM permissions, such as a Lambda function or an on-premises server, can read parameters',
    },
  },
  {
    id: 'sec-true-about-session-manager',
    met: 'is true',
    cues: ['session manager'],
    meets: {
      'sec-st-sess-no-port': 'is true, since the SSM Agent on each instance connects out to Systems Manager, so no inbound port has to be open',
      'sec-st-sess-logging': 'is true, since session activity can be saved to Amazon S3 or Amazon CloudWatch Logs for auditing',
    },
    fails: {
      'sec-st-sess-needs-bastion': 'Session Manager reaches instances through the SSM Agent, even in private subnets, with no bastion host',
      'sec-st-sess-ssh-keys': 'Session Manager uses IAM permissions to decide who may start a session and needs no SSH keys',
      'sec-st-sess-stores-secrets': 'Session Manager opens shell sessions; storing secrets is the job of Secrets Manager or Parameter Store',
      'sec-st-sess-linux-only': 'Session Manager works with Linux, Windows Server and macOS instances',
    },
  },
  {
    id: 'sec-true-about-shared-responsibility',
    met: 'is true',
    cues: ['shared responsibility'],
    meets: {
      'sec-st-srm-lambda-os': 'is true, since AWS maintains the operating system under Lambda and applies patches to the managed runtimes',
      'sec-st-srm-ec2-guest-os': 'is true, since on EC2 the customer controls, and must patch, the operating system of its instances',
      'sec-st-srm-aws-facilities': 'is true, since security of the cloud, from data centres and hardware to the virtualisation layer, is AWS\'s part',
    },
    fails: {
      'sec-st-srm-customer-physical': 'AWS secures its data centres and the hardware in them; customers never enter them',
      'sec-st-srm-fargate-hosts': 'with Fargate, AWS patches and scales the servers under the tasks; the customer keeps its images, roles and application',
      'sec-st-srm-iam-aws': 'the customer creates its IAM users and roles and decides what each may do',
      'sec-st-srm-lambda-code': 'the customer writes its function code and is responsible for keeping it secure',
      'sec-st-srm-aws-data': 'the customer stays responsible for its data, including how it is classified, encrypted and shared, whatever the service',
    },
  },
  {
    id: 'sec-true-about-iam-roles',
    met: 'is true',
    cues: ['iam roles?'],
    meets: {
      'sec-st-role-temp-creds': 'is true, since an instance or function that uses a role receives temporary credentials, and AWS replaces them before they expire',
    },
    fails: {
      'sec-st-role-keys-in-code': 'AWS recommends an execution role for a Lambda function, so no long-term access keys sit in the code',
      'sec-st-role-sg': 'security groups only filter network traffic; permission to call AWS services comes from IAM policies, for example through a role',
      'sec-st-role-password': 'a role has no long-term password or access keys; whoever assumes it receives temporary credentials',
      'sec-st-role-users-only': 'AWS services such as EC2 and Lambda assume roles to get temporary credentials for the code they run',
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Frames

const RESP = { kind: 'responsibility', domain: 'security-and-compliance' } as const;
const SCEN = { kind: 'scenario', domain: 'security-and-compliance' } as const;
const STAT = { kind: 'statement', domain: 'security-and-compliance' } as const;

const ASK_COMPANY = 'Under the AWS shared responsibility model, which task is the customer\'s responsibility?';
const ASK_COMPANY_TWO = 'Under the AWS shared responsibility model, which tasks are the customer\'s responsibility? (Select TWO.)';
const ASK_CUSTOMER = 'Which task remains the customer\'s responsibility under the AWS shared responsibility model?';
const ASK_AWS = 'Under the AWS shared responsibility model, which task is AWS responsible for?';
const ASK_AWS_ALT = 'Which task is AWS\'s responsibility under the AWS shared responsibility model?';
const ASK_AWS_TWO = 'Under the AWS shared responsibility model, which tasks does AWS handle? (Select TWO.)';

const AWS_SIDE_TASKS = ['sec-task-physical', 'sec-task-hypervisor', 'sec-task-global-network', 'sec-task-disk-disposal'];

const frames: FrameInput[] = [
  // --- EC2 -------------------------------------------------------------------------------------------
  {
    ...RESP,
    id: 'sec-ec2-customer-guest-os',
    requirements: ['sec-customer-job-ec2'],
    key: 'sec-task-patch-guest-os',
    distractors: AWS_SIDE_TASKS,
    ask: ASK_COMPANY,
    stems: [
      'A logistics company runs its route-planning application on 12 Amazon EC2 instances that use Amazon Linux 2023.',
      'An online retailer has moved its order system from its own data centre to Amazon EC2 instances running Windows Server. Its auditor asks the team to list the security duties it now owns.',
      'After a lift-and-shift migration, a manufacturer runs its ERP system on Amazon EC2 virtual machines in two Availability Zones.',
    ],
  },
  {
    ...RESP,
    id: 'sec-ec2-customer-security-groups',
    requirements: ['sec-customer-job-ec2'],
    key: 'sec-task-security-groups',
    distractors: ['sec-task-hypervisor', 'sec-task-physical', 'sec-task-disk-disposal', 'sec-task-global-network'],
    ask: 'Under the AWS shared responsibility model, which task must the customer perform?',
    stems: [
      'A media company hosts its video-upload portal on Amazon EC2 instances behind an Application Load Balancer.',
      'A fintech startup runs its payment API on Amazon EC2 instances in a VPC, and its security team is reviewing which controls it owns.',
      'A university has launched a fleet of Amazon EC2 Linux instances for its student portal and wants to know which security work stays with its IT department.',
    ],
  },
  {
    ...RESP,
    id: 'sec-ec2-customer-two',
    requirements: ['sec-customer-job-ec2'],
    key: ['sec-task-patch-guest-os', 'sec-task-security-groups'],
    distractors: AWS_SIDE_TASKS,
    ask: ASK_COMPANY_TWO,
    stems: [
      'A gaming company runs its matchmaking servers on Amazon EC2 instances launched from a custom Ubuntu AMI.',
      'A hospital group hosts its appointment-booking website on Amazon EC2. A compliance officer is mapping each security task to its owner.',
      'An insurance firm is replacing its on-premises web servers with Amazon EC2 instances and must document its side of cloud security.',
    ],
  },
  {
    ...RESP,
    id: 'sec-ec2-aws-physical',
    requirements: ['sec-aws-job-ec2'],
    key: 'sec-task-physical',
    distractors: ['sec-task-patch-guest-os', 'sec-task-security-groups', 'sec-task-encrypt-data', 'sec-task-install-software', 'sec-task-iam-users'],
    ask: ASK_AWS,
    stems: [
      'A travel agency runs its booking engine on Amazon EC2 instances in the Europe (Ireland) Region.',
      'An analytics startup is moving its reporting servers to Amazon EC2 and wants to know which security work it no longer has to do itself.',
      'A small architecture firm has replaced the file server in its office cupboard with an Amazon EC2 instance.',
    ],
  },
  {
    ...RESP,
    id: 'sec-ec2-aws-hypervisor',
    requirements: ['sec-aws-job-ec2'],
    key: 'sec-task-hypervisor',
    distractors: ['sec-task-patch-guest-os', 'sec-task-install-software', 'sec-task-security-groups', 'sec-task-app-code', 'sec-task-mfa'],
    ask: ASK_AWS_ALT,
    stems: [
      'A bank runs its internal loan-processing application on Amazon EC2 instances with Red Hat Enterprise Linux.',
      'A software vendor hosts a licence server on Amazon EC2. Its security review covers every layer, from the hardware up to the application.',
      'An e-learning company runs 40 Amazon EC2 instances for video transcoding and wants to split the patching work correctly.',
    ],
  },

  // --- Lambda ----------------------------------------------------------------------------------------
  {
    ...RESP,
    id: 'sec-lambda-customer-code',
    requirements: ['sec-customer-job-lambda'],
    key: 'sec-task-function-code',
    distractors: ['sec-task-patch-lambda-os-runtime', 'sec-task-physical', 'sec-task-lambda-scaling', 'sec-task-patch-guest-os', 'sec-task-hypervisor'],
    ask: ASK_COMPANY,
    stems: [
      'A photo-printing company processes the images that shoppers upload with AWS Lambda functions written in Python.',
      'A news site uses Node.js functions on AWS Lambda to resize photos and publish articles. It keeps no servers of its own.',
      "A startup's mobile backend runs entirely on AWS Lambda functions that use a managed Java runtime.",
    ],
  },
  {
    ...RESP,
    id: 'sec-lambda-customer-role',
    requirements: ['sec-customer-job-lambda'],
    key: 'sec-task-execution-role',
    distractors: ['sec-task-patch-lambda-os-runtime', 'sec-task-lambda-scaling', 'sec-task-physical', 'sec-task-patch-guest-os'],
    ask: ASK_CUSTOMER,
    stems: [
      'A Lambda function written in Node.js reads orders from an Amazon SQS queue and writes them to an Amazon DynamoDB table.',
      'A data team runs Python functions on AWS Lambda that copy files between Amazon S3 buckets every hour.',
      'A retailer uses AWS Lambda for its checkout workflow and wants each function to reach only the tables it needs.',
    ],
  },
  {
    ...RESP,
    id: 'sec-lambda-customer-two',
    requirements: ['sec-customer-job-lambda'],
    key: ['sec-task-function-code', 'sec-task-execution-role'],
    distractors: ['sec-task-patch-lambda-os-runtime', 'sec-task-lambda-scaling', 'sec-task-physical', 'sec-task-patch-guest-os', 'sec-task-hypervisor'],
    ask: 'According to the AWS shared responsibility model, which tasks are the customer\'s responsibility? (Select TWO.)',
    stems: [
      'A ticketing company has rebuilt its seat-reservation service as AWS Lambda functions on the Python runtime.',
      'A healthcare startup runs its patient-reminder jobs on AWS Lambda and does not manage any servers.',
      'A marketing agency uses AWS Lambda functions written in Node.js to process form submissions from its websites.',
    ],
  },
  {
    ...RESP,
    id: 'sec-lambda-aws-runtime',
    requirements: ['sec-aws-job-lambda'],
    key: 'sec-task-patch-lambda-os-runtime',
    distractors: ['sec-task-function-code', 'sec-task-execution-role', 'sec-task-encrypt-data', 'sec-task-iam-users'],
    ask: ASK_AWS,
    stems: [
      'A developer deploys Python functions to AWS Lambda as .zip archives that use a managed runtime.',
      'An IoT company uses AWS Lambda with the managed Node.js runtime to process readings from 5,000 sensors.',
      "A school district's attendance system runs on AWS Lambda functions written in Python. The IT manager wants to know which security updates the district no longer applies itself.",
    ],
  },
  {
    ...RESP,
    id: 'sec-lambda-aws-two',
    requirements: ['sec-aws-job-lambda'],
    key: ['sec-task-patch-lambda-os-runtime', 'sec-task-lambda-scaling'],
    distractors: ['sec-task-function-code', 'sec-task-execution-role', 'sec-task-encrypt-data', 'sec-task-mfa'],
    ask: ASK_AWS_TWO,
    stems: [
      'A retailer has moved its nightly price-update scripts from an on-premises server to AWS Lambda functions written in Python.',
      'A sports app processes live score updates with AWS Lambda functions on a managed runtime. Traffic jumps tenfold during big matches.',
      'A payroll company runs its tax calculations on AWS Lambda functions written in Java and wants a clear list of the work AWS takes off its hands.',
    ],
  },

  // --- Fargate ---------------------------------------------------------------------------------------
  {
    ...RESP,
    id: 'sec-fargate-customer-images',
    requirements: ['sec-customer-job-fargate'],
    key: 'sec-task-update-images',
    distractors: ['sec-task-scale-fargate-hosts', 'sec-task-patch-fargate-hosts', 'sec-task-physical', 'sec-task-hypervisor'],
    ask: ASK_COMPANY,
    stems: [
      'A company runs its web API as Amazon ECS tasks on AWS Fargate, using images it builds from a public Node.js base image.',
      'A fintech runs its microservices in containers on AWS Fargate and no longer manages any EC2 instances.',
      'A media startup moved its Docker-based transcoding workers to AWS Fargate. A scan has found an outdated OpenSSL library inside its containers.',
    ],
  },
  {
    ...RESP,
    id: 'sec-fargate-aws-scaling',
    requirements: ['sec-aws-job-fargate'],
    key: 'sec-task-scale-fargate-hosts',
    distractors: ['sec-task-update-images', 'sec-task-task-role', 'sec-task-security-groups', 'sec-task-app-code'],
    ask: ASK_AWS_ALT,
    stems: [
      'A company runs 30 containerized services as Amazon ECS tasks on AWS Fargate.',
      'An online learning platform runs its Amazon EKS pods on AWS Fargate. During exam weeks it runs five times as many pods as usual.',
      'A game studio deploys its lobby service in containers on AWS Fargate and wants to know which operations work it has handed to AWS.',
    ],
  },
  {
    ...RESP,
    id: 'sec-fargate-customer-two',
    requirements: ['sec-customer-job-fargate'],
    key: ['sec-task-update-images', 'sec-task-task-role'],
    distractors: ['sec-task-scale-fargate-hosts', 'sec-task-patch-fargate-hosts', 'sec-task-physical', 'sec-task-hypervisor'],
    ask: ASK_COMPANY_TWO,
    stems: [
      'A company runs its order-processing containers on AWS Fargate. The containers read messages from Amazon SQS and write files to Amazon S3.',
      'A bank is moving a Java application into Docker containers that will run as Amazon ECS tasks on AWS Fargate.',
      'A software company runs a separate report generator for each of its clients as a container on AWS Fargate, each with access to a single S3 bucket.',
    ],
  },
  {
    ...RESP,
    id: 'sec-fargate-aws-two',
    requirements: ['sec-aws-job-fargate'],
    key: ['sec-task-scale-fargate-hosts', 'sec-task-patch-fargate-hosts'],
    distractors: ['sec-task-update-images', 'sec-task-task-role', 'sec-task-security-groups', 'sec-task-app-code'],
    ask: ASK_AWS_TWO,
    stems: [
      'A company has moved its containerized checkout service from self-managed EC2 instances to AWS Fargate.',
      'A research lab runs short-lived data-cleaning containers on AWS Fargate whenever new files arrive.',
      'A startup with no operations staff chose AWS Fargate to run its containers.',
    ],
  },

  // --- Elastic Beanstalk -----------------------------------------------------------------------------
  {
    ...RESP,
    id: 'sec-beanstalk-customer-code',
    requirements: ['sec-customer-job-beanstalk'],
    key: 'sec-task-app-code',
    distractors: ['sec-task-beanstalk-platform', 'sec-task-physical', 'sec-task-hypervisor', 'sec-task-global-network'],
    ask: ASK_COMPANY,
    stems: [
      'A company deploys its Ruby on Rails web application with AWS Elastic Beanstalk.',
      'A charity uploads new versions of its donation website to AWS Elastic Beanstalk, which runs it on EC2 instances behind a load balancer.',
      'A developer uses AWS Elastic Beanstalk with the Python platform to host a company intranet.',
    ],
  },
  {
    ...RESP,
    id: 'sec-beanstalk-aws-platform',
    requirements: ['sec-aws-job-beanstalk'],
    key: 'sec-task-beanstalk-platform',
    distractors: ['sec-task-app-code', 'sec-task-beanstalk-update-schedule', 'sec-task-iam-users', 'sec-task-encrypt-data'],
    ask: ASK_AWS,
    stems: [
      'A company runs its PHP storefront on AWS Elastic Beanstalk and wants the platform under it to stay patched.',
      'A team hosts a Java API on AWS Elastic Beanstalk with the Corretto platform.',
      'A nonprofit runs its volunteer sign-up site on AWS Elastic Beanstalk with managed platform updates turned on.',
    ],
  },
  {
    ...RESP,
    id: 'sec-beanstalk-customer-updates',
    requirements: ['sec-customer-job-beanstalk'],
    key: 'sec-task-beanstalk-update-schedule',
    distractors: ['sec-task-beanstalk-platform', 'sec-task-physical', 'sec-task-hypervisor', 'sec-task-global-network'],
    ask: ASK_CUSTOMER,
    stems: [
      'A company runs three web environments on AWS Elastic Beanstalk. AWS has just released a platform version that fixes a security flaw.',
      'A travel startup hosts its Node.js booking site on AWS Elastic Beanstalk and must keep the software stack under the site up to date.',
      'An agency runs client websites on AWS Elastic Beanstalk and wants changes to the environments to happen only on Sunday nights.',
    ],
  },

  // --- Whatever the service --------------------------------------------------------------------------
  {
    ...RESP,
    id: 'sec-any-customer-mfa',
    requirements: ['sec-customer-job-any-service'],
    key: 'sec-task-mfa',
    distractors: ['sec-task-physical', 'sec-task-hypervisor', 'sec-task-patch-guest-os', 'sec-task-global-network', 'sec-task-disk-disposal'],
    ask: ASK_CUSTOMER,
    stems: [
      'A startup is comparing several AWS compute services and wants to know which security duty stays with it no matter which service it picks.',
      'A company is moving from Amazon EC2 to serverless services and asks which security work will stay with it regardless of the services it uses.',
      "All 25 employees of an accounting firm sign in to the firm's AWS account. The firm wants a security duty that is its own in every service it uses.",
    ],
  },
  {
    ...RESP,
    id: 'sec-any-customer-two',
    requirements: ['sec-customer-job-any-service'],
    key: ['sec-task-encrypt-data', 'sec-task-iam-users'],
    distractors: ['sec-task-physical', 'sec-task-hypervisor', 'sec-task-global-network', 'sec-task-disk-disposal', 'sec-task-patch-guest-os'],
    ask: 'According to the AWS shared responsibility model, which tasks are the customer\'s responsibility? (Select TWO.)',
    stems: [
      'A company runs workloads on Amazon EC2, AWS Lambda and AWS Fargate and wants the security tasks that are its own in every service it uses.',
      'A startup has not yet chosen between virtual servers and serverless compute. It asks which security duties it keeps whichever AWS service it picks.',
      'A government agency that stores citizen records on AWS wants the duties that stay with it regardless of the service it uses.',
    ],
  },
  {
    ...RESP,
    id: 'sec-any-aws-network',
    requirements: ['sec-aws-job-any-service'],
    key: 'sec-task-global-network',
    distractors: ['sec-task-iam-users', 'sec-task-encrypt-data', 'sec-task-mfa', 'sec-task-patch-guest-os', 'sec-task-security-groups'],
    ask: ASK_AWS,
    stems: [
      'A company uses a mix of AWS services and wants to know which duty AWS carries no matter which service is used.',
      'A hospital is moving its systems to AWS and must document the security work that AWS does for every service the hospital will use.',
      "A bank's risk committee asks which security control AWS provides regardless of the services the bank chooses.",
    ],
  },

  // --- Session Manager -------------------------------------------------------------------------------
  {
    ...SCEN,
    id: 'sec-shell-without-ssh',
    requirements: ['sec-interactive-shell', 'sec-no-inbound-ssh'],
    key: 'ssm-session-manager',
    distractors: ['sec-bastion-host', 'ssm-run-command', 'sec-ssh-key-pair', 'ssm-patch-manager'],
    ask: 'Which AWS service or feature should the company use?',
    stems: [
      "A company's administrators need an interactive shell on 50 Amazon EC2 instances in private subnets. The security team wants port 22 closed and no SSH keys to hand out.",
      "A bank's policy forbids inbound port 22 on any server, and the bank does not want to manage SSH keys. Its Linux engineers still need to open a command line on the bank's EC2 instances to troubleshoot.",
      'A startup wants its developers to log in to EC2 instances for debugging without managing SSH keys or opening inbound ports.',
    ],
  },
  {
    ...SCEN,
    id: 'sec-shell-recorded',
    requirements: ['sec-interactive-shell', 'sec-no-inbound-ssh', 'sec-session-logging'],
    key: 'ssm-session-manager',
    distractors: ['ssm-run-command', 'sec-bastion-host', 'secrets-manager', 'sec-ssh-key-pair', 'ssm-patch-manager'],
    ask: 'Which AWS service or feature meets these requirements?',
    stems: [
      'A company wants to retire the jump server it uses to reach its Amazon EC2 instances. Engineers still need a terminal on each instance, no inbound port 22 may stay open, and every session must be recorded in Amazon S3.',
      'An auditor requires a log of every command that operators type on production servers. The operators need interactive access, and the company does not want to distribute SSH key pairs or open port 22.',
      'A healthcare company must record all administrator activity on its EC2 instances in Amazon CloudWatch Logs. Administrators need a shell, but the security groups may not allow any inbound traffic.',
    ],
  },

  // --- Parameter Store and Secrets Manager -----------------------------------------------------------
  {
    ...SCEN,
    id: 'sec-config-no-fee',
    requirements: ['sec-store-config-values', 'sec-no-fee-per-value'],
    key: 'ssm-parameter-store',
    distractors: ['secrets-manager', 'sec-kms', 'ssm-run-command', 'ssm-session-manager'],
    ask: 'Which AWS service or feature meets these requirements?',
    stems: [
      "A developer wants to move database URLs, feature flags and other settings out of an application's code into a central store. The values are not secret, and the company does not want to pay a monthly fee for each value.",
      'A team keeps about 200 configuration values, such as endpoint names and timeouts, for its Lambda functions. It wants them in one managed store at no extra cost.',
      'An operations team wants its applications to read environment settings such as /prod/app/log-level when they start, with no charge for storing the values.',
    ],
  },
  {
    ...SCEN,
    id: 'sec-config-encrypted-no-fee',
    requirements: ['sec-store-config-values', 'sec-encrypt-values-kms', 'sec-no-fee-per-value'],
    key: 'ssm-parameter-store',
    distractors: ['secrets-manager', 'ssm-run-command', 'sec-kms', 'ssm-patch-manager'],
    ask: 'Which solution meets these requirements MOST cost-effectively?',
    stems: [
      'An application needs 40 configuration settings and one database password at run time. The password must be stored encrypted, no automatic rotation is needed, and the company wants to avoid a monthly charge for each stored value.',
      "A developer is moving settings and an API token out of a Lambda function's code. The token must be encrypted with AWS KMS, rotation is not required, and the team wants no per-value storage fee.",
      'A company needs a central place for application settings, including a few passwords that must be encrypted at rest. Nobody needs the values to change on their own, and the budget allows no extra charge for storing them.',
    ],
  },
  {
    ...SCEN,
    id: 'sec-secret-rotation',
    requirements: ['sec-store-secret', 'sec-auto-rotation'],
    key: 'secrets-manager',
    distractors: ['ssm-parameter-store', 'sec-kms', 'ssm-run-command', 'ssm-session-manager'],
    ask: 'Which AWS service should the company use?',
    stems: [
      "A company's application connects to an Amazon RDS for MySQL database. The database password must not appear in the code and must be rotated automatically every 30 days.",
      'A security audit found database credentials hardcoded in a web application. The company wants the application to fetch the credentials at run time and to have them changed automatically on a schedule.',
      'A payments startup must have the password of its Amazon Aurora database changed automatically every 60 days, and its services must always read the current password.',
      'An e-commerce company keeps the credentials of its Amazon Redshift cluster in a configuration file. Compliance now requires them to be kept in a managed, encrypted store and rotated without manual work.',
    ],
  },
  {
    ...SCEN,
    id: 'sec-secret-encrypted-two',
    requirements: ['sec-store-secret', 'sec-encrypt-values-kms'],
    key: ['secrets-manager', 'ssm-parameter-store'],
    distractors: ['sec-kms', 'ssm-run-command', 'ssm-session-manager', 'ssm-patch-manager'],
    ask: 'Which AWS services or features meet these requirements? (Select TWO.)',
    stems: [
      "A developer must take an API key out of an application's source code. The key must be kept encrypted with AWS KMS, and the application will read it at run time.",
      'A company wants its Lambda functions to read a database password from a managed store instead of environment variables. The password must be encrypted at rest with an AWS KMS key.',
      "A team needs somewhere to keep a partner's service credentials so that its containers can fetch them when they start. The credentials must be stored encrypted.",
    ],
  },

  // --- IAM roles -------------------------------------------------------------------------------------
  {
    ...SCEN,
    id: 'sec-permissions-for-ec2',
    topic: 'ec2',
    requirements: ['sec-call-aws-apis', 'sec-no-long-term-keys'],
    key: 'sec-iam-role',
    distractors: ['sec-iam-user-keys', 'sec-security-group', 'sec-ssh-key-pair', 'sec-iam-group', 'sec-nacl'],
    ask: 'What should the company use to give the application these permissions?',
    stems: [
      'An application on Amazon EC2 instances must upload reports to an Amazon S3 bucket. The security team does not allow long-term access keys to be stored on the instances.',
      'A web server on EC2 needs to read items from a DynamoDB table. The company wants the server to receive temporary credentials, with no access keys in configuration files.',
      'A nightly job on an EC2 instance sends messages to an Amazon SQS queue. Developers must not embed any access keys in the job.',
    ],
  },
  {
    ...SCEN,
    id: 'sec-permissions-for-lambda',
    topic: 'lambda',
    requirements: ['sec-call-aws-apis', 'sec-no-long-term-keys'],
    key: 'sec-iam-role',
    distractors: ['sec-iam-user-keys', 'sec-security-group', 'sec-iam-group', 'sec-nacl'],
    ask: 'What should the developer use to grant these permissions?',
    stems: [
      "A Lambda function must write order records to an Amazon DynamoDB table. The developer must not put access keys in the function's code or environment variables.",
      "A developer's Python function on AWS Lambda reads images from an S3 bucket. Company policy bans long-term credentials inside any function.",
      'A serverless function needs to publish messages to an Amazon SNS topic, and the security team wants it to use only temporary credentials.',
    ],
  },

  // --- Statements ------------------------------------------------------------------------------------
  {
    ...STAT,
    id: 'sec-statement-secrets-manager',
    requirements: ['sec-true-about-secrets-manager'],
    key: 'sec-st-sm-rotates',
    distractors: ['sec-st-sm-free', 'sec-st-sm-plaintext', 'sec-st-sm-ec2-only', 'sec-st-sm-patches'],
    ask: 'Which statement about AWS Secrets Manager is true?',
    stems: [
      "A developer is reading up before moving an application's database password out of its code.",
      'A study group is reviewing the managed AWS services that store credentials.',
      'A security team is deciding where to keep the credentials of its Amazon RDS databases.',
    ],
  },
  {
    ...STAT,
    id: 'sec-statement-parameter-store',
    requirements: ['sec-true-about-parameter-store'],
    key: ['sec-st-ps-securestring', 'sec-st-ps-free-standard'],
    distractors: ['sec-st-ps-rotation', 'sec-st-ps-plaintext-only', 'sec-st-ps-runs-commands', 'sec-st-ps-ec2-only'],
    ask: 'Which statements about AWS Systems Manager Parameter Store are true? (Select TWO.)',
    stems: [
      'A team is choosing where to keep the settings of its web application.',
      'A developer wants to stop hardcoding endpoint URLs and passwords in a Lambda function.',
      'An operations lead is comparing AWS options for storing configuration data.',
    ],
  },
  {
    ...STAT,
    id: 'sec-statement-session-manager',
    requirements: ['sec-true-about-session-manager'],
    key: ['sec-st-sess-no-port', 'sec-st-sess-logging'],
    distractors: ['sec-st-sess-needs-bastion', 'sec-st-sess-ssh-keys', 'sec-st-sess-stores-secrets', 'sec-st-sess-linux-only'],
    ask: 'Which statements about AWS Systems Manager Session Manager are true? (Select TWO.)',
    stems: [
      'A company is looking for a safer way for its administrators to reach Amazon EC2 instances.',
      'A security engineer has been asked to close port 22 on every server without cutting off the operations team.',
      'An operations team plans to replace the SSH jump server it uses today.',
    ],
  },
  {
    ...STAT,
    id: 'sec-statement-shared-responsibility',
    requirements: ['sec-true-about-shared-responsibility'],
    key: 'sec-st-srm-lambda-os',
    distractors: ['sec-st-srm-customer-physical', 'sec-st-srm-fargate-hosts', 'sec-st-srm-iam-aws', 'sec-st-srm-lambda-code', 'sec-st-srm-aws-data'],
    ask: 'Which statement about the AWS shared responsibility model is true?',
    stems: [
      'A new cloud engineer is learning how security duties are split between AWS and its customers.',
      'A company moving from its own servers to AWS wants its staff to understand who secures what.',
      'A certification study group is comparing security of the cloud with security in the cloud.',
    ],
  },
  {
    ...STAT,
    id: 'sec-statement-shared-responsibility-two',
    requirements: ['sec-true-about-shared-responsibility'],
    key: ['sec-st-srm-ec2-guest-os', 'sec-st-srm-aws-facilities'],
    distractors: ['sec-st-srm-customer-physical', 'sec-st-srm-fargate-hosts', 'sec-st-srm-iam-aws', 'sec-st-srm-lambda-code', 'sec-st-srm-aws-data'],
    ask: 'Which statements about the AWS shared responsibility model are true? (Select TWO.)',
    stems: [
      'A retail company is training its developers before they launch their first Amazon EC2 instances.',
      'An IT manager is preparing a slide on which security tasks AWS and the company each own.',
      'A compliance team wants to check its understanding of how security duties are divided on AWS.',
    ],
  },
  {
    ...STAT,
    id: 'sec-statement-iam-roles',
    requirements: ['sec-true-about-iam-roles'],
    key: 'sec-st-role-temp-creds',
    distractors: ['sec-st-role-keys-in-code', 'sec-st-role-sg', 'sec-st-role-password', 'sec-st-role-users-only'],
    ask: 'Which statement about IAM roles is true?',
    stems: [
      'A developer needs an application on Amazon EC2 to read from Amazon S3 without storing credentials on the instance.',
      'A team is reviewing how its Lambda functions get permission to call other AWS services.',
      'A security lead is writing guidelines on how applications should authenticate to AWS.',
    ],
  },
];

export const securityArea: ModelAreaInput = {
  choices,
  requirements: [...responsibility, ...services, ...statements],
  frames,
};
