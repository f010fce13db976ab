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
        { label: 'AWS: security OF the cloud', value: 'Facilities, hardware, global network, hypervisor, the software that runs managed services' },
        { label: 'Customer: security IN the cloud', value: 'Data, IAM users and roles, security groups, encryption settings, application code' },
        { label: 'EC2 (IaaS)', value: 'Customer: guest OS patching, apps, security groups, data, IAM. AWS: host, hypervisor, hardware' },
        { label: 'Lambda', value: 'Customer: function code, execution role and permissions, data. AWS: OS, runtime patching, scaling' },
        { label: 'Fargate', value: 'AWS: host OS and capacity. Customer: container images, task roles, the app and its data' },
        { label: 'Elastic Beanstalk', value: 'AWS: the platform, and its updates if managed platform updates are turned on. Customer: app code and configuration' },
        { label: 'Always the customer', value: 'Their data, who can access it, and how resources are configured' },
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
