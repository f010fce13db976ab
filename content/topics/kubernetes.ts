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
        { label: 'Abbreviation', value: 'K + eight + s: the eight letters between the K and the s are replaced by their count', asks: ['abbreviation', 'stands for', 'why k8s', 'k8s mean', 'k8s stand for', 'short for', 'name', 'meaning', 'eight'] },
        { label: 'Pod', value: 'Smallest deployable unit: one or more containers sharing network (one IP), storage and settings', asks: ['pod', 'pods', 'smallest unit', 'smallest deployable unit', 'containers in a pod', 'sidecar', 'sidecars'], yes: ['multiple containers', 'more than one container', 'several containers', 'share an ip', 'share storage', 'sidecar', 'sidecars'] },
        { label: 'Cluster', value: 'Control plane (API server, etcd, scheduler, controllers) plus worker nodes', asks: ['cluster', 'control plane', 'nodes', 'node', 'worker nodes', 'master', 'master node', 'api server', 'etcd', 'scheduler', 'controllers', 'kubelet', 'kube-proxy', 'architecture', 'components'] },
        { label: 'Common objects', value: 'Deployment, Service, Namespace, ConfigMap, Secret, Job, CronJob', asks: ['deployment', 'deployments', 'namespace', 'namespaces', 'configmap', 'configmaps', 'secret', 'secrets', 'job', 'jobs', 'cronjob', 'cronjobs', 'objects', 'replicaset', 'kubernetes service'] },
        { label: 'Tools', value: 'kubectl command line; Helm packages; YAML manifests', asks: ['kubectl', 'helm', 'helm chart', 'helm charts', 'yaml', 'manifest', 'manifests', 'cli', 'command line', 'tools'] },
        { label: 'Container runtime', value: 'containerd or CRI-O through the Container Runtime Interface; Docker-built images run fine', asks: ['docker', 'container runtime', 'runtime', 'containerd', 'cri-o', 'cri', 'dockershim', 'docker images', 'docker engine'], yes: ['docker images', 'docker-built images', 'docker containers', 'run docker images', 'run docker containers', 'containerd', 'cri-o'], no: ['need docker', 'needs docker', 'require docker', 'requires docker', 'docker engine', 'dockershim', 'docker daemon'] },
        { label: 'Origin', value: 'Started at Google; now a Cloud Native Computing Foundation project', asks: ['google', 'origin', 'who made', 'who created', 'created by', 'made by', 'history', 'cncf', 'cloud native computing foundation', 'who owns', 'open source', 'open-source'], yes: ['open source', 'open-source', 'google', 'cncf', 'made by google', 'created by google'] },
        { label: 'Releases', value: 'About three minor versions a year', asks: ['release', 'releases', 'release cycle', 'how often', 'new version', 'new versions', 'versions', 'version', 'minor versions'] },
        { label: 'Self-healing and scaling', value: 'Restarts or replaces failed pods, rolls out new versions gradually, and scales pods up or down with autoscalers', asks: ['self-healing', 'self healing', 'restart', 'restarts', 'failed pods', 'scale', 'scaling', 'autoscaling', 'auto scaling', 'rolling update', 'rolling updates', 'rollout', 'rollback', 'high availability'], yes: ['self-healing', 'self healing', 'scale automatically', 'scales automatically', 'autoscaling', 'auto scaling', 'rolling updates', 'rolling update', 'restart failed', 'restarts failed'] },
        { label: 'Portability', value: 'Runs the same on AWS, on other clouds and on-premises: cloud-agnostic by design', asks: ['portable', 'portability', 'multi-cloud', 'multicloud', 'cloud agnostic', 'cloud-agnostic', 'other clouds', 'azure', 'gcp', 'google cloud', 'on-premises', 'on premises', 'hybrid', 'lock-in', 'vendor lock-in'], yes: ['portable', 'multi-cloud', 'multicloud', 'cloud agnostic', 'cloud-agnostic', 'other clouds', 'azure', 'gcp', 'google cloud', 'on-premises', 'on premises', 'hybrid'] },
      ],
    },
    pricing: {
      text: 'Kubernetes is free, open-source software; you pay for the machines under it and the people who run it. On AWS, EKS adds a cluster fee ($0.10 per hour) so that AWS runs the control plane for you.',
      facts: [
        { label: 'Cost', value: 'Free, open-source software: you pay for the machines it runs on and the people who run it; on AWS, EKS adds a cluster fee', asks: ['free', 'license', 'licence', 'licensing', 'cost', 'costs', 'pay', 'paid'], yes: ['free', 'free to use', 'free software'] },
      ],
    },
    limits: {
      text: 'Powerful but complex: there are many moving parts to learn, secure and upgrade, and a self-run control plane must be made highly available by you. That operational load is the main reason to use a managed service such as EKS.',
      facts: [
        { label: 'Complexity', value: 'Many moving parts to learn, secure and upgrade; if you run the control plane yourself, keeping it highly available is your job', asks: ['complex', 'complexity', 'hard', 'difficult', 'learning curve', 'easy', 'simple', 'operational overhead', 'overhead', 'challenges', 'downsides', 'drawbacks'], yes: ['complex', 'hard', 'difficult', 'complicated', 'hard to learn', 'steep learning curve'], no: ['easy', 'simple', 'easy to learn', 'simple to run'] },
      ],
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
      facts: [
        { label: 'On AWS', value: 'Kubernetes itself is not an AWS service; on AWS you run it as Amazon EKS, or yourself on EC2', asks: ['on aws', 'aws service', 'eks', 'run on aws', 'aws version', 'managed kubernetes', 'which aws service'], yes: ['run on aws', 'on aws', 'eks', 'amazon eks', 'managed kubernetes'], no: ['an aws service', 'aws service', 'made by aws', 'made by amazon', 'built by aws', 'aws product', 'amazon product'] },
        { label: 'Versus Docker', value: 'Docker builds images and runs containers on one machine; Kubernetes orchestrates containers across many machines', asks: ['docker swarm', 'versus docker', 'replace docker', 'instead of docker', 'one machine', 'many machines', 'same as docker'], no: ['replace docker', 'replacement for docker', 'same as docker', 'instead of docker'] },
      ],
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
