import type { TopicInput } from '../schema.js';

export const opsworks: TopicInput = {
  id: 'opsworks',
  name: 'AWS OpsWorks',
  aliases: ['opsworks', 'ops works', 'aws opsworks', 'opsworks stacks', 'opsworks for chef automate', 'opsworks for puppet enterprise', 'opswork', 'opsworkss'],
  keywords: ['chef', 'puppet', 'managed chef', 'managed puppet', 'configuration management', 'recipes', 'cookbooks', 'manifests', 'server configuration'],
  category: 'deployment-and-management',
  summary: 'Managed Chef and Puppet for configuring servers on AWS and on-premises. Retired in 2024 (end of life May 2024); Systems Manager covers most of its work.',
  aspects: {
    overview: {
      text: 'Chef and Puppet are tools that configure servers automatically from code (recipes, manifests) and repeat routine changes. OpsWorks ran them as managed services, for EC2 instances and on-premises machines, and it could provision standard AWS resources such as EC2 instances, databases, load balancers and EBS volumes. It came in three flavours: OpsWorks Stacks, OpsWorks for Chef Automate and OpsWorks for Puppet Enterprise. All three have ended; the last, OpsWorks Stacks, in May 2024. For the same jobs today use Systems Manager, or run Chef or Puppet yourself.',
      facts: [
        { label: 'Status', value: 'Retired: end of life May 2024', source: { url: 'https://docs.aws.amazon.com/opsworks/latest/userguide/relatedresources.html', checked: '2026-11-30' }, asks: ['status', 'retired', 'discontinued', 'deprecated', 'end of life', 'eol', 'shut down', 'still available', 'still exist', 'still use', 'available', 'when did it end', 'when was it retired', 'dead', 'supported'], yes: ['retired', 'discontinued', 'deprecated', 'end of life', 'shut down', 'dead', 'gone'], no: ['available', 'still available', 'still exist', 'still exists', 'still use', 'still supported', 'supported', 'still work', 'still works', 'sign up', 'new customers'] },
        { label: 'What it was', value: 'Managed Chef and Puppet for EC2 and on-premises servers', source: { url: 'https://docs.aws.amazon.com/opsworks/latest/userguide/welcome.html', checked: '2026-11-30' }, asks: ['what was', 'what did it do', 'chef', 'puppet', 'managed chef', 'managed puppet', 'configuration management', 'recipes', 'cookbooks', 'manifests', 'on-premises', 'on premises'], yes: ['chef', 'puppet', 'managed chef', 'managed puppet', 'configuration management', 'on-premises', 'on premises'] },
        { label: 'Flavours', value: 'OpsWorks Stacks, OpsWorks for Chef Automate, OpsWorks for Puppet Enterprise', asks: ['flavours', 'flavors', 'types', 'kinds', 'versions', 'editions', 'variants', 'stacks', 'chef automate', 'puppet enterprise'] },
        { label: 'Today instead', value: 'Systems Manager (patching, commands, State Manager), or self-managed Chef or Puppet', asks: ['instead', 'replacement', 'replace', 'replaced by', 'alternative', 'alternatives', 'migrate', 'migration', 'what now', 'successor', 'use instead', 'systems manager', 'ssm'], yes: ['replaced by systems manager', 'replaced by ssm', 'systems manager instead'] },
      ],
    },
    examTips: {
      text: 'OpsWorks is retired and not listed in the CLF-C02 exam guide. The old tip "Chef or Puppet needed => OpsWorks" is obsolete. For configuring, patching and running commands on EC2 and on-premises servers, the answer is Systems Manager.',
    },
    pickWhen: {
      text: 'Do not pick OpsWorks today: it has been shut down. Use Systems Manager, or run Chef or Puppet yourself.',
    },
    differences: {
      text: 'Versus Systems Manager: both were hybrid ways to configure servers; OpsWorks used Chef and Puppet and is retired, while Systems Manager is AWS\'s own, current tool. Versus CloudFormation: CloudFormation creates AWS resources from templates; OpsWorks configured what ran on the servers.',
    },
  },
  atAGlance: {
    whatItIs: 'Retired managed Chef and Puppet service (end of life May 2024)',
    youManage: 'Nothing now; the service is gone',
    billing: 'No longer offered',
    limits: 'End of life May 2024 for all flavours',
    pickWhen: 'Never today; use Systems Manager instead',
  },
  related: ['systems-manager', 'ssm-run-command', 'ssm-patch-manager', 'cloudformation', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'not-listed',
  lifecycle: {
    status: 'retired',
    since: '2024-05-26',
    source: { url: 'https://docs.aws.amazon.com/opsworks/latest/userguide/relatedresources.html', checked: '2026-11-30' },
    note: 'All OpsWorks flavours reached end of life by May 2024 (OpsWorks Stacks last). Use Systems Manager, or self-managed Chef or Puppet.',
    history: [
      { date: '2024-03-31', event: 'OpsWorks for Puppet Enterprise reached end of life', source: { url: 'https://docs.aws.amazon.com/opsworks/latest/userguide/opspup-disassociate-node.html', checked: '2026-11-30' } },
      { date: '2024-05-05', event: 'OpsWorks for Chef Automate reached end of life', source: { url: 'https://docs.aws.amazon.com/opsworks/latest/userguide/opscm-a2upgrade.html', checked: '2026-11-30' } },
      { date: '2024-05-26', event: 'OpsWorks Stacks reached end of life', source: { url: 'https://docs.aws.amazon.com/opsworks/latest/userguide/relatedresources.html', checked: '2026-11-30' } },
    ],
  },
  corrections: [
    { notesSay: 'In the exam: Chef or Puppet needed => AWS OpsWorks', correct: 'Obsolete: OpsWorks reached end of life in May 2024. Systems Manager covers most of this work; otherwise run Chef or Puppet yourself.', aspect: 'examTips' },
    { notesSay: 'AWS OpsWorks = Managed Chef & Puppet, an alternative to AWS SSM', correct: 'It was, until it was retired in 2024 (Puppet Enterprise in March, Chef Automate and Stacks in May). Systems Manager is the current service.' },
  ],
};
