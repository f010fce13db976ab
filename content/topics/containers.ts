import type { TopicInput } from '../schema.js';

export const containers: TopicInput = {
  id: 'containers',
  name: 'Containers',
  aliases: ['container', 'containerization', 'containerisation', 'containerized apps', 'linux containers', 'oci containers', 'contianers', 'containters', 'conatiner'],
  keywords: ['isolated app', 'lightweight', 'share the kernel', 'namespaces', 'cgroups', 'container runtime', 'containerd', 'run containers on aws', 'portable'],
  category: 'containers',
  summary: 'A container is a running copy of an image: an isolated process with its own files and network that shares the host\'s kernel, so it is small and starts in seconds.',
  aspects: {
    overview: {
      text: 'A container wraps one application and everything it depends on, and runs it as an isolated process on a host. Each container sees its own file system, network and process list, but all containers on a host share that host\'s operating-system kernel. That is why they are light (megabytes rather than gigabytes), start in seconds and pack densely onto one server. An image is the read-only template; a container is a running instance of it, and you can start many containers from the same image.',
      facts: [
        { label: 'Image vs container', value: 'Image = read-only template; container = a running, isolated instance of an image' },
        { label: 'Isolation', value: 'Linux namespaces (what a container can see) and cgroups (how much CPU and memory it can use)' },
        { label: 'Kernel', value: 'Shared with the host; no guest OS per container' },
        { label: 'Start-up', value: 'Seconds, often less' },
        { label: 'Runtimes', value: 'Docker Engine, containerd, CRI-O, Podman' },
        { label: 'Standard', value: 'Open Container Initiative (OCI) image and runtime specifications' },
      ],
    },
    pricing: {
      text: 'Containers themselves cost nothing; the bill comes from what runs them. On AWS that means EC2 instances (for ECS or EKS on EC2), Fargate per second of vCPU and memory, the EKS cluster fee, and ECR storage for the images.',
      facts: [
        { label: 'On EC2', value: 'You pay for the instances, however many containers they hold' },
        { label: 'On Fargate', value: 'You pay per second for the vCPU and memory each task or pod requests' },
      ],
    },
    limits: {
      text: 'Sharing one kernel makes containers weaker walls than virtual machines: a kernel flaw can affect every container on the host, and a Linux container cannot run on a Windows kernel (or the reverse). Containers are meant to be disposable, so data written inside them disappears with them unless it goes to a volume, EFS, S3 or a database.',
      facts: [
        { label: 'Isolation strength', value: 'Weaker than a VM, because the kernel is shared' },
        { label: 'Data', value: 'Ephemeral; keep state in volumes or external stores' },
      ],
    },
    useCases: {
      text: 'Microservices (one container per service), moving an app between laptop, test and production without surprises, running batch jobs in any language, and lifting existing apps to the cloud without rewriting them.',
    },
    examTips: {
      text: 'On AWS, containers run on ECS (AWS\'s own orchestrator), EKS (managed Kubernetes) or Fargate (serverless compute under either), and their images live in ECR. If a question says "serverless containers", think Fargate. Remember the one-line contrast with VMs: containers share the host kernel, VMs each bring a guest OS.',
    },
    pickWhen: {
      text: 'Choose containers when you want portable, quick-starting packages that pack many apps onto one server, for example microservices or repeatable build-once, run-anywhere deployments.',
    },
    differences: {
      text: 'Versus virtual machines: a VM virtualises hardware and runs a full guest OS on a hypervisor; a container virtualises only the OS and shares the host kernel. Versus Lambda functions: a container can run any process for as long as you like, while a Lambda function is a short, event-triggered run of at most 15 minutes.',
    },
  },
  atAGlance: {
    whatItIs: 'Isolated processes that share the host kernel, started from images',
    youManage: 'The image and its settings; the host too, unless you use Fargate',
    billing: 'Free in themselves; you pay for the EC2 or Fargate capacity under them',
    limits: 'Shared kernel means weaker isolation than VMs; data is lost unless stored outside',
    pickWhen: 'Portable apps, microservices, fast scaling, many apps per server',
  },
  related: ['docker', 'docker-images', 'docker-vs-vm', 'kubernetes', 'ecs', 'eks', 'fargate', 'ecr', 'podman', 'microservices'],
  examDomain: 'technology-and-services',
  examScope: 'concept',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'Containers are isolated from the underlying operating system', correct: 'Containers are isolated from each other, but they share the host\'s kernel; it is VMs that each run their own guest OS.' },
    { notesSay: 'Docker images are isolated from one another', correct: 'Images are just read-only templates; it is the running containers that are isolated.' },
  ],
};
