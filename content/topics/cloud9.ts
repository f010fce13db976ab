import type { TopicInput } from '../schema.js';

export const cloud9: TopicInput = {
  id: 'cloud9',
  name: 'AWS Cloud9',
  aliases: ['cloud9', 'cloud 9', 'cloud nine', 'aws cloud9', 'aws cloud 9', 'cloud9 ide', 'clould9', 'cloud-9'],
  keywords: ['ide', 'cloud ide', 'browser ide', 'code editor in the browser', 'pair programming', 'write code in browser', 'development environment'],
  category: 'developer-tools',
  summary: 'A cloud IDE for writing, running and debugging code in the browser, with real-time pair programming. Closed to new customers since July 2024.',
  aspects: {
    overview: {
      text: 'A classic IDE (Visual Studio Code, IntelliJ) is installed on your own computer. Cloud9 ran the IDE in the browser instead: editor, terminal and debugger, with nothing to set up, reachable from anywhere with internet. Several people could edit the same code at once (pair programming). Each environment ran on an EC2 instance that Cloud9 created and stopped when idle, or on your own server over SSH. Since July 2024 new customers cannot start using Cloud9; existing customers can keep using it.',
      facts: [
        { label: 'What it is', value: 'IDE in the browser: editor, terminal, debugger', asks: ['ide', 'editor', 'code editor', 'terminal', 'debugger', 'browser', 'in the browser', 'web browser', 'write code', 'development environment', 'features'], yes: ['ide', 'an ide', 'browser', 'in the browser', 'code editor', 'editor', 'terminal', 'debugger', 'write code'] },
        { label: 'Collaboration', value: 'Real-time shared editing (pair programming)', asks: ['collaboration', 'collaborate', 'pair programming', 'shared editing', 'share', 'sharing', 'real time', 'real-time', 'team', 'together', 'multiple users'], yes: ['pair programming', 'collaboration', 'collaborate', 'shared editing', 'real-time collaboration', 'share', 'together'] },
        { label: 'Runs on', value: 'An EC2 instance Cloud9 manages (stops when idle), or your own server over SSH', source: { url: 'https://docs.aws.amazon.com/cloud9/latest/user-guide/ec2-env-versus-ssh-env.html', checked: '2026-11-30' }, asks: ['runs on', 'run on', 'ec2', 'instance', 'server', 'ssh', 'own server', 'idle', 'stop', 'stops', 'auto stop', 'hibernate', 'serverless', 'environment'], yes: ['ec2', 'ec2 instance', 'ssh', 'own server', 'stop when idle', 'stops when idle', 'auto stop'], no: ['serverless'] },
        { label: 'Status', value: 'Closed to new customers since July 2024; existing customers can keep using it', source: { url: 'https://aws.amazon.com/blogs/devops/how-to-migrate-from-aws-cloud9-to-aws-ide-toolkits-or-aws-cloudshell/', checked: '2026-11-30' }, asks: ['status', 'retired', 'deprecated', 'discontinued', 'closed', 'closed to new customers', 'new customers', 'still available', 'available', 'sign up', 'end of life', 'shut down', 'existing customers'], yes: ['closed', 'closed to new customers'], no: ['retired', 'deprecated', 'discontinued', 'end of life', 'shut down', 'gone', 'new customers use', 'new customers sign up', 'sign up', 'new accounts'] },
        { label: 'Alternatives', value: 'AWS CloudShell for a browser terminal; AWS Toolkits for local IDEs such as VS Code and JetBrains', asks: ['alternative', 'alternatives', 'instead', 'replacement', 'replaced', 'what to use', 'cloudshell', 'vs code', 'vscode', 'visual studio code', 'jetbrains', 'toolkit', 'aws toolkit', 'migrate'] },
      ],
    },
    pricing: {
      text: 'Cloud9 had no charge of its own. You paid for the EC2 instance and storage behind each environment, which is why it stopped idle instances automatically.',
      facts: [
        { label: 'Service charge', value: 'None', asks: ['cost', 'costs', 'price', 'how much', 'free', 'charge', 'fee'], yes: ['free', 'free of charge', 'no extra charge', 'no additional charge', 'no extra cost', 'no additional cost'], no: ['extra charge', 'additional charge', 'extra cost', 'additional cost', 'cost extra', 'charge extra', 'extra fee', 'additional fee'] },
        { label: 'You pay for', value: 'The EC2 instance and EBS storage of the environment', source: { url: 'https://aws.amazon.com/cloud9/pricing/', checked: '2026-11-30' }, asks: ['pay for', 'what do i pay', 'ec2 cost', 'billing', 'bill', 'cost', 'free', 'ebs', 'storage'] },
      ],
    },
    examTips: {
      text: 'Cloud9 is not listed in the CLF-C02 exam guide and is closed to new customers. If it appears: "cloud IDE", "write code in the browser", "pair programming" point to Cloud9. It is an editor, not a build or deploy service.',
    },
    pickWhen: {
      text: 'Existing customers: pick Cloud9 for a browser IDE with shared editing. New customers cannot sign up; use CloudShell or an IDE with the AWS Toolkit.',
    },
    differences: {
      text: 'Versus CodeCommit: Cloud9 is where you write code; CodeCommit is where you store it. Versus CodeBuild: Cloud9 runs code while you develop; CodeBuild builds and tests it in the pipeline.',
    },
  },
  atAGlance: {
    whatItIs: 'Browser-based IDE with real-time pair programming',
    youManage: 'Your code and the environment\'s instance settings',
    billing: 'No charge of its own; pay for the EC2 instance and storage',
    limits: 'Closed to new customers since July 2024',
    pickWhen: 'Existing users who want an IDE in the browser',
  },
  related: ['codecommit', 'codestar', 'ec2', 'codebuild'],
  examDomain: 'technology-and-services',
  examScope: 'not-listed',
  lifecycle: {
    status: 'closed-to-new-customers',
    since: '2024-07-25',
    source: { url: 'https://aws.amazon.com/blogs/devops/how-to-migrate-from-aws-cloud9-to-aws-ide-toolkits-or-aws-cloudshell/', checked: '2026-11-30' },
    note: 'Since July 2024 new customers cannot start using Cloud9; existing customers can keep using it.',
    history: [
      { date: '2024-07-25', event: 'Closed to new customers; existing customers keep access', source: { url: 'https://aws.amazon.com/blogs/devops/how-to-migrate-from-aws-cloud9-to-aws-ide-toolkits-or-aws-cloudshell/', checked: '2026-11-30' } },
    ],
  },
  corrections: [
    { notesSay: 'AWS Cloud9 is a cloud IDE you can use from anywhere with no setup', correct: 'Still true for existing customers, but Cloud9 has been closed to new customers since July 2024.' },
  ],
};
