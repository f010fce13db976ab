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
        { label: 'Patch baseline', value: 'Rules for which patches are approved, with AWS defaults you can customise' },
        { label: 'Operations', value: 'Scan (report only) or Scan and install' },
        { label: 'Scheduling', value: 'Patch policies (Quick Setup) or maintenance windows' },
        { label: 'Operating systems', value: 'Windows Server and major Linux distributions; macOS only on EC2 Mac instances', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-hybrid-multicloud.html', checked: '2026-11-30' } },
        { label: 'Compliance', value: 'Reports which managed nodes are missing patches' },
      ],
    },
    pricing: {
      text: 'Patch Manager has no extra charge. Patching Microsoft applications on on-premises servers needs the paid advanced-instances tier.',
      facts: [{ label: 'Service charge', value: 'None for OS patching' }],
    },
    limits: {
      text: 'Each server needs the SSM Agent, IAM permissions and access to its patch sources. Patch Manager patches the operating system and some applications; it does not deploy your own application code.',
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
