import type { TopicInput } from '../schema.js';

export const eks: TopicInput = {
  id: 'eks',
  name: 'Amazon EKS',
  aliases: ['eks', 'elastic kubernetes service', 'amazon elastic kubernetes service', 'managed kubernetes', 'kubernetes on aws', 'eks anywhere', 'eks auto mode', 'eks hybrid nodes', 'elastic kubernets service', 'elastic kubernates service', 'elastic kuberentes service'],
  keywords: ['kubernetes cluster', 'control plane', 'kubectl', 'node group', 'worker nodes', 'multi-cloud containers', 'hybrid kubernetes', 'helm', 'pods on fargate'],
  category: 'containers',
  summary: 'Amazon Elastic Kubernetes Service, managed Kubernetes on AWS: AWS runs the Kubernetes control plane for you, and your pods run on EC2 nodes, on Fargate or on your own servers.',
  aspects: {
    overview: {
      text: 'Running Kubernetes yourself means operating its control plane (API server, etcd database, scheduler) and keeping it highly available and upgraded. EKS does that part for you, across several Availability Zones, and gives you a standard, certified Kubernetes endpoint: your existing manifests, kubectl and Helm charts work unchanged. Your pods run on worker nodes you choose: EC2 managed node groups or self-managed EC2 nodes, EKS Auto Mode (AWS picks, scales and patches the EC2 nodes), Fargate (no nodes at all), or your own data centre through EKS Hybrid Nodes and EKS Anywhere. Because Kubernetes is open source and cloud-agnostic, EKS suits teams that run containers on several clouds or on-premises.',
      facts: [
        { label: 'Model', value: 'Managed Kubernetes control plane; certified, upstream-compatible', asks: ['kubernetes', 'k8s', 'managed kubernetes', 'certified', 'upstream', 'conformant', 'standard kubernetes', 'open source'], yes: ['kubernetes', 'k8s', 'managed kubernetes', 'certified', 'upstream', 'managed', 'conformant', 'standard kubernetes'] },
        { label: 'Pods run on', value: 'EC2 (managed node groups or self-managed), EKS Auto Mode, Fargate, or on-premises nodes', source: { url: 'https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html', checked: '2026-11-30' }, asks: ['nodes', 'worker nodes', 'node groups', 'managed node groups', 'where do pods run', 'ec2', 'fargate', 'data plane', 'self-managed nodes', 'auto mode', 'gpu', 'gpus'], yes: ['fargate', 'ec2', 'ec2 nodes', 'managed node groups', 'node groups', 'run on fargate', 'run on ec2', 'auto mode', 'gpu', 'gpus'] },
        { label: 'Control plane', value: 'Run by AWS across multiple Availability Zones', asks: ['control plane', 'master', 'masters', 'master nodes', 'api server', 'etcd', 'who manages', 'high availability', 'highly available'], yes: ['managed control plane', 'highly available', 'high availability', 'multi-az', 'multiple availability zones', 'aws manage the control plane', 'aws manages the control plane', 'aws run the control plane'], no: ['i manage the control plane', 'manage the control plane myself', 'i run the control plane', 'manage etcd myself', 'i manage etcd'] },
        { label: 'Tools', value: 'kubectl, Helm, any Kubernetes tooling; images usually from ECR', asks: ['kubectl', 'helm', 'helm charts', 'tools', 'tooling', 'manifests', 'yaml', 'kubernetes tools', 'existing manifests'], yes: ['kubectl', 'helm', 'helm charts', 'manifests', 'yaml manifests', 'existing manifests', 'kubernetes tools', 'kubernetes tooling'] },
        { label: 'On-premises', value: 'EKS Hybrid Nodes (cloud control plane, your servers) and EKS Anywhere (whole cluster on your hardware)', asks: ['on-premises', 'on premises', 'on-prem', 'hybrid', 'data center', 'datacenter', 'own servers', 'own hardware', 'anywhere', 'hybrid nodes'], yes: ['on-premises', 'on premises', 'on-prem', 'hybrid', 'own servers', 'own hardware', 'my data center', 'data center', 'hybrid nodes'] },
        { label: 'Version support', value: 'Each Kubernetes version: 14 months standard support, then 12 months extended support', source: { url: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', checked: '2026-11-30' }, asks: ['versions', 'version', 'kubernetes version', 'kubernetes versions', 'upgrade', 'upgrades', 'supported versions', 'how long supported', 'extended support', 'end of support', '14 months'], yes: ['extended support', 'need to upgrade', 'have to upgrade', 'must upgrade', 'upgrades'] },
        { label: 'Scaling', value: 'Kubernetes autoscalers for pods; Karpenter, Cluster Autoscaler or Auto Mode for nodes', asks: ['scale', 'scaling', 'autoscaling', 'auto scaling', 'karpenter', 'cluster autoscaler', 'hpa', 'horizontal pod autoscaler', 'node scaling'], yes: ['autoscaling', 'auto scaling', 'scale automatically', 'scales automatically', 'auto scale', 'autoscale', 'karpenter', 'cluster autoscaler'] },
        { label: 'Launched', value: '2018', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2018/06/amazon-elastic-container-service-for-kubernetes-eks-now-ga/', checked: '2026-11-30' }, asks: ['launched', 'launch date', 'released', 'release date', 'when was', 'introduced', 'how old', 'history', 'since when', 'year'] },
        { label: 'Serverless?', value: 'It depends on where pods run: on Fargate there are no nodes to manage; on EC2 node groups you run the nodes (in Auto Mode AWS manages them for you)', asks: ['serverless', 'servers', 'manage servers', 'without servers', 'need ec2', 'require ec2', 'manage nodes', 'nodes to manage'], no: ['need ec2', 'needs ec2', 'require ec2', 'requires ec2', 'only ec2', 'only run on ec2'] },
      ],
    },
    pricing: {
      text: 'Every cluster costs a flat hourly fee, and you also pay for whatever runs your pods: EC2 instances and EBS volumes, or Fargate per second. Keeping a cluster on an old Kubernetes version in extended support raises the fee sixfold, so upgrade on time. EKS Auto Mode adds a management fee on top of the EC2 instances it runs.',
      facts: [
        { label: 'Cluster fee', value: '$0.10 per cluster per hour (about $73 a month) in standard support', source: { url: 'https://aws.amazon.com/eks/pricing/', checked: '2026-11-30' }, asks: ['cluster fee', 'per cluster', 'per hour', 'hourly', 'control plane cost', 'control plane price', 'charge for the control plane', 'pay for the control plane', 'per month', 'monthly', 'free', 'is it free', 'fee'], yes: ['cluster fee', 'hourly fee', 'per cluster fee', 'charge per cluster', 'fee per cluster', 'control plane fee', 'charge for the control plane', 'pay for the control plane', 'charge for control plane'], no: ['free', 'free of charge', 'no charge', 'no cluster fee'] },
        { label: 'Extended support', value: '$0.60 per cluster per hour', source: { url: 'https://aws.amazon.com/eks/pricing/', checked: '2026-11-30' }, asks: ['extended support', 'extended support cost', 'extended support price', 'old version', 'old versions', 'outdated version', 'sixfold'] },
        { label: 'Worker nodes', value: 'EC2 instances and EBS at normal prices (On-Demand, Savings Plans, Spot)', source: { url: 'https://aws.amazon.com/eks/pricing/', checked: '2026-11-30' }, asks: ['worker nodes cost', 'node cost', 'nodes cost', 'ec2 cost', 'spot', 'spot instances', 'savings plans', 'on-demand'], yes: ['spot', 'spot instances', 'savings plans', 'savings plan', 'on-demand'] },
        { label: 'Pods on Fargate', value: 'Fargate per-second vCPU and memory prices', asks: ['fargate cost', 'fargate price', 'fargate pricing', 'fargate billing', 'fargate pods'] },
        { label: 'EKS Auto Mode', value: 'A management fee per instance, on top of the EC2 price', source: { url: 'https://aws.amazon.com/eks/pricing/', checked: '2026-11-30' }, asks: ['auto mode cost', 'auto mode price', 'auto mode fee', 'auto mode billing', 'management fee'] },
      ],
    },
    limits: {
      text: 'There is no run-time limit on pods. The trade-off is complexity: Kubernetes has many concepts to learn, and you must upgrade your clusters as versions leave support. Pods on Fargate cannot use DaemonSets or GPUs.',
      facts: [
        { label: 'Run time', value: 'No limit', asks: ['how long', 'time limit', 'run time', 'max run time', 'maximum run time', 'timeout', 'hours', 'days', 'long running', 'long-running', 'forever', '15 minutes'], yes: ['hours', 'run for hours', 'days', 'run for days', 'long running', 'long-running', 'run forever', '24/7', 'always on', 'indefinitely', 'months'], no: ['time limit', 'a time limit', 'timeout', 'max run time', 'maximum run time', '15 minute limit', '15-minute limit'] },
        { label: 'Standard support window', value: '14 months per Kubernetes minor version', source: { url: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', checked: '2026-11-30' }, asks: ['support window', 'standard support', 'how long supported', 'end of support', 'version lifetime', 'support period', '14 months'] },
        { label: 'Learning curve', value: 'Steeper than ECS', asks: ['hard', 'harder', 'difficult', 'complex', 'complexity', 'learning curve', 'easy', 'easier', 'simple', 'simpler', 'steep'], yes: ['hard', 'harder', 'difficult', 'complex', 'more complex', 'steeper', 'steep learning curve', 'harder than ecs', 'more complex than ecs'], no: ['easy', 'easier', 'simple', 'simpler', 'easier than ecs', 'simpler than ecs'] },
        { label: 'Pods on Fargate', value: 'No DaemonSets and no GPUs; use EC2 nodes for those', asks: ['daemonset', 'daemonsets', 'fargate limitations', 'fargate limits', 'gpus on fargate', 'gpu on fargate'], no: ['daemonsets on fargate', 'daemonset on fargate', 'gpus on fargate', 'gpu on fargate'] },
      ],
    },
    useCases: {
      text: 'Teams that already use Kubernetes and want to keep their manifests and tools, companies running the same container platform on AWS, other clouds and on-premises, and large microservice estates with tens or hundreds of services.',
    },
    examTips: {
      text: '"Kubernetes on AWS", "managed Kubernetes control plane" or "multi-cloud / hybrid containers with open tooling" -> EKS. "AWS-native, simplest containers" -> ECS. EKS pods can run on Fargate for a serverless data plane. Images come from ECR.',
    },
    pickWhen: {
      text: 'Pick EKS when you already use Kubernetes, need portability across clouds or on-premises, or want the large Kubernetes ecosystem; otherwise ECS is usually simpler.',
    },
    differences: {
      text: 'Versus ECS: both orchestrate containers, but EKS runs standard Kubernetes (portable, bigger ecosystem, cluster fee, more to learn) while ECS is AWS\'s own, simpler and free orchestrator. Versus Kubernetes: EKS is Kubernetes with AWS running the control plane. Versus Fargate: Fargate is one place EKS pods can run.',
    },
  },
  atAGlance: {
    whatItIs: 'Managed Kubernetes: AWS runs the control plane',
    youManage: 'Kubernetes manifests and upgrades; worker nodes unless Fargate or Auto Mode',
    billing: '$0.10 per cluster-hour ($0.60 in extended support) plus EC2 or Fargate',
    limits: 'No run-time limit; more complex than ECS; upgrade before support ends',
    pickWhen: 'Kubernetes on AWS, or one container platform across clouds and on-premises',
  },
  related: ['kubernetes', 'ecs', 'fargate', 'ecr', 'ec2', 'containers', 'docker', 'microservices', 'auto-scaling', 'batch'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: {
    status: 'available',
    history: [
      { date: '2018-06-05', event: 'Amazon EKS became generally available', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2018/06/amazon-elastic-container-service-for-kubernetes-eks-now-ga/', checked: '2026-11-30' } },
      { date: '2019-12-03', event: 'EKS pods can run on AWS Fargate', source: { url: 'https://aws.amazon.com/blogs/aws/amazon-eks-on-aws-fargate-now-generally-available/', checked: '2026-11-30' } },
      { date: '2024-12-01', event: 'EKS Auto Mode launched: AWS manages the worker nodes too', source: { url: 'https://aws.amazon.com/blogs/aws/streamline-kubernetes-cluster-management-with-new-amazon-eks-auto-mode/', checked: '2026-11-30' } },
    ],
  },
  corrections: [
    { notesSay: 'Kubernetes typically uses Docker containers', correct: 'EKS nodes run containerd, not Docker Engine (Kubernetes removed dockershim in 1.24, 2022); images built with Docker still run unchanged.' },
  ],
};
