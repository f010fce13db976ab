import type { TopicInput } from '../schema.js';

export const sharedResponsibility: TopicInput = {
  id: 'shared-responsibility',
  name: 'Shared responsibility model',
  aliases: ['shared responsibility model', 'aws shared responsibility model', 'shared responsibility', 'security of the cloud', 'security in the cloud', 'shared responsability model', 'shared responsibilty', 'shared resposibility'],
  keywords: ['who patches', 'who is responsible', 'customer responsibility', 'aws responsibility', 'patch guest os', 'physical security', 'responsibility', 'of the cloud', 'in the cloud'],
  category: 'security',
  summary: 'Security is split: AWS secures the cloud itself (hardware, facilities, the software that runs its services), and you secure what you put in it (data, identities, configuration, and on EC2 the guest OS).',
  aspects: {
    overview: {
      text: 'AWS is responsible for security OF the cloud: data centres, hardware, networking and the virtualisation layer. The customer is responsible for security IN the cloud: their data, who can access it (IAM), network settings such as security groups, and encryption choices. Where the line sits depends on the service. On EC2 you patch the guest OS and everything above it. On managed and serverless services like Lambda and Fargate, AWS takes over the OS and runtime, and you keep your code, permissions and data.',
      facts: [
        { label: 'AWS: security of the cloud', value: 'Facilities, hardware, global network, virtualisation, managed service software' },
        { label: 'Customer: security in the cloud', value: 'Data, IAM users and roles, security groups, encryption, app code' },
        { label: 'EC2', value: 'Customer patches the guest OS and apps, sets security groups, manages data and IAM' },
        { label: 'Lambda', value: 'Customer: code, execution role and permissions, data. AWS: OS, runtime patching, scaling' },
        { label: 'Fargate', value: 'AWS: host OS and capacity. Customer: container images, task roles, the app' },
        { label: 'Elastic Beanstalk', value: 'AWS can apply managed platform updates if you turn them on; customer: app code and configuration' },
      ],
    },
    examTips: {
      text: '"Who patches the guest OS on EC2?" -> the customer. "Who patches the host, hypervisor or physical servers?" -> AWS. The more managed the service, the less the customer manages, but data, IAM and access settings always stay with the customer.',
    },
  },
  atAGlance: {
    whatItIs: 'The split of security duties between AWS and the customer',
    youManage: 'Your data, IAM, network settings, and on EC2 the guest OS',
    billing: 'Not a service; no charge',
    limits: 'The line moves with the service type',
    pickWhen: 'Deciding who must patch, encrypt or configure something',
  },
  related: ['ec2', 'lambda', 'fargate', 'elastic-beanstalk', 'serverless', 'ssm-patch-manager'],
  examDomain: 'security-and-compliance',
  examScope: 'concept',
  lifecycle: { status: 'available' },
};
