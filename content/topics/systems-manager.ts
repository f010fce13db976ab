import type { TopicInput } from '../schema.js';

export const systemsManager: TopicInput = {
  id: 'systems-manager',
  name: 'AWS Systems Manager',
  aliases: ['systems manager', 'ssm', 'aws ssm', 'system manager', 'amazon ssm', 'simple systems manager', 'systems manger', 'sytems manager', 'system manger'],
  keywords: ['ssm agent', 'manage servers at scale', 'fleet', 'patching', 'patch servers', 'run commands', 'configuration', 'hybrid', 'on-premises servers', 'managed nodes', 'maintenance window', 'automation runbook', 'inventory', 'fleet manager'],
  category: 'deployment-and-management',
  summary: 'Operates your EC2 and on-premises servers at scale (hybrid): patch them, run commands across the fleet, store configuration, and open shells without SSH.',
  aspects: {
    overview: {
      text: 'Systems Manager is a suite of tools for running a fleet of servers, in AWS and in your own data centre alike, on Windows Server and Linux (and macOS, but only on EC2 Mac instances: on-premises Macs are not supported). The ones to know: Patch Manager (automated OS patching, for compliance), Run Command (run a script on hundreds of servers at once), Parameter Store (configuration values and secrets) and Session Manager (a shell without SSH). It also gives you an overview of your infrastructure\'s state (inventory, compliance, operational issues). It works through the SSM Agent on each machine, which comes preinstalled on Amazon Linux 2 and 2023, Windows Server and Ubuntu 18.04 or later AMIs. If an instance does not show up as managed, check the agent, its IAM permissions and its network path to Systems Manager.',
      facts: [
        { label: 'Hybrid', value: 'Manages EC2 instances and on-premises servers or VMs the same way', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-hybrid-multicloud.html', checked: '2026-11-30' }, asks: ['hybrid', 'on-premises', 'on premises', 'on-prem', 'data center', 'data centre', 'own servers', 'vms', 'virtual machines', 'other clouds', 'multicloud', 'multi-cloud', 'ec2'], yes: ['hybrid', 'on-premises', 'on premises', 'on-prem', 'on-premises servers', 'data center', 'data centre', 'own servers', 'vms', 'virtual machines', 'ec2', 'ec2 instances'] },
        { label: 'Operating systems', value: 'Windows Server and Linux, in AWS and on-premises; macOS only on EC2 Mac instances', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-hybrid-multicloud.html', checked: '2026-11-30' }, asks: ['operating systems', 'os', 'windows', 'windows server', 'linux', 'mac', 'macos', 'which os'], yes: ['windows', 'windows server', 'linux', 'ec2 mac', 'ec2 mac instances'], no: ['on-premises mac', 'on-premises macs', 'on-premises macos', 'mac on-premises', 'macs on premises', 'macs on-premises', 'macos on premises', 'macos on-premises', 'macos servers on premises', 'macos servers on-premises', 'mac servers on premises', 'on-prem mac', 'on-prem macs', 'on-prem macos', 'macos on-prem'] },
        { label: 'Key tools', value: 'Patch Manager, Run Command, Parameter Store, Session Manager', asks: ['tools', 'capabilities', 'features', 'what can it do', 'components', 'patching', 'patch', 'run commands', 'run command', 'parameter store', 'session manager', 'patch manager', 'shell', 'ssh', 'configuration'], yes: ['patch', 'patching', 'patch servers', 'run commands', 'run command', 'parameter store', 'session manager', 'patch manager', 'store configuration', 'store secrets', 'shell access', 'without ssh', 'no ssh'] },
        { label: 'Other tools', value: 'Automation runbooks, State Manager, Maintenance Windows, Inventory, Fleet Manager, OpsCenter', asks: ['automation', 'runbooks', 'runbook', 'state manager', 'maintenance windows', 'maintenance window', 'inventory', 'fleet manager', 'opscenter', 'other tools', 'desired state', 'configuration drift'], yes: ['automation', 'runbooks', 'runbook', 'state manager', 'maintenance windows', 'maintenance window', 'inventory', 'fleet manager', 'opscenter'] },
        { label: 'SSM Agent', value: 'Preinstalled on Amazon Linux 2 and 2023, Windows Server and Ubuntu 18.04+ AMIs; install it yourself elsewhere', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/ami-preinstalled-agent.html', checked: '2026-11-30' }, asks: ['agent', 'ssm agent', 'install agent', 'preinstalled', 'pre-installed', 'installed by default', 'amazon linux', 'ubuntu', 'ami', 'amis'], yes: ['agent', 'ssm agent', 'an agent', 'amazon linux', 'amazon linux 2', 'amazon linux 2023', 'ubuntu'], no: ['agentless', 'without an agent', 'no agent'] },
        { label: 'Also needed', value: 'IAM permissions for the instance and network access to the Systems Manager endpoints', asks: ['iam', 'iam role', 'instance profile', 'permissions', 'network', 'endpoints', 'vpc endpoints', 'not managed', 'not showing', 'not appearing', 'troubleshoot', 'troubleshooting', 'cannot manage', 'missing instance', 'managed instance'], yes: ['iam role', 'instance profile', 'iam permissions', 'vpc endpoints', 'network access'] },
        { label: 'On-premises', value: 'Register servers with a hybrid activation, then they appear as managed nodes', asks: ['register', 'registration', 'hybrid activation', 'activation', 'activation code', 'add on-premises servers', 'managed nodes', 'managed node'], yes: ['hybrid activation', 'activation', 'register', 'registration'] },
      ],
    },
    pricing: {
      text: 'The core tools (Run Command, Patch Manager, Session Manager on EC2, standard Parameter Store parameters) have no extra charge. Some options cost money: advanced parameters, and the advanced-instances tier for on-premises servers (needed, for example, for Session Manager on them).',
      facts: [
        { label: 'Run Command, Patch Manager', value: 'No extra charge', asks: ['cost', 'price', 'pricing', 'free', 'charge', 'how much', 'paid', 'run command cost', 'patch manager cost'] },
        { label: 'Parameter Store', value: 'Standard parameters free; advanced parameters $0.05 each per month', source: { url: 'https://aws.amazon.com/systems-manager/pricing/', checked: '2026-11-30' }, asks: ['parameter store cost', 'parameters', 'advanced parameters', 'standard parameters', 'cost', 'price', 'free'] },
        { label: 'On-premises advanced tier', value: 'Billed per server per hour; needed for Session Manager on on-premises servers', source: { url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/fleet-manager-configure-instance-tiers.html', checked: '2026-11-30' }, asks: ['advanced tier', 'advanced instances', 'advanced-instances tier', 'on-premises cost', 'on-premises', 'on premises', 'hybrid cost', 'per hour', 'paid', 'free', 'cost', 'price'] },
      ],
    },
    limits: {
      text: 'Systems Manager operates servers; it does not create infrastructure (CloudFormation) or deploy application versions (CodeDeploy).',
      facts: [
        { label: 'Requires', value: 'SSM Agent, IAM permissions and network access on each managed machine', asks: ['requirements', 'prerequisites', 'requires', 'agent', 'ssm agent', 'iam', 'network'] },
        { label: 'Not for', value: 'Creating infrastructure from templates (CloudFormation) or rolling out application versions (CodeDeploy); it runs and maintains servers', asks: ['cloudformation', 'codedeploy', 'infrastructure as code', 'deploy', 'deployment', 'deploy code', 'create infrastructure', 'templates'], no: ['infrastructure as code', 'deploy application versions', 'deploy app versions', 'deploy applications', 'deploy my app', 'deploy code', 'replace cloudformation', 'instead of cloudformation', 'replace codedeploy', 'instead of codedeploy'] },
      ],
    },
    useCases: {
      text: 'Patching hundreds of Windows and Linux servers every month, in AWS and on-premises; running one command on the whole fleet; keeping database connection strings out of code; giving admins shell access with no SSH keys and no open port 22.',
    },
    examTips: {
      text: 'Keywords: "manage EC2 and on-premises at scale" (hybrid), "patch", "run commands across a fleet", "Parameter Store", "no SSH keys, no bastion, no port 22" (Session Manager). The old tip "Chef or Puppet means OpsWorks" is obsolete: OpsWorks ended in May 2024, and Systems Manager covers most of that work. If a server cannot be managed, suspect the SSM Agent, its IAM role or its network access.',
    },
    pickWhen: {
      text: 'Pick Systems Manager to operate a fleet of servers, in AWS, on-premises or both: patching, commands, configuration and secure shell access.',
    },
    differences: {
      text: 'Versus OpsWorks: OpsWorks ran managed Chef and Puppet and was retired in May 2024; Systems Manager is the AWS-native way to configure and patch servers. Versus CloudFormation: CloudFormation creates resources; Systems Manager runs and maintains the servers. Versus CodeDeploy: CodeDeploy rolls out app versions; Systems Manager patches and configures the machines.',
      facts: [
        { label: 'Versus OpsWorks', value: 'OpsWorks ran managed Chef and Puppet and was retired in May 2024; Systems Manager is the current AWS way to configure and patch servers', source: { url: 'https://docs.aws.amazon.com/opsworks/latest/userguide/relatedresources.html', checked: '2026-11-30' }, asks: ['opsworks', 'chef', 'puppet', 'vs opsworks', 'versus opsworks', 'configuration management', 'replace opsworks'], yes: ['replace opsworks', 'replaces opsworks', 'replaced opsworks', 'instead of opsworks', 'opsworks replacement', 'opsworks alternative', 'successor'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'Hybrid fleet management: patch, run commands, store config, shell without SSH',
    youManage: 'Your servers with the SSM Agent and an IAM role',
    billing: 'Core tools free; advanced parameters and on-premises advanced tier cost extra',
    limits: 'Needs the SSM Agent, IAM permissions and network access on each machine',
    pickWhen: 'Operating EC2 and on-premises servers at scale',
  },
  related: ['ssm-run-command', 'ssm-patch-manager', 'ssm-parameter-store', 'ssm-session-manager', 'opsworks', 'ec2', 'cloudformation', 'codedeploy'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'SSM Agent is installed by default on the Amazon Linux AMI and some Ubuntu AMIs', correct: 'It comes preinstalled on Amazon Linux 2 and 2023, Windows Server and Ubuntu 18.04 and later AMIs.' },
    { notesSay: 'If an instance cannot be controlled with SSM, it is probably an issue with the SSM agent', correct: 'Check the agent, but just as often the cause is a missing IAM role (instance profile) or no network path to the Systems Manager endpoints.' },
    { notesSay: 'In the exam: Chef or Puppet needed => AWS OpsWorks', correct: 'Obsolete: OpsWorks reached end of life in May 2024. Systems Manager covers most server configuration and patching needs.', aspect: 'examTips' },
  ],
};
