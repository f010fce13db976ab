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
        { label: 'Image vs container', value: 'Image = read-only template; container = a running, isolated instance of an image', asks: ['image', 'images', 'image vs container', 'container image', 'template', 'running instance', 'same as an image'], no: ['same as an image', 'same as image', 'same thing as an image', 'same as images'] },
        { label: 'Isolation', value: 'Linux namespaces (what a container can see) and cgroups (how much CPU and memory it can use)', asks: ['isolation', 'isolated', 'namespaces', 'cgroups', 'control groups', 'separate', 'separated'], yes: ['isolated', 'isolation', 'namespaces', 'cgroups', 'separate'] },
        { label: 'Kernel', value: 'Shared with the host; no guest OS per container', asks: ['kernel', 'share the kernel', 'shared kernel', 'operating system', 'os', 'guest os', 'host os', 'own os', 'hypervisor'], yes: ['share the kernel', 'share kernel', 'shared kernel', 'share the host kernel', 'share the os', 'share the host os'], no: ['guest os', 'own os', 'own kernel', 'own operating system', 'full os', 'hypervisor'] },
        { label: 'Start-up', value: 'Seconds, often less', asks: ['start', 'start-up', 'startup', 'start time', 'boot', 'how fast', 'how quickly', 'fast', 'seconds', 'speed'], yes: ['fast', 'start fast', 'start quickly', 'seconds', 'quick'], no: ['minutes', 'slow'] },
        { label: 'Runtimes', value: 'Docker Engine, containerd, CRI-O, Podman', asks: ['runtime', 'runtimes', 'container runtime', 'docker', 'docker engine', 'containerd', 'cri-o', 'podman', 'engine', 'need docker'], yes: ['podman', 'containerd', 'cri-o'], no: ['need docker', 'require docker', 'only docker', 'docker only'] },
        { label: 'Standard', value: 'Open Container Initiative (OCI) image and runtime specifications', asks: ['standard', 'oci', 'open container initiative', 'specification', 'spec', 'portable', 'portability', 'compatible'], yes: ['oci', 'standard', 'open standard', 'portable'] },
      ],
    },
    pricing: {
      text: 'Containers themselves cost nothing; the bill comes from what runs them. On AWS that means EC2 instances (for ECS or EKS on EC2), Fargate per second of vCPU and memory, the EKS cluster fee, and ECR storage for the images.',
      facts: [
        { label: 'On EC2', value: 'You pay for the instances, however many containers they hold', asks: ['ec2', 'cost', 'costs', 'price', 'how much', 'pay', 'instances', 'free'] },
        { label: 'On Fargate', value: 'You pay per second for the vCPU and memory each task or pod requests', asks: ['fargate', 'fargate cost', 'per second', 'vcpu', 'cost', 'costs', 'price', 'free'] },
      ],
    },
    limits: {
      text: 'Sharing one kernel makes containers weaker walls than virtual machines: a kernel flaw can affect every container on the host, and a Linux container cannot run on a Windows kernel (or the reverse). Containers are meant to be disposable, so data written inside them disappears with them unless it goes to a volume, EFS, S3 or a database.',
      facts: [
        { label: 'Isolation strength', value: 'Weaker than a VM, because the kernel is shared', asks: ['isolation strength', 'secure', 'security', 'safe', 'weaker', 'as secure as a vm', 'escape'], no: ['as secure as a vm', 'as secure as vms', 'as isolated as a vm', 'stronger than a vm', 'more secure than a vm', 'more secure than vms'] },
        { label: 'Data', value: 'Ephemeral; keep state in volumes or external stores', asks: ['data', 'persist', 'persistent', 'persistence', 'storage', 'state', 'stateful', 'stateless', 'ephemeral', 'volume', 'volumes', 'lost', 'disk', 'efs'], no: ['keep data', 'keep their data', 'data persist', 'data persists', 'data survive', 'data survives'] },
        { label: 'Operating system', value: 'A container needs a host kernel of its own OS family: Linux containers run on Linux hosts, Windows containers on Windows hosts', asks: ['windows', 'linux', 'windows containers', 'mac', 'macos', 'cross-platform', 'os family'], yes: ['windows containers'] },
      ],
    },
    useCases: {
      text: 'Microservices (one container per service), moving an app between laptop, test and production without surprises, running batch jobs in any language, and lifting existing apps to the cloud without rewriting them.',
    },
    examTips: {
      text: 'On AWS, containers run on ECS (AWS\'s own orchestrator), EKS (managed Kubernetes) or Fargate (serverless compute under either), and their images live in ECR. If a question says "serverless containers", think Fargate. Remember the one-line contrast with VMs: containers share the host kernel, VMs each bring a guest OS.',
      facts: [
        { label: 'On AWS', value: 'ECS (AWS\'s orchestrator) or EKS (Kubernetes) run containers, on EC2 instances or on Fargate without servers; ECR stores the images', asks: ['on aws', 'run containers on aws', 'which service', 'ecs', 'eks', 'ecr', 'serverless', 'serverless containers', 'orchestration', 'orchestrator', 'servers'] },
      ],
    },
    pickWhen: {
      text: 'Choose containers when you want portable, quick-starting packages that pack many apps onto one server, for example microservices or repeatable build-once, run-anywhere deployments.',
    },
    differences: {
      text: 'Versus virtual machines: a VM virtualises hardware and runs a full guest OS on a hypervisor; a container virtualises only the OS and shares the host kernel. Versus Lambda functions: a container can run any process for as long as you like, while a Lambda function is a short, event-triggered run of at most 15 minutes.',
      facts: [
        { label: 'Not a VM', value: 'A VM runs a full guest OS on a hypervisor; a container is an isolated process that shares the host kernel', asks: ['vm', 'vms', 'virtual machine', 'virtual machines', 'hypervisor'], no: ['same as a vm', 'same as vms', 'same as virtual machines', 'same as a virtual machine', 'a kind of vm', 'type of vm', 'type of virtual machine', 'containers virtual machines', 'containers vms', 'container a vm', 'container a virtual machine'] },
      ],
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
