import type { TopicInput } from '../schema.js';

export const ssmSessionManager: TopicInput = {
  id: 'ssm-session-manager',
  name: 'Systems Manager Session Manager',
  aliases: ['session manager', 'ssm session manager', 'aws session manager', 'systems manager session manager', 'ssm session', 'session manger', 'sesion manager'],
  keywords: ['no ssh', 'without ssh', 'no ssh keys', 'no bastion', 'bastion host', 'port 22', 'close port 22', 'secure shell', 'shell access', 'browser shell to instance', 'session logs', 'port forwarding'],
  category: 'deployment-and-management',
  summary: 'Opens a secure shell on EC2 and on-premises servers with no SSH keys, no bastion host and no open port 22; sessions can be logged to S3 or CloudWatch Logs.',
  aspects: {
    overview: {
      text: 'Session Manager gives you a command line on a server from the AWS console or the AWS CLI, through the SSM Agent. There are no SSH keys to hand out, no bastion host to maintain and no inbound port 22 to open, which removes a whole class of security worries. IAM decides who may open a session on which server, CloudTrail records who did, and the full session text can be saved to S3 or CloudWatch Logs. It works on Linux and Windows Server, in AWS and on-premises, and on macOS only for EC2 Mac instances (macOS is not supported on on-premises machines).',
      facts: [
        { label: 'No need for', value: 'SSH keys, bastion hosts or an open port 22', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html', checked: '2026-11-30' }, asks: ['ssh', 'ssh keys', 'key pair', 'key pairs', 'bastion', 'bastion host', 'jump box', 'port 22', 'inbound ports', 'open ports', 'security group', 'public ip', 'private subnet'], yes: ['without ssh', 'no ssh', 'instead of ssh', 'replace ssh', 'replaces ssh', 'without ssh keys', 'without a bastion', 'no bastion', 'close port 22', 'closed ports', 'private subnet', 'private subnets'], no: ['need ssh', 'needs ssh', 'require ssh', 'requires ssh', 'use ssh', 'uses ssh', 'need ssh keys', 'require ssh keys', 'use ssh keys', 'need a key pair', 'needs a key pair', 'use a key pair', 'need a bastion', 'needs a bastion', 'require a bastion', 'use a bastion', 'need a jump box', 'need port 22', 'needs port 22', 'require port 22', 'requires port 22', 'need open ports', 'needs open ports', 'need inbound ports', 'needs inbound ports', 'need a public ip', 'needs a public ip'] },
        { label: 'Targets', value: 'EC2 instances and on-premises servers', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-prerequisites.html', checked: '2026-11-30' }, asks: ['targets', 'ec2', 'on-premises', 'on premises', 'on-prem', 'hybrid', 'servers', 'vms', 'which instances', 'data center'], yes: ['ec2', 'ec2 instances', 'on-premises', 'on premises', 'on-prem', 'hybrid', 'vms', 'virtual machines'] },
        { label: 'Operating systems', value: 'Linux and Windows Server; macOS only on EC2 Mac instances, not on-premises', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-hybrid-multicloud.html', checked: '2026-11-30' }, asks: ['operating systems', 'os', 'windows', 'linux', 'mac', 'macos', 'windows server', 'powershell', 'which os'], yes: ['windows', 'windows server', 'linux', 'powershell', 'ec2 mac'], no: ['on-premises mac', 'on-premises macs', 'on-premises macos', 'mac on-premises', 'macs on premises', 'macs on-premises', 'macos on premises', 'macos on-premises', 'macos servers on premises', 'macos servers on-premises', 'mac servers on premises', 'on-prem mac', 'on-prem macs', 'on-prem macos', 'macos on-prem'] },
        { label: 'Audit', value: 'Session logs to S3 or CloudWatch Logs; StartSession calls in CloudTrail', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html', checked: '2026-11-30' }, asks: ['audit', 'logging', 'logs', 'log sessions', 'session logs', 'record', 'recording', 'cloudtrail', 's3', 'cloudwatch logs', 'who logged in', 'history', 'compliance'], yes: ['audit', 'audited', 'logs', 'logging', 'logged', 'log sessions', 'session logs', 'record sessions', 'recorded', 'cloudtrail', 's3', 'cloudwatch logs'] },
        { label: 'Access control', value: 'IAM policies', asks: ['iam', 'permissions', 'who can connect', 'access', 'policies', 'restrict'], yes: ['iam', 'iam policies', 'restrict access', 'permissions'] },
        { label: 'Extras', value: 'Port forwarding; use from the console or the AWS CLI with the Session Manager plugin', asks: ['port forwarding', 'tunnel', 'tunnelling', 'tunneling', 'cli', 'aws cli', 'plugin', 'console', 'browser', 'database access'], yes: ['port forwarding', 'forward ports', 'tunnel', 'tunnelling', 'tunneling', 'cli', 'aws cli', 'console', 'browser', 'from the browser', 'from the console'] },
      ],
    },
    pricing: {
      text: 'No extra charge on EC2. For on-premises servers you must turn on the advanced-instances tier, which is billed per server per hour. Log storage in S3 or CloudWatch Logs is billed as usual.',
      facts: [
        { label: 'EC2', value: 'No extra charge', asks: ['cost', 'price', 'pricing', 'free', 'charge', 'how much', 'ec2', 'paid'], yes: ['free on ec2', 'free for ec2', 'free with ec2', 'free for ec2 instances'] },
        { label: 'On-premises', value: 'Needs the advanced-instances tier, billed per server per hour', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/fleet-manager-configure-instance-tiers.html', checked: '2026-11-30' }, asks: ['on-premises', 'on premises', 'on-prem', 'advanced tier', 'advanced-instances tier', 'advanced instances', 'hybrid', 'free', 'paid', 'price', 'cost'], yes: ['advanced tier', 'advanced-instances tier', 'advanced instances tier', 'paid on-premises', 'pay on-premises', 'pay for on-premises'], no: ['free on-premises', 'free on premises', 'free for on-premises', 'free for on-prem'] },
      ],
    },
    limits: {
      text: 'Each server needs the SSM Agent, an IAM role and a network path to Systems Manager (internet, NAT or VPC endpoints). Idle sessions end after a timeout (20 minutes by default, adjustable).',
      facts: [
        { label: 'Idle timeout', value: '20 minutes by default, adjustable', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-preferences-timeout.html', checked: '2026-11-30' }, asks: ['timeout', 'idle timeout', 'idle', 'session timeout', 'disconnect', 'disconnected', 'how long', 'session length', 'session duration', '20 minutes', 'inactive'], yes: ['idle timeout', 'timeout', 'time out', 'times out', 'adjustable', 'configurable', 'change the timeout'], no: ['forever', 'never time out', 'never times out', 'unlimited session'] },
        { label: 'On-premises', value: 'Requires the advanced-instances tier', asks: ['on-premises requirements', 'on-premises setup', 'advanced tier', 'hybrid setup'] },
        { label: 'Requires', value: 'SSM Agent, an IAM role and a network path to Systems Manager (internet, NAT or VPC endpoints) on each server', asks: ['requirements', 'prerequisites', 'ssm agent', 'agent', 'iam role', 'instance profile', 'vpc endpoint', 'vpc endpoints', 'nat', 'not working', 'cannot connect', 'network', 'internet'], yes: ['ssm agent', 'agent', 'an agent', 'iam role', 'instance profile', 'vpc endpoint', 'vpc endpoints'] },
      ],
    },
    useCases: {
      text: 'Closing port 22 everywhere while admins keep shell access; getting rid of bastion hosts; meeting audit rules that require a record of every command typed on production servers.',
    },
    examTips: {
      text: 'Keywords: "no SSH keys", "no bastion host", "no port 22", "secure shell", "log sessions to S3 or CloudWatch Logs". The answer is Systems Manager Session Manager.',
    },
    pickWhen: {
      text: 'Pick Session Manager when people need a shell on servers but you want no SSH keys, no bastions and no open inbound ports.',
    },
    differences: {
      text: 'Versus SSH: SSH needs keys and an open port 22, often through a bastion; Session Manager needs neither. Versus Run Command: Session Manager is one interactive shell; Run Command sends a command to many servers at once.',
    },
  },
  atAGlance: {
    whatItIs: 'Secure shell on servers with no SSH keys, bastion or port 22',
    youManage: 'IAM access, logging settings and servers with the SSM Agent',
    billing: 'Free on EC2; on-premises needs the paid advanced-instances tier',
    limits: 'Needs SSM Agent, IAM role and network path; idle timeout 20 min default',
    pickWhen: 'Shell access with port 22 closed and every session logged',
  },
  related: ['systems-manager', 'ssm-run-command', 'ssm-patch-manager', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [],
};
