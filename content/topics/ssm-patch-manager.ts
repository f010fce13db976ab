import type { TopicInput } from '../schema.js';

export const ssmPatchManager: TopicInput = {
  id: 'ssm-patch-manager',
  name: 'Systems Manager Patch Manager',
  aliases: ['patch manager', 'ssm patch manager', 'aws patch manager', 'systems manager patch manager', 'patchmanager', 'patch manger'],
  keywords: ['patching', 'os patches', 'security updates', 'patch baseline', 'patch compliance', 'patch policy', 'maintenance window', 'windows updates', 'patch hundreds of servers'],
  category: 'deployment-and-management',
  summary: 'Automates operating-system patching of EC2 and on-premises servers (Windows Server and Linux; macOS only on EC2 Mac instances) with patch baselines, schedules and compliance reports.',
  aspects: {
    overview: {
      text: 'Patch Manager keeps servers up to date without logging in to each one. A patch baseline says which patches are approved (for example, security updates seven days after release); a patch policy or maintenance window says when to scan or install them. It then reports which servers are compliant and which are missing patches. It covers Windows Server and many Linux distributions, on EC2 and on-premises, and macOS on EC2 Mac instances only (on-premises Macs are not supported).',
      facts: [
        { label: 'Patch baseline', value: 'Rules for which patches are approved, with AWS defaults you can customise', asks: ['patch baseline', 'baseline', 'baselines', 'approved patches', 'which patches', 'approval rules', 'auto-approve', 'security updates', 'critical patches', 'rules', 'default baseline'], yes: ['patch baseline', 'baselines', 'approve patches', 'approval rules', 'custom baseline', 'customise', 'customize'] },
        { label: 'Operations', value: 'Scan (report only) or Scan and install', asks: ['scan', 'install', 'scan and install', 'report only', 'operations', 'check for patches', 'detect missing patches'], yes: ['scan', 'scan only', 'install patches', 'install', 'scan and install', 'report only'] },
        { label: 'Scheduling', value: 'Patch policies (Quick Setup) or maintenance windows', asks: ['schedule', 'scheduling', 'when', 'maintenance window', 'maintenance windows', 'patch policy', 'patch policies', 'quick setup', 'automatic', 'automatically', 'monthly', 'weekly', 'cron'], yes: ['schedule', 'scheduled', 'on a schedule', 'automatic', 'automatically', 'automate', 'automated', 'maintenance window', 'maintenance windows', 'patch policy', 'patch policies'] },
        { label: 'Operating systems', value: 'Windows Server and major Linux distributions; macOS only on EC2 Mac instances', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-hybrid-multicloud.html', checked: '2026-11-30' }, asks: ['operating systems', 'os', 'windows', 'windows server', 'linux', 'ubuntu', 'amazon linux', 'red hat', 'rhel', 'macos', 'mac', 'supported', 'which os'], yes: ['windows', 'windows server', 'linux', 'amazon linux', 'ubuntu', 'red hat', 'rhel', 'ec2 mac'], no: ['on-premises mac', 'on-premises macs', 'on-premises macos', 'mac on-premises', 'macs on premises', 'macs on-premises', 'macos on premises', 'macos on-premises', 'macos servers on premises', 'macos servers on-premises', 'mac servers on premises', 'on-prem mac', 'on-prem macs', 'on-prem macos', 'macos on-prem'] },
        { label: 'Compliance', value: 'Reports which managed nodes are missing patches', asks: ['compliance', 'compliant', 'report', 'reports', 'reporting', 'audit', 'auditors', 'missing patches', 'non-compliant', 'dashboard'], yes: ['compliance', 'compliance reports', 'compliance report', 'report', 'reports', 'reporting', 'audit', 'missing patches'] },
        { label: 'Targets', value: 'EC2 instances and on-premises servers or VMs, patched with the same baselines', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-hybrid-multicloud.html', checked: '2026-11-30' }, asks: ['where', 'targets', 'which servers', 'fleet', 'hundreds of servers', 'many servers', 'on-premises', 'on premises', 'on-prem', 'hybrid', 'ec2', 'data center', 'vms'], yes: ['on-premises', 'on premises', 'on-prem', 'hybrid', 'ec2', 'data center', 'data centre', 'vms', 'virtual machines', 'own servers', 'hundreds of servers', 'many servers'] },
      ],
    },
    pricing: {
      text: 'Patch Manager has no extra charge. Patching Microsoft applications on on-premises servers needs the paid advanced-instances tier.',
      facts: [{ label: 'Service charge', value: 'None for OS patching', asks: ['cost', 'price', 'pricing', 'free', 'charge', 'how much', 'paid', 'fee'], yes: ['free', 'free of charge', 'no charge', 'no extra charge', 'no cost'], no: ['paid', 'extra charge', 'costs money', 'cost money'] }],
    },
    limits: {
      text: 'Each server needs the SSM Agent, IAM permissions and access to its patch sources. Patch Manager patches the operating system and some applications; it does not deploy your own application code.',
      facts: [
        { label: 'Requires', value: 'SSM Agent, IAM permissions and access to the patch sources on each server', asks: ['requirements', 'prerequisites', 'requires', 'ssm agent', 'agent', 'iam', 'iam role', 'instance profile', 'setup', 'not working', 'missing instances'], yes: ['ssm agent', 'agent', 'an agent', 'iam role', 'instance profile'] },
        { label: 'Not for', value: 'Deploying your own application code (that is CodeDeploy); Patch Manager installs OS updates and some application updates', asks: ['application code', 'deploy', 'deployment', 'deployments', 'codedeploy', 'my app', 'app updates'], no: ['application code', 'deploy code', 'deploy applications', 'deploy my app', 'app code', 'deployments', 'codedeploy'] },
      ],
    },
    useCases: {
      text: 'Monthly patching of a mixed Windows and Linux fleet; proving patch compliance to auditors; patching on-premises servers with the same rules as EC2.',
    },
    examTips: {
      text: 'Keywords: "patching automation", "compliance", "patch hundreds of servers", "EC2 and on-premises". The answer is Systems Manager (Patch Manager). Not Inspector, which finds vulnerabilities but does not patch.',
    },
    pickWhen: {
      text: 'Pick Patch Manager to automate and report OS patching across a fleet, in AWS and on-premises.',
    },
    differences: {
      text: 'Versus Run Command: Run Command runs any command; Patch Manager decides which patches apply and when, and reports compliance (using Run Command underneath). Versus CodeDeploy: CodeDeploy installs your app versions; Patch Manager installs OS updates.',
      facts: [
        { label: 'Versus Inspector', value: 'Amazon Inspector finds software vulnerabilities but does not patch them; Patch Manager installs the patches', asks: ['inspector', 'amazon inspector', 'vulnerabilities', 'vulnerability scanning', 'cve', 'cves'], no: ['same as inspector', 'like inspector'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'Automated OS patching with baselines, schedules and compliance reports',
    youManage: 'Patch baselines, schedules and the servers (with SSM Agent)',
    billing: 'No extra charge for OS patching',
    limits: 'Needs SSM Agent and IAM; patches OS, not your app code',
    pickWhen: 'Patching many servers on a schedule, with compliance reports',
  },
  related: ['systems-manager', 'ssm-run-command', 'ssm-session-manager', 'ec2'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [],
};
