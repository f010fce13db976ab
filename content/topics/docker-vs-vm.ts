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
        { label: 'VM stack', value: 'Hardware -> host OS or bare-metal hypervisor -> guest OS per VM -> apps', asks: ['vm stack', 'vm architecture', 'how vms work', 'how a vm works', 'guest os', 'guest operating system', 'layers', 'stack'], yes: ['vms have a guest os', 'vm has a guest os', 'vms have their own os', 'vm has its own os', 'vms need a hypervisor', 'vm needs a hypervisor'] },
        { label: 'Container stack', value: 'Hardware -> host OS (for example an EC2 instance) -> container runtime (Docker daemon) -> containers', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html', checked: '2026-11-30' }, asks: ['container stack', 'container architecture', 'how containers work', 'how docker works', 'container runtime', 'docker daemon', 'host os', 'docker engine'], yes: ['containers share the host os', 'containers share the os', 'docker shares the host os', 'containers use the host os', 'containers run on the host os'] },
        { label: 'Size', value: 'Container images: megabytes; VM images: gigabytes', asks: ['size', 'smaller', 'lighter', 'heavier', 'bigger', 'megabytes', 'gigabytes', 'image size', 'lightweight', 'footprint', 'overhead'], yes: ['containers smaller', 'containers lighter', 'containers lightweight', 'containers more lightweight', 'docker lighter', 'docker smaller', 'vms heavier', 'vms bigger', 'vms larger'], no: ['vms lighter', 'vms smaller', 'containers heavier', 'containers bigger', 'containers larger', 'docker heavier'] },
        { label: 'Start-up', value: 'Containers: seconds or less; VMs: usually minutes to boot an OS', asks: ['start', 'startup', 'start-up', 'start up', 'boot', 'boot time', 'speed', 'faster', 'slower', 'how fast', 'quick', 'quicker', 'seconds', 'minutes'], yes: ['containers faster', 'containers start faster', 'containers quicker', 'docker faster', 'docker start faster', 'vms slower', 'vms slower to start'], no: ['vms faster', 'vms start faster', 'vms quicker', 'containers slower', 'docker slower'] },
        { label: 'Isolation', value: 'VM: own kernel, strong walls; container: shared kernel, lighter walls', asks: ['isolation', 'isolated', 'security', 'secure', 'more secure', 'safer', 'kernel', 'own kernel', 'shared kernel', 'separation'], yes: ['vms more secure', 'vms more isolated', 'vms safer', 'vms isolate better', 'containers share the kernel', 'containers share a kernel', 'containers share the host kernel', 'docker share the kernel', 'docker shares the kernel', 'vms have their own kernel', 'vm has its own kernel'], no: ['containers more secure', 'containers more isolated', 'containers safer', 'docker more secure', 'vms share the kernel', 'vms share a kernel', 'containers have their own kernel', 'container has its own kernel', 'docker has its own kernel'] },
        { label: 'Hypervisor types', value: 'Type 1 runs on bare metal (AWS Nitro, based on KVM); type 2 runs on a desktop OS (VirtualBox)', source: { url: 'https://aws.amazon.com/what-is/hypervisor/', checked: '2026-11-30' }, asks: ['type 1', 'type 2', 'type 1 hypervisor', 'type 2 hypervisor', 'bare metal', 'bare-metal', 'nitro', 'kvm', 'virtualbox', 'vmware', 'xen', 'hypervisor types', 'hypervisor type', 'hypervisor', 'hypervisors'] },
        { label: 'On AWS', value: 'EC2 = virtual machines; ECS, EKS, Fargate = containers', source: { url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html', checked: '2026-11-30' }, asks: ['on aws', 'ec2', 'ecs', 'eks', 'fargate', 'which aws service', 'aws services'], yes: ['ec2 a vm', 'ec2 a virtual machine', 'ec2 vms', 'ec2 instances vms', 'ec2 instance a vm', 'ecs containers', 'fargate containers'], no: ['ec2 a container', 'ecs a vm', 'fargate a vm', 'ecs vms', 'lambda a vm'] },
        { label: 'Is Docker a VM?', value: 'No: Docker virtualises the operating system, not the hardware; a container has no guest OS or kernel of its own and needs no hypervisor', asks: ['virtualization', 'virtualisation', 'os-level virtualization', 'os level virtualization', 'is docker a vm', 'docker a vm', 'type of virtualization', 'sort of virtualization'], no: ['docker a vm', 'docker a virtual machine', 'container a vm', 'container a virtual machine', 'containers vms', 'containers virtual machines', 'docker need a hypervisor', 'containers need a hypervisor', 'containers have a guest os', 'container have a guest os', 'docker have a guest os', 'containers have their own os', 'container have its own os', 'docker full virtualization', 'docker full virtualisation'] },
      ],
    },
    pricing: {
      text: 'Containers usually cost less for the same work because many of them share one server without paying for a guest OS each time, so fewer or smaller instances are needed. With Fargate you skip the VM choice entirely and pay per second for the vCPU and memory each task asks for.',
      facts: [
        { label: 'Cost', value: 'Containers usually cost less for the same work: many of them share one server without paying for a guest OS each, so fewer or smaller instances are needed', asks: ['cost', 'costs', 'cheaper', 'cheapest', 'save money', 'price', 'cost less', 'more expensive', 'costly'], yes: ['containers cheaper', 'containers cost less', 'docker cheaper', 'vms more expensive', 'vms cost more'], no: ['vms cheaper', 'vms cost less', 'containers more expensive', 'containers cost more'] },
      ],
    },
    limits: {
      text: 'Containers give up some isolation for their speed: a kernel bug or a badly confined container can affect its neighbours, and a container must match the host kernel (Linux containers need Linux). VMs can run any OS, Windows next to Linux, but each one spends memory, disk and boot time on its own OS. Fargate narrows the gap: each Fargate task runs in its own isolated environment and does not share a kernel with other tasks.',
      facts: [
        { label: 'Containers', value: 'Must match the host kernel; weaker isolation', asks: ['match the kernel', 'match the host', 'host kernel', 'linux containers', 'windows containers', 'weaker isolation', 'container limits', 'container downsides', 'drawbacks of containers'], yes: ['containers must match the host', 'containers need the same kernel', 'linux containers need linux'] },
        { label: 'VMs', value: 'Any guest OS; heavier and slower to start', asks: ['any os', 'any operating system', 'different os', 'different operating systems', 'windows and linux', 'vm limits', 'vm downsides', 'drawbacks of vms', 'heavier'], yes: ['vms run any os', 'vm run any os', 'vms run windows', 'vm run windows', 'vms run different operating systems', 'vm run a different os'], no: ['containers run any os', 'container run any os'] },
      ],
    },
    useCases: {
      text: 'Pick VMs for full control of the OS, custom kernels, different operating systems side by side, or legacy apps that expect a whole server. Pick containers for microservices, quick scaling and packing many small apps densely onto shared hosts.',
      facts: [
        { label: 'VMs suit', value: 'Full control of the OS, custom kernels, different operating systems side by side, legacy apps that expect a whole server', asks: ['when to use vms', 'when to use a vm', 'use a vm', 'use vms', 'pick vms', 'choose vms', 'legacy', 'legacy apps', 'custom kernel', 'full control'] },
        { label: 'Containers suit', value: 'Microservices, quick scaling, and packing many small apps densely onto shared hosts', asks: ['when to use containers', 'use containers', 'pick containers', 'choose containers', 'microservices', 'density', 'scaling', 'many small apps'], yes: ['containers for microservices', 'containers good for microservices', 'docker for microservices'] },
      ],
    },
    examTips: {
      text: 'Remember the picture: VMs = hypervisor + one guest OS per VM (heavier); containers = Docker daemon on one host OS, sharing its kernel (lighter, faster, more per server). The exam may say "Docker is not full virtualisation" or "containers share resources with the host". EC2 gives you VMs; ECS, EKS and Fargate run containers.',
    },
    pickWhen: {
      text: 'Containers when speed, density and portability matter; VMs when you need a separate OS or kernel, strong isolation, or full control of the machine.',
    },
    differences: {
      text: 'A VM virtualises hardware, a container virtualises the OS. A VM image (an AMI on AWS) boots a whole machine; a Docker image holds no kernel. They combine well: containers usually run inside VMs, such as ECS container instances on EC2.',
      facts: [
        { label: 'Used together', value: 'They combine: containers usually run inside VMs, such as ECS tasks on EC2 instances', asks: ['together', 'combine', 'combined', 'both', 'inside a vm', 'in a vm', 'on a vm', 'docker on ec2', 'containers on ec2'], yes: ['containers inside vms', 'containers in vms', 'containers run inside vms', 'containers run in vms', 'containers run inside a vm', 'containers run in a vm', 'docker on a vm', 'docker in a vm', 'docker inside a vm', 'docker run on a vm', 'run docker on a vm', 'run docker on ec2', 'docker on ec2', 'used together', 'be combined'] },
      ],
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
