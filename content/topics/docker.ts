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
        { label: 'What it is', value: 'A platform and set of tools to build, share and run containers', asks: ['container platform', 'containerization', 'containerisation', 'what does it do', 'tools', 'package an app', 'package my app'], yes: ['container platform', 'containerization', 'containerisation', 'package an app', 'package my app', 'run containers'] },
        { label: 'Main parts', value: 'Docker Engine (the dockerd daemon) and the docker CLI, Docker Desktop, Docker Compose, Docker Hub', asks: ['engine', 'daemon', 'dockerd', 'cli', 'desktop', 'compose', 'components', 'parts', 'docker engine', 'docker desktop', 'docker compose', 'docker cli'] },
        { label: 'Key words', value: 'Dockerfile -> image -> container; images live in a registry (repository)', asks: ['dockerfile', 'image', 'images', 'container vs image', 'terms', 'terminology', 'vocabulary', 'key words', 'keywords', 'concepts'] },
        { label: 'Registries', value: 'Public: Docker Hub; private on AWS: Amazon ECR (which also has public repositories)', asks: ['registry', 'registries', 'docker hub', 'ecr', 'store images', 'where are images stored', 'private images', 'repository', 'repositories', 'private registry'], yes: ['ecr', 'amazon ecr', 'docker hub', 'private registry', 'private images', 'store images on aws'] },
        { label: 'How it isolates', value: 'Linux namespaces and cgroups; every container shares the host kernel', asks: ['isolation', 'isolate', 'namespaces', 'cgroups', 'kernel', 'host kernel', 'shared kernel', 'virtual machine', 'vm', 'hypervisor', 'guest os', 'how does it work'], yes: ['share the kernel', 'shares the kernel', 'shared kernel', 'host kernel', 'namespaces', 'cgroups'], no: ['docker a vm', 'docker a virtual machine', 'docker virtual machine', 'docker vms', 'containers vms', 'containers virtual machines', 'container a vm', 'container a virtual machine', 'docker use a hypervisor', 'docker need a hypervisor', 'docker have a guest os', 'docker need a guest os', 'container have its own kernel', 'containers have their own kernel', 'docker full virtualization', 'docker full virtualisation'] },
        { label: 'Standard', value: 'Images follow the open OCI format, so Podman, containerd and Kubernetes run them too', asks: ['oci', 'standard', 'open standard', 'podman', 'containerd', 'kubernetes', 'compatible', 'compatibility', 'other runtimes'], yes: ['oci', 'oci compatible', 'podman', 'containerd', 'kubernetes', 'open standard', 'compatible'] },
        { label: 'Cost', value: 'Docker Engine is free and open source; Docker Desktop is free for personal use, education, open source and small businesses, and paid for larger companies', asks: ['free', 'cost', 'price', 'license', 'licence', 'licensing', 'paid', 'subscription', 'open source', 'open-source', 'desktop cost'], yes: ['open source', 'open-source', 'free for personal use', 'engine free', 'docker engine free'], no: ['desktop open source', 'docker desktop open source', 'free for large companies', 'free for big companies', 'free for enterprises'] },
        { label: 'On AWS', value: 'No charge for Docker itself: you pay for the EC2 or Fargate capacity and for ECR storage', source: { url: 'https://aws.amazon.com/ecs/pricing/', checked: '2026-11-30' }, asks: ['on aws', 'aws cost', 'pay on aws', 'charge on aws', 'ecs', 'fargate', 'eks', 'run on aws', 'aws charge'], yes: ['run on aws', 'on aws', 'ecs', 'fargate', 'eks'], no: ['aws charge for docker', 'aws charges for docker', 'pay aws for docker'] },
        { label: 'Made by', value: 'Docker, Inc.; Docker is not an AWS service, but every AWS container service runs Docker images', asks: ['who makes', 'who made', 'made by', 'company', 'docker inc', 'aws service', 'an aws service'], no: ['an aws service', 'aws service', 'made by aws', 'made by amazon', 'aws product', 'amazon product'] },
      ],
    },
    limits: {
      text: 'A container uses the kernel of the machine it runs on. A Linux image needs a Linux kernel and a Windows image needs a Windows host; on a Mac or Windows laptop, Docker Desktop quietly runs a small Linux VM for Linux containers. Containers are also disposable: anything written inside one is lost when it is removed unless you keep it in a volume or an outside store such as S3 or a database.',
      facts: [
        { label: 'Kernel', value: 'Shared with the host; Linux containers need a Linux kernel', asks: ['kernel', 'linux', 'linux kernel', 'host kernel', 'windows containers', 'linux containers', 'operating system', 'host os'], yes: ['linux kernel', 'need linux', 'linux containers need linux'] },
        { label: 'State', value: 'Ephemeral by default; use volumes or external storage for data', asks: ['data', 'state', 'persist', 'persistent', 'persistence', 'volume', 'volumes', 'storage', 'lost', 'lose data', 'ephemeral', 'stateful', 'stateless', 'database', 'save data'], yes: ['ephemeral', 'stateless', 'lose data', 'data lost', 'lost when removed', 'volumes', 'use volumes', 'persist data with volumes'], no: ['keep data', 'keep their data', 'keep its data', 'data survive', 'persistent by default', 'keep data by default', 'data persist by default'] },
        { label: 'Mac and Windows laptops', value: 'Docker Desktop runs Linux containers on macOS and Windows inside a small Linux VM; Windows containers need a Windows host', asks: ['mac', 'macos', 'macbook', 'windows', 'laptop', 'run on mac', 'run on windows', 'docker desktop', 'wsl', 'wsl2'], yes: ['mac', 'macos', 'macbook', 'run on mac', 'run on windows', 'windows laptop', 'laptop', 'windows containers'], no: ['windows containers on linux', 'windows containers on a linux host', 'windows containers on mac'] },
      ],
    },
    useCases: {
      text: 'Shipping the same build from a developer laptop to test and production, splitting an application into microservices that each run in their own container, packing several small apps onto one server, and giving AWS Batch or ECS a ready-to-run unit of work in any language.',
      facts: [
        { label: 'Same app everywhere', value: 'Build once, run on a laptop, on EC2 or on ECS/EKS/Fargate', source: { url: 'https://aws.amazon.com/docker/', checked: '2026-11-30' }, asks: ['portable', 'portability', 'anywhere', 'works on my machine', 'consistent', 'consistency', 'same everywhere', 'laptop', 'dev to prod', 'environments'], yes: ['portable', 'run anywhere', 'same everywhere', 'works on my machine', 'consistent'] },
        { label: 'Microservices', value: 'One container per service, scaled independently', asks: ['microservices', 'microservice', 'split an app', 'small services', 'split into services'], yes: ['microservices', 'microservice'] },
        { label: 'Batch jobs', value: 'AWS Batch jobs are defined as Docker images', asks: ['batch', 'aws batch', 'batch jobs', 'batch job', 'jobs'], yes: ['batch', 'aws batch', 'batch jobs'] },
      ],
    },
    examTips: {
      text: 'The exam does not test Docker commands. Know four things: Docker means containers; images are stored in repositories (Docker Hub in public, Amazon ECR privately on AWS); containers are lighter than VMs because they share the host kernel; and "run Docker containers on AWS" means ECS, EKS or Fargate (Fargate when no servers should be managed). Arbitrary Docker images belong on ECS or Fargate, not Lambda.',
      facts: [
        { label: 'On the exam', value: 'No Docker commands or Dockerfiles: know what containers are, that images live in registries (Docker Hub, ECR), and which AWS services run them', asks: ['docker commands', 'commands', 'write a dockerfile', 'dockerfile syntax', 'what to know', 'need to know', 'how much docker', 'docker commands on the exam', 'commands on the exam'], no: ['docker commands', 'commands', 'write a dockerfile', 'dockerfile syntax', 'write dockerfiles', 'docker commands on the exam', 'commands on the exam', 'dockerfile on the exam', 'dockerfiles on the exam', 'write a dockerfile on the exam', 'docker commands tested', 'commands tested'] },
      ],
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
