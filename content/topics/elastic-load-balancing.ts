import type { TopicInput } from '../schema.js';

export const elasticLoadBalancing: TopicInput = {
  id: 'elastic-load-balancing',
  name: 'Elastic Load Balancing',
  aliases: [
    'elb', 'alb', 'nlb', 'gwlb', 'clb', 'elastic load balancer', 'load balancer', 'load balancers', 'load balancing',
    'application load balancer', 'network load balancer', 'gateway load balancer', 'classic load balancer',
    'load balencer', 'load ballancer', 'elastic load balancin', 'elastic load blancing',
  ],
  keywords: ['spread traffic', 'distribute traffic', 'health check', 'healthy instances', 'single endpoint', 'target group', 'layer 7', 'layer 4', 'path based routing', 'https termination', 'sticky sessions', 'multi-az', 'high availability'],
  category: 'networking',
  summary: 'Managed load balancers that give clients one endpoint and spread the traffic across healthy EC2 instances, containers, IP addresses or Lambda functions in several Availability Zones.',
  aspects: {
    overview: {
      text: 'A load balancer sits in front of a group of targets and hands each request or connection to one that is healthy: it checks targets regularly and stops sending traffic to any that fail. Clients only ever see the load balancer\'s address, so servers can come and go behind it, which is exactly what an Auto Scaling group does. AWS runs, patches and scales the load balancer itself across the Availability Zones you pick. It can also terminate HTTPS with certificates from AWS Certificate Manager, so your servers need not. Four kinds exist; the Application and Network Load Balancers are the ones to know.',
      facts: [
        { label: 'Application Load Balancer', value: 'Layer 7 (HTTP, HTTPS, gRPC): routes by path, host or header; targets EC2, containers, IPs, Lambda', source: { url: 'https://aws.amazon.com/elasticloadbalancing/features/', checked: '2026-11-30' }, asks: ['application load balancer', 'alb', 'layer 7', 'http', 'grpc', 'path based routing', 'path-based routing', 'host based routing', 'host-based routing', 'header', 'routing rules', 'lambda targets', 'containers', 'websockets'], yes: ['layer 7', 'path based routing', 'path-based routing', 'host based routing', 'host-based routing', 'grpc', 'lambda', 'route to lambda', 'containers', 'websockets', 'http', 'route by path', 'route by host'] },
        { label: 'Network Load Balancer', value: 'Layer 4 (TCP, UDP, TLS): millions of requests per second, very low latency, a static IP per AZ', source: { url: 'https://aws.amazon.com/elasticloadbalancing/features/', checked: '2026-11-30' }, asks: ['network load balancer', 'nlb', 'layer 4', 'tcp', 'udp', 'static ip', 'static ips', 'fixed ip', 'elastic ip', 'low latency', 'millions of requests', 'extreme performance', 'high throughput'], yes: ['static ip', 'static ips', 'static ip address', 'fixed ip', 'elastic ip', 'udp', 'tcp', 'layer 4', 'millions of requests', 'low latency'] },
        { label: 'Gateway Load Balancer', value: 'Layer 3: sends traffic through third-party virtual appliances such as firewalls', source: { url: 'https://aws.amazon.com/elasticloadbalancing/features/', checked: '2026-11-30' }, asks: ['gateway load balancer', 'gwlb', 'layer 3', 'firewall', 'firewalls', 'appliances', 'virtual appliances', 'third-party appliances', 'inspection', 'ids', 'ips'], yes: ['firewall', 'firewalls', 'virtual appliances', 'third-party appliances', 'security appliances', 'layer 3'] },
        { label: 'Classic Load Balancer', value: 'Previous generation; move to ALB or NLB', asks: ['classic load balancer', 'clb', 'classic', 'previous generation', 'old load balancer', 'legacy', 'elb classic'], yes: ['legacy', 'previous generation', 'old generation', 'outdated'] },
        { label: 'Health checks', value: 'Unhealthy targets get no traffic until they pass again', asks: ['health check', 'health checks', 'healthy', 'unhealthy', 'failed instances', 'failover', 'detect failures', 'check health', 'target health'], yes: ['health check', 'health checks', 'check health', 'detect unhealthy', 'unhealthy targets', 'route around failures', 'failover'] },
        { label: 'Availability', value: 'Spans several Availability Zones; AWS scales and maintains it', asks: ['availability', 'availability zones', 'multi-az', 'multiple azs', 'across azs', 'high availability', 'highly available', 'managed', 'scale', 'scaling', 'who manages', 'maintenance'], yes: ['highly available', 'high availability', 'multi-az', 'multiple azs', 'multiple availability zones', 'across azs', 'across availability zones', 'scale automatically', 'scales automatically', 'managed', 'fully managed'] },
        { label: 'HTTPS', value: 'Terminates HTTPS/TLS with certificates from AWS Certificate Manager, so the targets need not handle the encryption', asks: ['https', 'ssl', 'tls', 'ssl termination', 'tls termination', 'https termination', 'certificate', 'certificates', 'acm', 'certificate manager', 'encryption', 'offload'], yes: ['https', 'ssl', 'tls', 'ssl termination', 'tls termination', 'https termination', 'certificates', 'acm', 'ssl offloading', 'ssl certificates', 'encryption in transit'] },
        { label: 'Scope', value: 'Regional: a load balancer spreads traffic across Availability Zones in one Region; to spread traffic across Regions, use DNS routing or AWS Global Accelerator', asks: ['region', 'regions', 'regional', 'global', 'multi-region', 'multiple regions', 'across regions', 'cross-region', 'route 53', 'dns', 'global accelerator'], yes: ['regional', 'a regional service'], no: ['global', 'a global service', 'multiple regions', 'across regions', 'cross-region', 'cross region', 'multi-region', 'multi region', 'other regions', 'another region'] },
      ],
    },
    pricing: {
      text: 'You pay for each hour a load balancer exists plus capacity units that measure how much work it did (new and active connections, bytes processed, rule evaluations), whichever is highest. Data transfer is charged as usual. Figures are us-east-1.',
      facts: [
        { label: 'Application Load Balancer', value: 'About $0.0225 per hour + $0.008 per LCU-hour', source: { url: 'https://aws.amazon.com/elasticloadbalancing/pricing/', checked: '2026-11-30' }, asks: ['alb price', 'alb cost', 'application load balancer price', 'application load balancer cost', 'lcu', 'lcus', 'load balancer capacity unit', 'per hour', 'hourly'] },
        { label: 'Network Load Balancer', value: 'About $0.0225 per hour + $0.006 per NLCU-hour', source: { url: 'https://aws.amazon.com/elasticloadbalancing/pricing/', checked: '2026-11-30' }, asks: ['nlb price', 'nlb cost', 'network load balancer price', 'network load balancer cost', 'nlcu', 'nlcus'] },
        { label: 'Free tier (older accounts)', value: '750 hours a month shared by Classic and Application Load Balancers for 12 months', source: { url: 'https://aws.amazon.com/elasticloadbalancing/pricing/', checked: '2026-11-30' }, asks: ['free tier', 'free', '750 hours', 'is it free', 'free hours', 'no cost'] },
      ],
    },
    limits: {
      text: 'A load balancer spreads traffic but does not create servers: if all targets are busy, it cannot help, which is why it is paired with an Auto Scaling group. Each kind works at its own network layer, so pick the one that matches the traffic.',
      facts: [
        { label: 'Does not add servers', value: 'It only spreads traffic; pair it with an Auto Scaling group to add or remove instances as load changes', asks: ['auto scaling', 'autoscaling', 'add servers', 'add instances', 'scale instances', 'scale servers', 'launch instances', 'create instances', 'auto scaling group', 'asg', 'scale ec2'], no: ['add instances', 'add servers', 'create servers', 'create instances', 'launch instances', 'launch servers', 'scale instances', 'scale servers', 'scale ec2', 'scale the instances', 'replace auto scaling', 'instead of auto scaling'] },
      ],
    },
    useCases: {
      text: 'The front door of the classic three-tier web app: an internet-facing ALB in front of an Auto Scaling group of EC2 instances across two or three AZs. Also: routing /api and /images to different services (microservices on ECS behind one ALB), very high-throughput TCP or UDP traffic and fixed IP addresses (NLB), and inspecting traffic with a fleet of firewall appliances (GWLB). Elastic Beanstalk creates a load balancer for its production environments.',
    },
    examTips: {
      text: 'Keywords: distribute traffic, one endpoint for many instances, health checks, high availability across AZs -> Elastic Load Balancing. HTTP/HTTPS with path or host routing -> ALB; extreme performance, TCP/UDP or static IP -> NLB; third-party security appliances -> GWLB. Load balancer plus Auto Scaling group is the standard highly available, elastic design.',
    },
    pickWhen: {
      text: 'Use a load balancer whenever more than one server or container serves the same traffic: it hides failures from users, lets instances be added or replaced freely and keeps one stable address.',
    },
    differences: {
      text: 'Versus Auto Scaling: the load balancer spreads requests, the Auto Scaling group changes how many instances there are; they work as a pair. Versus API Gateway: API Gateway publishes and protects APIs (keys, usage plans, throttling) and is usually used with Lambda; an ALB balances HTTP traffic across servers and containers. Versus Route 53: DNS can point to several addresses, but a load balancer checks health and balances every request.',
    },
  },
  atAGlance: {
    whatItIs: 'Managed load balancers (ALB, NLB, GWLB) in front of many targets',
    youManage: 'Listeners, routing rules, target groups and health checks',
    billing: 'Per hour plus capacity units (ALB about $0.0225/h + $0.008 per LCU-hour)',
    limits: 'Does not add servers itself; pair it with Auto Scaling',
    pickWhen: 'Spread traffic across healthy instances in several AZs',
  },
  related: ['auto-scaling', 'ec2', 'three-tier-architecture', 'ecs', 'elastic-beanstalk', 'api-gateway', 'microservices'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [],
};
