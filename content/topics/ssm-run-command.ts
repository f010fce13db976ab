import type { TopicInput } from '../schema.js';

export const ssmRunCommand: TopicInput = {
  id: 'ssm-run-command',
  name: 'Systems Manager Run Command',
  aliases: ['run command', 'ssm run command', 'aws run command', 'systems manager run command', 'runcommand', 'run comand'],
  keywords: ['run a script on all servers', 'run commands across fleet', 'remote commands', 'ssm document', 'aws-runshellscript', 'aws-runpowershellscript', 'rate control', 'execute command at scale'],
  category: 'deployment-and-management',
  summary: 'Runs a command or script on many EC2 and on-premises servers at once, with no SSH, with rate control and logged output.',
  aspects: {
    overview: {
      text: 'Run Command is the Systems Manager tool for "do this on all those machines". You pick a document (for example a shell or PowerShell script, or a ready-made AWS one), choose targets by instance ID or tag, and it runs everywhere through the SSM Agent, with no SSH and no open inbound ports. Rate controls say how many servers at a time and when to stop on errors. Output goes to the console, S3 or CloudWatch Logs, and IAM and CloudTrail control and record who ran what.',
      facts: [
        { label: 'Targets', value: 'EC2 instances and on-premises servers, chosen by ID, tag or resource group', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/run-command.html', checked: '2026-11-30' }, asks: ['targets', 'target', 'which servers', 'ec2', 'on-premises', 'on premises', 'on-prem', 'tags', 'tag', 'resource groups', 'fleet', 'many servers', 'hundreds of servers', 'all servers', 'at once', 'multiple servers'], yes: ['on-premises', 'on premises', 'on-prem', 'hybrid', 'ec2', 'tags', 'by tag', 'resource groups', 'fleet', 'many servers', 'multiple servers', 'hundreds of servers', 'all servers', 'at once', 'at the same time'] },
        { label: 'What runs', value: 'SSM documents: shell or PowerShell scripts, installs, patch baselines and more', asks: ['documents', 'document', 'ssm document', 'scripts', 'script', 'shell script', 'bash', 'powershell', 'commands', 'what can it run', 'install software'], yes: ['scripts', 'script', 'shell scripts', 'shell script', 'bash', 'powershell', 'install software', 'windows', 'linux'] },
        { label: 'Rate control', value: 'Maximum concurrency and error threshold', asks: ['rate control', 'concurrency', 'how many at a time', 'error threshold', 'stop on errors', 'rolling', 'gradually', 'batches', 'throttle'], yes: ['rate control', 'concurrency', 'error threshold', 'stop on errors', 'rolling', 'gradually', 'in batches'] },
        { label: 'Output', value: 'Console, S3 or CloudWatch Logs; notifications through SNS or EventBridge', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/run-command.html', checked: '2026-11-30' }, asks: ['output', 'results', 'logs', 'logging', 's3', 'cloudwatch logs', 'cloudwatch', 'notifications', 'sns', 'eventbridge', 'see results'], yes: ['output', 'log output', 'logs', 'logging', 's3', 'cloudwatch logs', 'cloudwatch', 'sns', 'eventbridge', 'notifications'] },
        { label: 'Access', value: 'No SSH or inbound ports; IAM decides who may run what, CloudTrail records it', asks: ['ssh', 'ssh keys', 'port 22', 'inbound ports', 'open ports', 'bastion', 'security', 'iam', 'permissions', 'cloudtrail', 'audit', 'who ran'], yes: ['without ssh', 'instead of ssh', 'replace ssh', 'no ssh', 'iam', 'cloudtrail', 'audit', 'audited'], no: ['use ssh', 'uses ssh', 'need ssh', 'needs ssh', 'require ssh', 'requires ssh', 'need ssh keys', 'use ssh keys', 'need port 22', 'needs port 22', 'need inbound ports', 'needs inbound ports', 'need a bastion', 'needs a bastion', 'bastion host needed'] },
      ],
    },
    pricing: {
      text: 'Run Command has no extra charge; you pay for the S3 or CloudWatch Logs storage you send output to.',
      facts: [{ label: 'Service charge', value: 'None', asks: ['cost', 'price', 'pricing', 'free', 'charge', 'how much', 'paid', 'fee'], yes: ['free', 'free of charge', 'no charge', 'no extra charge', 'no cost'], no: ['paid', 'extra charge', 'costs money', 'cost money'] }],
    },
    limits: {
      text: 'Each target needs the SSM Agent, IAM permissions and network access. It runs one-off commands; for an interactive shell use Session Manager, and for keeping a setting in place over time use State Manager.',
      facts: [
        { label: 'Requires', value: 'SSM Agent, IAM permissions and network access to Systems Manager on each target', asks: ['requirements', 'prerequisites', 'ssm agent', 'agent', 'iam role', 'instance profile', 'not working', 'network', 'vpc endpoint', 'vpc endpoints'], yes: ['ssm agent', 'agent', 'an agent', 'iam role', 'instance profile'] },
        { label: 'One-off commands', value: 'Run Command sends one-off commands; for an interactive shell use Session Manager, and to keep a setting in place over time use State Manager', asks: ['interactive', 'shell', 'terminal', 'session', 'session manager', 'state manager', 'desired state', 'keep configuration'], no: ['interactive', 'interactive shell', 'shell session', 'terminal', 'keep settings', 'desired state', 'continuous'] },
      ],
    },
    useCases: {
      text: 'Restarting a service on every web server; installing an agent across the fleet; collecting a log file from 300 machines; running a patch baseline outside the usual schedule.',
    },
    examTips: {
      text: 'Keywords: "run commands across an entire fleet", "without SSH", "EC2 and on-premises". It is part of Systems Manager, so a question may simply answer "Systems Manager".',
    },
    pickWhen: {
      text: 'Pick Run Command to run the same command or script on many servers at once, safely and with a record of it.',
    },
    differences: {
      text: 'Versus Session Manager: Session Manager opens one interactive shell; Run Command sends a command to many machines at once. Versus Patch Manager: Patch Manager is specialised in OS patches and uses Run Command underneath.',
    },
  },
  atAGlance: {
    whatItIs: 'Run one command or script across a fleet of servers',
    youManage: 'The command or document and the target servers (with SSM Agent)',
    billing: 'No extra charge',
    limits: 'Needs SSM Agent and IAM on each target; one-off commands',
    pickWhen: 'The same action on hundreds of servers, with no SSH',
  },
  related: ['systems-manager', 'ssm-patch-manager', 'ssm-session-manager', 'ssm-parameter-store', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [],
};
