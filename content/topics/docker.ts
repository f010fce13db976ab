import type { TopicInput } from '../schema.js';

export const docker: TopicInput = {
  id: 'docker',
  name: 'Docker',
  aliases: ['docker engine', 'docker desktop', 'docker daemon', 'dockerd', 'docker cli', 'docker compose', 'dokcer', 'doker', 'dcoker'],
  keywords: ['containerization', 'package my app', 'works on my machine', 'docker run', 'docker build', 'portable app', 'run anywhere', 'container platform'],
  category: 'containers',
  summary: 'The best-known tool for packaging an app with everything it needs into an image and running it as a container that behaves the same on any machine.',
  aspects: {
    overview: {
      text: 'Docker lets you bundle an application together with its runtime, libraries and settings into one image, then start that image as a container on a laptop, an EC2 instance or a managed service such as ECS. Because the package carries its own dependencies, the app behaves the same wherever it runs, whatever language it is written in. Containers start in seconds, so you can add or remove copies very quickly, and one server can run many of them side by side (say a Java API, a Node.js front end and a MySQL database on one EC2 instance).',
      facts: [
        { label: 'What it is', value: 'A platform and set of tools to build, share and run containers' },
        { label: 'Main parts', value: 'Docker Engine (the dockerd daemon) and the docker CLI, Docker Desktop, Docker Compose, Docker Hub' },
        { label: 'Key words', value: 'Dockerfile -> image -> container; images live in a registry (repository)' },
        { label: 'Registries', value: 'Public: Docker Hub; private on AWS: Amazon ECR (which also has public repositories)' },
        { label: 'How it isolates', value: 'Linux namespaces and cgroups; every container shares the host kernel' },
        { label: 'Standard', value: 'Images follow the open OCI format, so Podman, containerd and Kubernetes run them too' },
        { label: 'Cost', value: 'Docker Engine is free and open source; Docker Desktop is free for personal use, education, open source and small businesses, and paid for larger companies' },
        { label: 'On AWS', value: 'No charge for Docker itself: you pay for the EC2 or Fargate capacity and for ECR storage', source: { url: 'https://aws.amazon.com/ecs/pricing/', checked: '2026-11-30' } },
      ],
    },
    limits: {
      text: 'A container uses the kernel of the machine it runs on. A Linux image needs a Linux kernel and a Windows image needs a Windows host; on a Mac or Windows laptop, Docker Desktop quietly runs a small Linux VM for Linux containers. Containers are also disposable: anything written inside one is lost when it is removed unless you keep it in a volume or an outside store such as S3 or a database.',
      facts: [
        { label: 'Kernel', value: 'Shared with the host; Linux containers need a Linux kernel' },
        { label: 'State', value: 'Ephemeral by default; use volumes or external storage for data' },
      ],
    },
    useCases: {
      text: 'Shipping the same build from a developer laptop to test and production, splitting an application into microservices that each run in their own container, packing several small apps onto one server, and giving AWS Batch or ECS a ready-to-run unit of work in any language.',
      facts: [
        { label: 'Same app everywhere', value: 'Build once, run on a laptop, on EC2 or on ECS/EKS/Fargate', source: { url: 'https://aws.amazon.com/docker/', checked: '2026-11-30' } },
        { label: 'Microservices', value: 'One container per service, scaled independently' },
        { label: 'Batch jobs', value: 'AWS Batch jobs are defined as Docker images' },
      ],
    },
    examTips: {
      text: 'The exam does not test Docker commands. Know four things: Docker means containers; images are stored in repositories (Docker Hub in public, Amazon ECR privately on AWS); containers are lighter than VMs because they share the host kernel; and "run Docker containers on AWS" means ECS, EKS or Fargate (Fargate when no servers should be managed). Arbitrary Docker images belong on ECS or Fargate, not Lambda.',
    },
    pickWhen: {
      text: 'Reach for Docker when an app must behave identically across machines, when you want to split it into small independently deployable services, or when you need a portable package that any AWS container service can run.',
    },
    differences: {
      text: 'Docker is the packaging and runtime tool; ECS, EKS and Fargate are AWS services that run Docker containers for you at scale, and ECR stores the images. Kubernetes orchestrates containers across many machines, while Docker mainly builds and runs them on one. Podman is a daemonless, Docker-compatible alternative. Compared with a virtual machine, a container has no guest OS of its own, so it is smaller and starts faster.',
    },
  },
  atAGlance: {
    whatItIs: 'Tooling to package apps as images and run them as containers',
    youManage: 'Your images and where they run (a server, or an AWS container service)',
    billing: 'Engine is free; Desktop paid for large firms; on AWS you pay for compute and ECR',
    limits: 'Shares the host kernel; containers lose their data unless you use volumes',
    pickWhen: 'You want one portable package that runs the same everywhere',
  },
  related: ['containers', 'docker-images', 'docker-hub', 'docker-vs-vm', 'podman', 'ecs', 'fargate', 'ecr', 'eks', 'kubernetes', 'microservices'],
  examDomain: 'technology-and-services',
  examScope: 'concept',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'Containers are isolated from one another and from the underlying operating system', correct: 'Containers are isolated from each other, but they all share the host\'s kernel; only virtual machines carry their own guest OS.' },
    { notesSay: 'Apps are packaged in containers that can be run on any OS', correct: 'They run on any host with a container runtime, but a Linux container needs a Linux kernel (on Mac and Windows, Docker Desktop runs a small Linux VM for it).', aspect: 'limits' },
    { notesSay: 'Docker is a set of Platform as a Service (PaaS) products', correct: 'For the exam, Docker is container tooling: it builds and runs containers. The AWS platform as a service is Elastic Beanstalk (which can run Docker).', aspect: 'differences' },
  ],
};
