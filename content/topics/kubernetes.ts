import type { TopicInput } from '../schema.js';

export const kubernetes: TopicInput = {
  id: 'kubernetes',
  name: 'Kubernetes',
  aliases: ['k8s', 'k8', 'kube', 'pods', 'pod', 'kubernetes pods', 'kubectl', 'kubernets', 'kuberenetes', 'kubernates', 'kubernetis', 'kubernetees'],
  keywords: ['container orchestration', 'open source orchestrator', 'cloud agnostic', 'multi-cloud', 'cluster', 'nodes', 'control plane', 'deployment', 'manifest', 'cncf', 'dockershim'],
  category: 'containers',
  summary: 'The open-source, cloud-agnostic system for running containers across a cluster of machines: it places pods, restarts failed ones and scales them. On AWS it is offered as EKS.',
  aspects: {
    overview: {
      text: 'Kubernetes (K8s) takes a description of what you want, written as YAML manifests ("three copies of this app, reachable on port 80"), and keeps the cluster matching it: it picks a node for each pod, restarts or replaces failed ones, rolls out new versions gradually and scales up or down. The pod is its smallest unit: one or more containers that are always scheduled together and share an IP address, storage volumes and settings. A cluster has a control plane (API server, etcd, scheduler, controllers) and worker nodes (kubelet, kube-proxy and a container runtime such as containerd). Google started it and gave it to the Cloud Native Computing Foundation; it runs the same on AWS, other clouds and on-premises.',
      facts: [
        { label: 'Abbreviation', value: 'K + eight + s: the eight letters between the K and the s are replaced by their count' },
        { label: 'Pod', value: 'Smallest deployable unit: one or more containers sharing network (one IP), storage and settings' },
        { label: 'Cluster', value: 'Control plane (API server, etcd, scheduler, controllers) plus worker nodes' },
        { label: 'Common objects', value: 'Deployment, Service, Namespace, ConfigMap, Secret, Job, CronJob' },
        { label: 'Tools', value: 'kubectl command line; Helm packages; YAML manifests' },
        { label: 'Container runtime', value: 'containerd or CRI-O through the Container Runtime Interface; Docker-built images run fine' },
        { label: 'Origin', value: 'Started at Google; now a Cloud Native Computing Foundation project' },
        { label: 'Releases', value: 'About three minor versions a year' },
      ],
    },
    pricing: {
      text: 'Kubernetes is free, open-source software; you pay for the machines under it and the people who run it. On AWS, EKS adds a cluster fee ($0.10 per hour) so that AWS runs the control plane for you.',
    },
    limits: {
      text: 'Powerful but complex: there are many moving parts to learn, secure and upgrade, and a self-run control plane must be made highly available by you. That operational load is the main reason to use a managed service such as EKS.',
    },
    useCases: {
      text: 'Microservice architectures with tens to hundreds of services, platforms that must run identically on several clouds and on-premises, and teams that want one standard way to deploy, scale and heal containers.',
    },
    examTips: {
      text: '"Kubernetes on AWS" -> Amazon EKS. "Multi-cloud or hybrid containers with open-source tooling" -> Kubernetes, so EKS on AWS. Pods on EKS can run on EC2 nodes or on Fargate. If a question just wants the simplest AWS-native orchestrator, the answer is ECS, not Kubernetes.',
    },
    pickWhen: {
      text: 'Choose Kubernetes when you need a portable, standard orchestrator across environments or already have Kubernetes skills and manifests; on AWS, run it as EKS.',
    },
    differences: {
      text: 'Versus Docker: Docker builds images and runs containers on one machine; Kubernetes orchestrates containers across many machines. Versus ECS: both orchestrate, but ECS is AWS-only and simpler, Kubernetes is open and portable. Versus EKS: EKS is Kubernetes with AWS running the control plane.',
    },
  },
  atAGlance: {
    whatItIs: 'Open-source container orchestrator that runs pods across a cluster',
    youManage: 'Everything yourself, or only your workloads and nodes on EKS',
    billing: 'Free software; pay for the machines (and $0.10/hour per EKS cluster)',
    limits: 'Complex to run and upgrade; needs skills',
    pickWhen: 'Portable orchestration across clouds and on-premises; EKS on AWS',
  },
  related: ['eks', 'ecs', 'fargate', 'containers', 'docker', 'podman', 'microservices'],
  examDomain: 'technology-and-services',
  examScope: 'concept',
  lifecycle: {
    status: 'available',
    history: [],
  },
  corrections: [
    { notesSay: 'Kubernetes is commonly called K8', correct: 'The usual abbreviation is K8s: a K, eight letters, and an s.' },
    { notesSay: 'Kubernetes typically uses Docker containers', correct: 'Since 1.24 (2022), Kubernetes no longer uses Docker Engine as its runtime (dockershim was removed); it uses containerd or CRI-O. Images built with Docker still run unchanged.' },
    { notesSay: 'The advantage of Kubernetes over Docker is running containers distributed across multiple VMs', correct: 'They do different jobs: Docker builds and runs containers, Kubernetes orchestrates them across a cluster. They work together rather than compete.', aspect: 'differences' },
  ],
};
