import type { TopicInput } from '../schema.js';

export const podman: TopicInput = {
  id: 'podman',
  name: 'Podman',
  aliases: ['podman desktop', 'red hat podman', 'podmn', 'podamn', 'podmen'],
  keywords: ['daemonless', 'rootless containers', 'docker alternative', 'no daemon', 'docker compatible'],
  category: 'containers',
  summary: 'An open-source, Docker-compatible container engine from Red Hat that runs containers without a central daemon and, by default, without root.',
  aspects: {
    overview: {
      text: 'Podman builds, runs and shares the same OCI images Docker uses, and its command line mirrors Docker\'s, so most "docker ..." commands work as "podman ...". Two design choices set it apart: there is no always-running daemon (podman starts each container directly, watched by a tiny monitor process or by systemd), and containers can run as a normal user rather than root, which limits damage if one is broken into. As its name hints, Podman can also group containers into pods, the way Kubernetes does, and can export or play Kubernetes YAML.',
      facts: [
        { label: 'Made by', value: 'Red Hat and the open-source community (free, open-source licence)', asks: ['who made', 'made by', 'who makes', 'red hat', 'open source', 'open-source', 'licence', 'license', 'aws service', 'amazon'], yes: ['red hat', 'open source', 'open-source'], no: ['aws service', 'an aws service', 'made by aws', 'made by amazon', 'amazon service', 'commercial'] },
        { label: 'Daemon', value: 'None: containers are started directly and can be managed by systemd', asks: ['daemon', 'daemonless', 'background service', 'dockerd', 'systemd', 'architecture', 'how does it work'], yes: ['daemonless', 'without a daemon', 'no daemon', 'systemd'], no: ['need a daemon', 'needs a daemon', 'require a daemon', 'requires a daemon', 'have a daemon', 'has a daemon', 'use a daemon', 'uses a daemon', 'run a daemon', 'dockerd', 'background daemon'] },
        { label: 'Rootless', value: 'Runs containers as a normal user by default', asks: ['root', 'rootless', 'sudo', 'admin', 'non-root', 'security', 'secure', 'normal user', 'privileges'], yes: ['rootless', 'without root', 'non-root', 'normal user', 'as a normal user', 'without sudo'], no: ['need root', 'needs root', 'require root', 'requires root', 'need sudo', 'needs sudo'] },
        { label: 'Compatibility', value: 'Docker-like CLI; uses standard OCI images from Docker Hub, ECR or any registry', asks: ['docker', 'docker compatible', 'docker images', 'docker commands', 'compatible', 'compatibility', 'oci', 'images', 'image', 'docker hub', 'ecr', 'registry', 'dockerfile', 'same commands'], yes: ['docker images', 'docker image', 'docker compatible', 'compatible with docker', 'docker commands', 'oci', 'oci images', 'docker hub', 'ecr', 'dockerfile', 'dockerfiles', 'same images'] },
        { label: 'Pods', value: 'Groups containers that share a network, like Kubernetes pods', asks: ['pods', 'pod', 'kubernetes yaml', 'group containers', 'compose', 'docker compose', 'multiple containers'], yes: ['pods', 'pod', 'kubernetes yaml', 'group containers'] },
        { label: 'GUI', value: 'Podman Desktop for Windows, macOS and Linux', asks: ['gui', 'desktop', 'desktop app', 'windows', 'mac', 'macos', 'linux', 'install', 'operating systems', 'docker desktop'], yes: ['windows', 'mac', 'macos', 'linux', 'gui', 'desktop app', 'graphical interface'] },
      ],
    },
    pricing: {
      text: 'Podman and Podman Desktop are free and open source. Images it builds can be pushed to ECR and run on ECS, EKS or Fargate, where normal AWS prices apply.',
      facts: [
        { label: 'Cost', value: 'Free and open source; you pay only for the AWS resources that run its images', asks: ['free', 'cost', 'price', 'licence', 'license', 'paid', 'subscription', 'how much'], yes: ['free', 'free of charge'], no: ['paid', 'licence fee', 'license fee', 'subscription', 'cost money'] },
      ],
    },
    useCases: {
      text: 'Developers and servers that want Docker-style containers without a root daemon (common on Red Hat Enterprise Linux and Fedora), and teams trying out pods locally before moving to Kubernetes.',
    },
    examTips: {
      text: 'Podman is not on the CLF-C02 exam. If it comes up in study notes, file it as "a Docker alternative that builds and runs the same images": AWS container services do not care whether an image was built with Docker or Podman.',
      facts: [
        { label: 'On the exam', value: 'Not on CLF-C02; AWS container services run the images it builds like any Docker image', asks: ['exam', 'on the exam', 'in the exam', 'clf-c02', 'cloud practitioner', 'tested', 'in scope', 'exam guide', 'certification', 'need to know'], no: ['on the exam', 'in the exam', 'on the test', 'tested', 'in scope', 'in the exam guide', 'clf-c02', 'cloud practitioner exam', 'exam', 'need to know'] },
      ],
    },
    pickWhen: {
      text: 'Choose Podman over Docker when you want no background daemon and rootless containers by default, or when your Linux distribution ships it.',
    },
    differences: {
      text: 'Versus Docker: same images and nearly the same commands, but no central daemon and rootless by default; Docker has the larger ecosystem (Docker Desktop, Docker Hub, Compose). Versus Kubernetes: Podman\'s pods run on one machine, while Kubernetes schedules pods across a whole cluster.',
      facts: [
        { label: 'Versus Docker', value: 'Same OCI images and nearly the same commands; Podman has no central daemon and is rootless by default, while Docker has the larger ecosystem (Docker Desktop, Docker Hub, Compose)', asks: ['docker', 'vs docker', 'versus docker', 'docker alternative', 'better than docker', 'replace docker', 'instead of docker', 'docker desktop'], yes: ['docker alternative', 'alternative to docker', 'replace docker', 'instead of docker', 'drop-in replacement'] },
        { label: 'Versus Kubernetes', value: 'Podman runs pods on one machine; it does not schedule containers across a cluster the way Kubernetes does', asks: ['kubernetes', 'k8s', 'orchestrator', 'orchestration', 'cluster', 'clusters', 'multiple machines', 'scale', 'scaling'], no: ['orchestrator', 'an orchestrator', 'orchestration', 'cluster', 'clusters', 'multiple machines', 'replace kubernetes', 'instead of kubernetes'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'Daemonless, rootless, Docker-compatible container engine',
    youManage: 'The machine it runs on and your images',
    billing: 'Free and open source',
    limits: 'Runs on one machine; not an orchestrator',
    pickWhen: 'You want Docker-style containers without a root daemon',
  },
  related: ['docker', 'containers', 'docker-images', 'kubernetes', 'docker-hub'],
  examDomain: 'technology-and-services',
  examScope: 'not-listed',
  lifecycle: { status: 'available' },
  corrections: [],
};
