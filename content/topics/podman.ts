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
        { label: 'Made by', value: 'Red Hat and the open-source community (free, open-source licence)' },
        { label: 'Daemon', value: 'None: containers are started directly and can be managed by systemd' },
        { label: 'Rootless', value: 'Runs containers as a normal user by default' },
        { label: 'Compatibility', value: 'Docker-like CLI; uses standard OCI images from Docker Hub, ECR or any registry' },
        { label: 'Pods', value: 'Groups containers that share a network, like Kubernetes pods' },
        { label: 'GUI', value: 'Podman Desktop for Windows, macOS and Linux' },
      ],
    },
    pricing: {
      text: 'Podman and Podman Desktop are free and open source. Images it builds can be pushed to ECR and run on ECS, EKS or Fargate, where normal AWS prices apply.',
    },
    useCases: {
      text: 'Developers and servers that want Docker-style containers without a root daemon (common on Red Hat Enterprise Linux and Fedora), and teams trying out pods locally before moving to Kubernetes.',
    },
    examTips: {
      text: 'Podman is not on the CLF-C02 exam. If it comes up in study notes, file it as "a Docker alternative that builds and runs the same images": AWS container services do not care whether an image was built with Docker or Podman.',
    },
    pickWhen: {
      text: 'Choose Podman over Docker when you want no background daemon and rootless containers by default, or when your Linux distribution ships it.',
    },
    differences: {
      text: 'Versus Docker: same images and nearly the same commands, but no central daemon and rootless by default; Docker has the larger ecosystem (Docker Desktop, Docker Hub, Compose). Versus Kubernetes: Podman\'s pods run on one machine, while Kubernetes schedules pods across a whole cluster.',
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
  examScope: 'concept',
  lifecycle: { status: 'available' },
  corrections: [],
};
