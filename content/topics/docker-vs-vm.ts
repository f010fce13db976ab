import type { TopicInput } from '../schema.js';

export const dockerVsVm: TopicInput = {
  id: 'docker-vs-vm',
  name: 'Docker versus virtual machines',
  aliases: [
    'docker vs virtual machine', 'docker vs virtual machines', 'docker versus vm', 'vms vs containers', 'vm vs container',
    'containers vs vms', 'containers vs virtual machines', 'vms vs docker', 'docker or vm',
    'hypervisor', 'hypervisors', 'guest os', 'guest operating system', 'host os', 'virtualization', 'virtualisation',
    'hypervisior', 'hypervisore', 'virtualiztion',
  ],
  keywords: ['share the kernel', 'lighter than vms', 'guest os', 'type 1 hypervisor', 'nitro', 'heavier', 'boot time', 'isolation', 'os-level virtualization'],
  category: 'containers',
  summary: 'VMs each run a full guest OS on a hypervisor; containers share the host\'s kernel through a container runtime. Containers are lighter and faster, VMs isolate more strongly.',
  aspects: {
    overview: {
      text: 'Both let one physical machine run many separate workloads, but they cut at different levels. A hypervisor slices the hardware into virtual machines, and each VM boots its own complete guest operating system, kernel included. A container runtime such as Docker slices only the operating system: every container on the host shares the host\'s kernel and carries just the app and its libraries. So Docker is "sort of" virtualisation: of the OS, not of the hardware. On AWS the two are usually stacked: an EC2 instance is a VM on the Nitro hypervisor, and ECS or EKS runs containers inside it.',
      facts: [
        { label: 'VM stack', value: 'Hardware -> host OS or bare-metal hypervisor -> guest OS per VM -> apps' },
        { label: 'Container stack', value: 'Hardware -> host OS (for example an EC2 instance) -> container runtime (Docker daemon) -> containers', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html', checked: '2026-11-30' } },
        { label: 'Size', value: 'Container images: megabytes; VM images: gigabytes' },
        { label: 'Start-up', value: 'Containers: seconds or less; VMs: usually minutes to boot an OS' },
        { label: 'Isolation', value: 'VM: own kernel, strong walls; container: shared kernel, lighter walls' },
        { label: 'Hypervisor types', value: 'Type 1 runs on bare metal (AWS Nitro, based on KVM); type 2 runs on a desktop OS (VirtualBox)', source: { url: 'https://aws.amazon.com/what-is/hypervisor/', checked: '2026-11-30' } },
        { label: 'On AWS', value: 'EC2 = virtual machines; ECS, EKS, Fargate = containers', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html', checked: '2026-11-30' } },
      ],
    },
    pricing: {
      text: 'Containers usually cost less for the same work because many of them share one server without paying for a guest OS each time, so fewer or smaller instances are needed. With Fargate you skip the VM choice entirely and pay per second for the vCPU and memory each task asks for.',
    },
    limits: {
      text: 'Containers give up some isolation for their speed: a kernel bug or a badly confined container can affect its neighbours, and a container must match the host kernel (Linux containers need Linux). VMs can run any OS, Windows next to Linux, but each one spends memory, disk and boot time on its own OS. Fargate narrows the gap: each Fargate task runs in its own isolated environment and does not share a kernel with other tasks.',
      facts: [
        { label: 'Containers', value: 'Must match the host kernel; weaker isolation' },
        { label: 'VMs', value: 'Any guest OS; heavier and slower to start' },
      ],
    },
    useCases: {
      text: 'Pick VMs for full control of the OS, custom kernels, different operating systems side by side, or legacy apps that expect a whole server. Pick containers for microservices, quick scaling and packing many small apps densely onto shared hosts.',
    },
    examTips: {
      text: 'Remember the picture: VMs = hypervisor + one guest OS per VM (heavier); containers = Docker daemon on one host OS, sharing its kernel (lighter, faster, more per server). The exam may say "Docker is not full virtualisation" or "containers share resources with the host". EC2 gives you VMs; ECS, EKS and Fargate run containers.',
    },
    pickWhen: {
      text: 'Containers when speed, density and portability matter; VMs when you need a separate OS or kernel, strong isolation, or full control of the machine.',
    },
    differences: {
      text: 'A VM virtualises hardware, a container virtualises the OS. A VM image (an AMI on AWS) boots a whole machine; a Docker image holds no kernel. They combine well: containers usually run inside VMs, such as ECS container instances on EC2.',
    },
  },
  atAGlance: {
    whatItIs: 'Containers share the host kernel; VMs each run a guest OS on a hypervisor',
    youManage: 'VMs: the whole guest OS; containers: the image (and host, unless Fargate)',
    billing: 'Containers pack more work per server, so usually cheaper per app',
    limits: 'Containers: weaker isolation, same kernel; VMs: heavier, slower to start',
    pickWhen: 'Containers for fast, dense, portable apps; VMs for OS control and strong isolation',
  },
  related: ['docker', 'containers', 'ec2', 'docker-images', 'ecs', 'fargate', 'lightsail'],
  examDomain: 'technology-and-services',
  examScope: 'concept',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'With VMs, apps are not isolated, which can cause config conflicts, security problems or resource hogging', correct: 'Separate VMs are strongly isolated (each has its own kernel). The problem is apps installed together on one server or VM; containers fix that more cheaply.' },
    { notesSay: 'Containers are isolated from one another and from the underlying operating system', correct: 'Containers share the host\'s kernel; only VMs carry a full guest OS on a hypervisor.' },
    { notesSay: 'Docker images are isolated from one another', correct: 'Running containers are isolated; images are read-only templates.' },
  ],
};
