import type { TopicInput } from '../schema.js';

export const sharedResponsibility: TopicInput = {
  id: 'shared-responsibility',
  name: 'Shared responsibility model',
  aliases: ['shared responsibility model', 'aws shared responsibility model', 'shared responsibility', 'security of the cloud', 'security in the cloud', 'shared responsability model', 'shared responsibilty', 'shared resposibility', 'shared responsibilty model'],
  keywords: ['who patches', 'who is responsible', 'customer responsibility', 'aws responsibility', 'patch guest os', 'guest operating system', 'physical security', 'hypervisor', 'responsibility', 'of the cloud', 'in the cloud', 'security groups', 'encryption', 'customer data'],
  category: 'security',
  summary: 'Security is split: AWS secures the cloud itself (facilities, hardware, network, the software behind its services); you secure what you put in it (data, identities, configuration, and on EC2 the guest OS).',
  aspects: {
    overview: {
      text: 'AWS is responsible for security OF the cloud: data centres, hardware, the global network and the virtualisation layer. The customer is responsible for security IN the cloud: data, who may access it (IAM), network rules such as security groups, and encryption choices. Where the line sits depends on the service. On EC2 you patch the guest OS and everything above it. On managed and serverless services AWS also runs the OS and runtime, and you keep your code, permissions and data.',
      facts: [
        { label: 'AWS: security OF the cloud', value: 'Facilities, hardware, global network, hypervisor, the software that runs managed services', asks: ['aws responsibility', 'aws responsible', 'aws does', 'of the cloud', 'physical security', 'data center', 'data centre', 'data centers', 'hardware', 'hypervisor', 'host', 'host os', 'global network', 'facilities', 'physical', 'failed disk', 'disk replacement', 'virtualization', 'virtualisation'] },
        { label: 'Customer: security IN the cloud', value: 'Data, IAM users and roles, security groups, encryption settings, application code', asks: ['customer responsibility', 'customer responsible', 'my responsibility', 'in the cloud', 'data', 'iam', 'users', 'roles', 'security groups', 'firewall', 'encryption', 'encrypt', 'application code', 'configuration', 'what do i do'] },
        { label: 'EC2 (IaaS)', value: 'Customer: guest OS patching, apps, security groups, data, IAM. AWS: host, hypervisor, hardware', asks: ['ec2', 'iaas', 'guest os', 'guest operating system', 'patch ec2', 'patching ec2', 'operating system', 'os patches', 'instances', 'virtual machines'] },
        { label: 'Lambda', value: 'Customer: function code, execution role and permissions, data. AWS: OS, runtime patching, scaling', asks: ['lambda', 'serverless', 'function code', 'execution role', 'runtime', 'runtime patching'] },
        { label: 'Fargate', value: 'AWS: host OS and capacity. Customer: container images, task roles, the app and its data', asks: ['fargate', 'containers', 'container images', 'task role', 'container host'] },
        { label: 'Elastic Beanstalk', value: 'AWS: the platform, and its updates if managed platform updates are turned on. Customer: app code and configuration', asks: ['elastic beanstalk', 'beanstalk', 'paas', 'platform updates', 'managed platform updates'] },
        { label: 'Always the customer', value: 'Their data, who can access it, and how resources are configured', asks: ['always', 'data ownership', 'customer data', 'my data', 'who can access', 'access', 'configure', 'configuration'] },
        { label: 'The line moves', value: 'The more managed the service (EC2, then Beanstalk, Fargate, Lambda), the more AWS does; data, identities and access settings always stay with the customer', asks: ['same for all services', 'depends', 'different services', 'managed services', 'changes', 'iaas', 'paas', 'saas', 'line', 'moves'], no: ['same for all services', 'same for every service', 'always the same', 'same everywhere'] },
        { label: 'Not a service', value: 'A model of who does what, not a service you turn on, configure or pay for', asks: ['service', 'a service', 'cost', 'price', 'charge', 'free', 'turn on', 'enable'], no: ['a service', 'an aws service', 'paid', 'cost money', 'costs money', 'turn on', 'enable'] },
      ],
    },
    useCases: {
      text: 'Use the model to answer "who does this?" questions: who patches an EC2 guest OS (customer), who replaces a failed disk in a data centre (AWS), who sets the permissions a Lambda function runs with (customer), who patches the OS under Fargate (AWS).',
    },
    examTips: {
      text: '"Patch the guest OS on EC2" -> customer. "Patch the host, hypervisor or physical servers", "physical security of data centres" -> AWS. "Configure security groups", "manage IAM", "encrypt data" -> customer. The more managed the service, the more AWS does, but data, identities and access settings always stay with the customer.',
    },
    pickWhen: {
      text: 'Think of it whenever a question asks who must patch, configure, encrypt or protect something. Choosing a more managed service (Lambda, Fargate, Beanstalk) moves more of the work to AWS.',
    },
    differences: {
      text: 'EC2 versus Lambda: on EC2 the customer patches the guest OS and runtime; on Lambda AWS does, and the customer keeps code, permissions and data. Fargate versus ECS on EC2: with Fargate AWS patches the hosts; with EC2 launch type the customer manages the container instances.',
    },
  },
  atAGlance: {
    whatItIs: 'The split of security duties between AWS and the customer',
    youManage: 'Your data, IAM, network rules, encryption; on EC2 the guest OS too',
    billing: 'Not a service; no charge',
    limits: 'The line moves with the service: less customer work on managed services',
    pickWhen: 'Deciding who must patch, encrypt or configure something',
  },
  related: ['ec2', 'lambda', 'fargate', 'elastic-beanstalk', 'serverless', 'ssm-patch-manager', 'secrets-manager', 'ecs'],
  examDomain: 'security-and-compliance',
  examScope: 'concept',
  lifecycle: { status: 'available' },
};
