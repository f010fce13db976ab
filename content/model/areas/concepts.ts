import type { ModelAreaInput } from '../schema.js';

/**
 * Cloud concepts: the benefits of the AWS Cloud (elasticity, scalability, high availability, fault
 * tolerance, agility, economies of scale, pay-as-you-go), serverless computing, microservices versus a
 * monolith, containers versus virtual machines, and infrastructure as code.
 *
 * Pairs that candidates mix up are kept apart unless a stated requirement separates them:
 * - elasticity vs scalability: only "capacity is also removed automatically when demand falls" separates
 *   them, so scalability is a distractor of elasticity frames, never the other way round;
 * - high availability vs fault tolerance: never offered against each other (both survive an AZ failure);
 *   they are keys together in one Select TWO frame.
 */
export const conceptsArea: ModelAreaInput = {
  choices: [
    // Microservices: statements, true and false.
    { id: 'con-st-ms-release', label: 'Each service can be updated and deployed without redeploying the whole application', group: 'statement', topic: 'microservices' },
    { id: 'con-st-ms-scale', label: 'Each service can be scaled on its own to match its load', group: 'statement', topic: 'microservices' },
    { id: 'con-st-ms-isolate', label: 'A failure in one service is less likely to bring down the whole application', group: 'statement', topic: 'microservices' },
    { id: 'con-st-ms-one-codebase', label: 'All features share one codebase and are deployed together', group: 'statement', topic: 'microservices' },
    { id: 'con-st-ms-fewer-parts', label: 'The application has fewer moving parts to deploy and monitor', group: 'statement', topic: 'microservices' },
    { id: 'con-st-ms-same-language', label: 'Every service must be written in the same programming language', group: 'statement', topic: 'microservices' },
    { id: 'con-st-ms-shared-db', label: 'All services must read and write one shared database', group: 'statement', topic: 'microservices' },

    // Containers and virtual machines: statements.
    { id: 'con-st-cv-kernel', label: 'Containers share the kernel of the host operating system', group: 'statement', topic: 'docker-vs-vm' },
    { id: 'con-st-cv-start', label: 'Containers usually start faster than virtual machines', group: 'statement', topic: 'docker-vs-vm' },
    { id: 'con-st-cv-guest-os', label: 'Each container boots its own full guest operating system', group: 'statement', topic: 'docker-vs-vm' },
    { id: 'con-st-cv-bigger', label: 'Container images are usually larger than virtual machine images', group: 'statement', topic: 'docker-vs-vm' },
    { id: 'con-st-cv-image-kernel', label: 'A container image includes its own operating system kernel', group: 'statement', topic: 'docker-vs-vm' },
    { id: 'con-st-vm-guest-os', label: 'Each virtual machine runs its own guest operating system on a hypervisor', group: 'statement', topic: 'docker-vs-vm' },
    { id: 'con-st-vm-mixed-os', label: 'Virtual machines on one physical host can run different operating systems, such as Windows and Linux', group: 'statement', topic: 'docker-vs-vm' },
    { id: 'con-st-vm-share-kernel', label: 'Virtual machines on one host all share the host\'s kernel', group: 'statement', topic: 'docker-vs-vm' },
    { id: 'con-st-vm-faster', label: 'Virtual machines usually start faster than containers', group: 'statement', topic: 'docker-vs-vm' },
    { id: 'con-st-vm-ec2-container', label: 'An Amazon EC2 instance is a container, not a virtual machine', group: 'statement', topic: 'docker-vs-vm' },
    { id: 'con-st-vm-no-hypervisor', label: 'Virtual machines run directly on the hardware without any hypervisor', group: 'statement', topic: 'docker-vs-vm' },

    // Serverless: statements.
    { id: 'con-st-sl-aws-manages', label: 'AWS provisions, patches and scales the servers that run the code', group: 'statement', topic: 'serverless' },
    { id: 'con-st-sl-focus', label: 'Developers can spend their time on application code rather than on servers', group: 'statement', topic: 'serverless' },
    { id: 'con-st-sl-no-servers', label: 'No servers are involved at all', group: 'statement', topic: 'serverless' },
    { id: 'con-st-sl-patch', label: 'The customer patches the operating system of each server', group: 'statement', topic: 'serverless' },
    { id: 'con-st-sl-upfront', label: 'The customer pays in advance for a fixed number of servers', group: 'statement', topic: 'serverless' },
    { id: 'con-st-sl-instance-type', label: 'The customer must choose an EC2 instance type for every function', group: 'statement', topic: 'serverless' },

    // Elasticity: statements.
    { id: 'con-st-el-add', label: 'Capacity is added automatically when demand rises', group: 'statement', topic: 'cloud-benefits' },
    { id: 'con-st-el-remove', label: 'Capacity is removed automatically when demand falls', group: 'statement', topic: 'cloud-benefits' },
    { id: 'con-st-el-peak', label: 'Capacity is bought upfront for the highest expected peak', group: 'statement', topic: 'cloud-benefits' },
    { id: 'con-st-el-az', label: 'The application keeps running when an Availability Zone fails', group: 'statement', topic: 'cloud-benefits' },
    { id: 'con-st-el-prices', label: 'Prices fall as the total usage of all AWS customers grows', group: 'statement', topic: 'cloud-benefits' },
    { id: 'con-st-el-templates', label: 'Resources are described in template files', group: 'statement', topic: 'cloud-benefits' },

    // Infrastructure as code: statements.
    { id: 'con-st-iac-repeat', label: 'The same environment can be created again and again from one template', group: 'statement', topic: 'cloudformation' },
    { id: 'con-st-iac-review', label: 'Infrastructure changes can be versioned and reviewed like application code', group: 'statement', topic: 'cloudformation' },
    { id: 'con-st-iac-free', label: 'Resources created from a template are free of charge', group: 'statement', topic: 'cloudformation' },
    { id: 'con-st-iac-no-servers', label: 'Application code runs without any servers to manage', group: 'statement', topic: 'cloudformation' },
    { id: 'con-st-iac-az', label: 'Every application deployed from a template automatically survives an Availability Zone failure', group: 'statement', topic: 'cloudformation' },
    { id: 'con-st-iac-console', label: 'Every change must be made by hand in the AWS Management Console', group: 'statement', topic: 'cloudformation' },
  ],

  requirements: [
    // ---- Benefits of the cloud ----
    {
      id: 'con-adds-and-removes',
      need: 'capacity must be added when demand rises and also removed automatically when it falls',
      met: 'adds capacity automatically when demand rises and removes it automatically when demand falls',
      cues: ['remov', 'releas', 'terminat', 'shrink', 'scal\\w* (back )?in\\b', 'scal\\w* (back )?down', 'runs none', '(drops?|falls?) to (zero|none|nothing)'],
      meets: { elasticity: true },
      fails: {
        scalability: 'scalability is the ability to grow to handle more load',
        'high-availability': 'high availability keeps an application running when a component or an Availability Zone fails',
        'fault-tolerance': 'fault tolerance keeps a system working without interruption when a component fails',
        agility: 'agility is how quickly teams can get new resources and try new ideas',
        'economies-of-scale': 'economies of scale is AWS passing on lower prices made possible by the combined usage of its customers',
        'infrastructure-as-code': 'infrastructure as code describes resources in template files so they are created the same way every time',
      },
    },
    {
      id: 'con-handles-growth',
      need: 'the system must be able to grow to handle much more load',
      met: 'lets the system grow to handle more load by adding resources',
      cues: ['grow', 'times as many', '(much|far) more', 'more (load|users|players|students|customers|requests|data)'],
      meets: { scalability: true, elasticity: 'adds capacity as load grows' },
      fails: {
        'high-availability': 'high availability keeps an application running when a component or an Availability Zone fails',
        'fault-tolerance': 'fault tolerance keeps a system working without interruption when a component fails',
        agility: 'agility is how quickly teams can get new resources and try new ideas',
        'economies-of-scale': 'economies of scale is AWS passing on lower prices made possible by the combined usage of its customers',
        'pay-as-you-go': 'pay-as-you-go pricing is a way of paying only for what you use',
        'infrastructure-as-code': 'infrastructure as code describes resources in template files so they are created the same way every time',
      },
    },
    {
      id: 'con-survives-az-failure',
      need: 'the application must stay available if one Availability Zone goes down',
      met: 'keeps the application available by running it in more than one Availability Zone',
      cues: ['zone (fails|goes down|loses power)', 'loss of one zone', 'data cent(er|re) fails', 'outage in one availability zone'],
      meets: {
        'high-availability': 'keeps the application available, with little downtime, by running it in more than one Availability Zone',
        'fault-tolerance': 'keeps the application working when a component or a whole Availability Zone fails, because redundant copies run elsewhere',
      },
      fails: {
        elasticity: 'elasticity adds and removes capacity automatically as demand rises and falls',
        scalability: 'scalability is the ability to grow to handle more load',
        agility: 'agility is how quickly teams can get new resources and try new ideas',
        'economies-of-scale': 'economies of scale is AWS passing on lower prices made possible by the combined usage of its customers',
        'pay-as-you-go': 'pay-as-you-go pricing is a way of paying only for what you use',
      },
    },
    {
      id: 'con-no-interruption',
      need: 'users must notice no interruption at all when a component fails',
      met: 'keeps the system working without interruption when a component fails, because every part has a redundant copy',
      cues: ['no interruption', 'without (any )?(interruption|downtime)', 'notice nothing', 'goes unnoticed', 'zero downtime'],
      meets: { 'fault-tolerance': true },
      fails: {
        elasticity: 'elasticity adds and removes capacity automatically as demand rises and falls',
        scalability: 'scalability is the ability to grow to handle more load',
        agility: 'agility is how quickly teams can get new resources and try new ideas',
        'economies-of-scale': 'economies of scale is AWS passing on lower prices made possible by the combined usage of its customers',
        'pay-as-you-go': 'pay-as-you-go pricing is a way of paying only for what you use',
      },
    },
    {
      id: 'con-resources-in-minutes',
      need: 'new resources must be ready within minutes so that ideas can be tried quickly',
      met: 'gives teams new resources in minutes, so they can experiment and deliver faster',
      cues: ['minutes', 'experiment', 'try (out )?(its |their )?(new )?ideas?', 'prototype'],
      meets: { agility: true },
      fails: {
        'economies-of-scale': 'economies of scale is AWS passing on lower prices made possible by the combined usage of its customers',
        'high-availability': 'high availability keeps an application running when a component or an Availability Zone fails',
        'fault-tolerance': 'fault tolerance keeps a system working without interruption when a component fails',
        scalability: 'scalability is a system\'s ability to grow to handle more load',
        elasticity: 'elasticity adds and removes running capacity automatically as demand rises and falls',
        'pay-as-you-go': 'pay-as-you-go pricing is a way of paying only for what you use',
      },
    },
    {
      id: 'con-aggregate-usage',
      need: 'the lower prices come from the combined usage of a very large number of customers',
      met: 'lets AWS charge lower prices because it buys and runs infrastructure for hundreds of thousands of customers',
      cues: ['hundreds of thousands', 'combined usage', 'aggregat', 'enormous (volume|quantit|scale)', 'all (of )?its customers'],
      meets: { 'economies-of-scale': true },
      fails: {
        'pay-as-you-go': 'pay-as-you-go pricing is a way of paying only for what you use, not the reason AWS\'s prices are low',
        elasticity: 'elasticity adds and removes capacity automatically as demand rises and falls',
        agility: 'agility is how quickly teams can get new resources and try new ideas',
        scalability: 'scalability is a system\'s ability to grow to handle more load',
        'high-availability': 'high availability keeps an application running when a component or an Availability Zone fails',
      },
    },
    {
      id: 'con-variable-not-upfront',
      need: 'costs must follow actual use, with nothing bought upfront',
      met: 'replaces upfront purchases with a variable expense for what is actually used',
      cues: ['upfront', 'up-front', 'capital', 'only for (what|the)', 'variable expense', 'stopped buying', 'buying (servers|hardware)'],
      meets: { 'pay-as-you-go': true },
      fails: {
        'economies-of-scale': 'economies of scale is the reason AWS\'s prices are low, not a way of paying for what you use',
        elasticity: 'elasticity adds and removes capacity automatically as demand rises and falls',
        agility: 'agility is how quickly teams can get new resources and try new ideas',
        'high-availability': 'high availability keeps an application running when a component or an Availability Zone fails',
        'fault-tolerance': 'fault tolerance keeps a system working without interruption when a component fails',
        scalability: 'scalability is a system\'s ability to grow to handle more load',
      },
    },
    {
      id: 'con-cost-benefit',
      need: 'the question asks what lowers IT costs',
      met: 'lowers IT costs',
      cues: ['cost', 'cheaper'],
      meets: {
        'pay-as-you-go': 'lowers costs by replacing upfront hardware purchases with paying only for what is used',
        'economies-of-scale': 'lowers costs because AWS passes on the savings from its enormous combined usage',
      },
      fails: {
        'high-availability': 'high availability keeps an application running when a component or an Availability Zone fails, which is about uptime rather than cost',
        agility: 'agility is about how quickly new resources can be had and ideas tried, which is about speed rather than a lower price',
        'fault-tolerance': 'fault tolerance keeps a system working through failures, usually by paying for redundant copies',
        scalability: 'scalability is the ability to grow to handle more load, not a lower price for each resource',
        'infrastructure-as-code': 'infrastructure as code makes deployments repeatable from template files, not cheaper',
      },
    },

    // ---- Serverless ----
    {
      id: 'con-no-server-management',
      need: 'nobody should have to provision, patch or scale servers',
      met: 'leaves provisioning, patching and scaling of the servers to AWS',
      cues: ['no longer patch', 'without (provisioning|managing|patching)', 'not (have to )?(manage|patch|provision)', 'no servers to'],
      meets: { 'serverless-computing': true },
      fails: {
        'virtual-machines': 'with virtual machines the customer still chooses their size, patches the guest operating system and scales the fleet',
        'infrastructure-as-code': 'infrastructure as code only describes resources in templates, and the servers it creates can still be ones the customer patches and scales',
        'microservices-architecture': 'a microservices architecture is a way to split an application into small services, which can still run on servers the customer manages',
        'monolithic-architecture': 'a monolithic architecture is a way to build an application as one unit, which can still run on servers the customer manages',
      },
    },

    // ---- Microservices and monoliths ----
    {
      id: 'con-independent-release',
      need: 'each part of the application must be released or scaled on its own, without touching the others',
      met: 'splits the application into small, loosely coupled services that are released and scaled independently',
      cues: ['independent', 'without redeploying', 'separately', 'on its own'],
      meets: { 'microservices-architecture': true },
      fails: {
        'monolithic-architecture': 'in a monolithic architecture every change means rebuilding and redeploying the whole application, which also scales as one unit',
        'virtual-machines': 'virtual machines are a way to run servers, not a way to divide an application',
        'infrastructure-as-code': 'infrastructure as code describes the resources an application runs on, not how the application is divided',
        'serverless-computing': 'serverless computing means AWS runs the servers, and a whole application can still be built and released as one unit on it',
      },
    },
    {
      id: 'con-failure-isolated',
      need: 'a failure in one part must not take down the others',
      met: 'keeps a failure inside the one service where it happens',
      cues: ['failure in', 'crash in', 'take down', 'leave \\w+ working'],
      meets: { 'microservices-architecture': true },
      fails: {
        'monolithic-architecture': 'in a monolithic architecture all features run as one tightly coupled program, so one failing part can stop the whole application',
      },
    },
    {
      id: 'con-one-failure-stops-all',
      need: 'a failure in one feature stopped the whole application',
      met: 'runs every feature as one tightly coupled program, so one failing part can stop the whole application',
      cues: ['took .{0,20}down', 'brought .{0,20}down', 'crash', 'entire application stopped'],
      meets: {
        'monolithic-architecture': true,
        'serverless-computing': 'can also host an application whose parts are so tightly coupled that one failure stops the rest',
      },
      fails: {
        'microservices-architecture': 'a microservices architecture runs each feature as a separate service, so a failure stays inside the service where it happens',
        'fault-tolerance': 'fault tolerance describes a system that keeps working when a part fails',
        'high-availability': 'high availability describes a system that stays up, with little downtime, when a component fails',
      },
    },
    {
      id: 'con-team-patches-servers',
      need: 'the application runs on servers the team looks after itself',
      met: 'fits an application hosted on servers the team looks after itself',
      cues: ['patch', 'maintains'],
      meets: { 'monolithic-architecture': true },
      fails: {
        'serverless-computing': 'with serverless computing AWS patches and scales the servers, so the team would have none of its own to look after',
      },
    },
    {
      id: 'con-one-codebase',
      need: 'all features are built and deployed together as one unit',
      met: 'builds and deploys all features together as one unit',
      cues: ['one codebase', 'single codebase', 'single unit', 'one program', 'single (large )?application', 'entire application', 'redeploying everything'],
      meets: {
        'monolithic-architecture': true,
        'serverless-computing': 'can also run code that is built and released as one unit',
      },
      fails: {
        'microservices-architecture': 'a microservices architecture builds and deploys each feature as its own small service',
        'infrastructure-as-code': 'infrastructure as code describes servers and other resources in templates, not how an application\'s features are built and released',
      },
    },

    // ---- Containers and virtual machines ----
    {
      id: 'con-shares-kernel',
      need: 'each workload must share the host\'s kernel instead of booting its own operating system',
      met: 'shares the host operating system\'s kernel and packages only the application and its libraries',
      cues: ["host(['’]s| operating system['’]s) kernel", 'not boot its own operating system'],
      meets: { 'containers-concept': true },
      fails: {
        'virtual-machines': 'each virtual machine boots its own full guest operating system, kernel included, on a hypervisor',
        'microservices-architecture': 'a microservices architecture is a way to split an application into services, not a way to package them on a host',
        'monolithic-architecture': 'a monolithic architecture is a way to build an application as one unit, not a way to package it on a host',
        'infrastructure-as-code': 'infrastructure as code describes resources in templates, not a way to package workloads on a host',
      },
    },
    {
      id: 'con-starts-fast',
      need: 'each copy must start within seconds',
      met: 'starts within seconds, because there is no operating system to boot',
      cues: ['in seconds', 'within seconds', 'in about a second', 'start\\w* (quickly|fast)'],
      meets: { 'containers-concept': true },
      fails: {
        'virtual-machines': 'a virtual machine must boot a full guest operating system first, which takes far longer than starting a container',
      },
    },
    {
      id: 'con-lightweight',
      need: 'each package must be only megabytes in size so that many fit on one server',
      met: 'carries no guest operating system, so images are small and many fit on one server',
      cues: ['megabytes'],
      meets: { 'containers-concept': true },
      fails: {
        'virtual-machines': 'each virtual machine carries a full guest operating system, so its image is usually gigabytes and fewer fit on one server',
      },
    },
    {
      id: 'con-own-kernel',
      need: 'each workload must run a full operating system of its own choosing, kernel included',
      met: 'runs its own full guest operating system, kernel included, on a hypervisor',
      cues: ['own (complete |full )?(guest )?(operating system|kernel)', 'operating system (of its own|it chooses)'],
      meets: { 'virtual-machines': true },
      fails: {
        'containers-concept': 'containers share the host\'s kernel, so a container cannot bring a kernel of its own',
        'serverless-computing': 'serverless computing hides the operating system, so the customer cannot pick or install one of its own',
        'microservices-architecture': 'a microservices architecture is a way to divide an application into services, not a way to run an operating system',
        'infrastructure-as-code': 'infrastructure as code describes resources in templates, not a way to run an operating system',
      },
    },
    {
      id: 'con-full-os-control',
      need: 'the team needs full control of the operating system, down to the kernel',
      met: 'gives full control of the guest operating system, including its kernel and settings',
      cues: ['kernel module', 'root access', 'kernel version', 'low-level operating system settings'],
      meets: { 'virtual-machines': true },
      fails: {
        'containers-concept': 'containers share the host\'s kernel, so they cannot load kernel modules or pick a kernel version of their own',
        'serverless-computing': 'serverless computing gives no access to the operating system at all',
      },
    },

    // ---- Infrastructure as code ----
    {
      id: 'con-templates',
      need: 'the infrastructure must be defined in files and built from them the same way every time',
      met: 'describes resources in template files that are versioned, reviewed and deployed the same way every time',
      cues: ['template', 'definition files', 'files that describe', 'files under version control'],
      meets: { 'infrastructure-as-code': true },
      fails: {
        elasticity: 'elasticity adds and removes capacity automatically as demand rises and falls',
        'serverless-computing': 'serverless computing means AWS runs the servers for you',
        'microservices-architecture': 'a microservices architecture is a way to split an application into small services',
        'virtual-machines': 'virtual machines are servers, each with its own guest operating system',
        'high-availability': 'high availability keeps an application running when a component or an Availability Zone fails',
        'pay-as-you-go': 'pay-as-you-go pricing is a way of paying only for what you use',
      },
    },

    // ---- Statements ----
    {
      id: 'con-about-microservices',
      met: 'is true of a microservices architecture',
      cues: ['microservices'],
      meets: {
        'con-st-ms-release': 'is a real benefit, because each service has its own codebase and deployment',
        'con-st-ms-scale': 'is a real benefit, because a busy service can get more capacity while quiet ones stay small',
        'con-st-ms-isolate': 'is correct, because loosely coupled services tend to keep a failure inside the service where it happens',
      },
      fails: {
        'con-st-ms-one-codebase': 'one codebase deployed as a whole describes a monolithic architecture; in microservices each service has its own',
        'con-st-ms-fewer-parts': 'microservices add moving parts: more services, deployments and network calls to monitor',
        'con-st-ms-same-language': 'each service can be written in its own language, because services talk only through APIs or events',
        'con-st-ms-shared-db': 'each service usually owns its own data store; one database shared by all would couple the services again',
      },
    },
    {
      id: 'con-about-containers-vms',
      met: 'is true of containers and virtual machines',
      cues: ['containers', 'virtual machines'],
      meets: {
        'con-st-cv-kernel': 'is correct, because containers use the host\'s kernel and carry only the application and its libraries',
        'con-st-cv-start': 'is correct, because a container has no operating system to boot and starts in seconds or less',
        'con-st-vm-guest-os': 'is correct, because the hypervisor divides the host and each virtual machine boots its own guest operating system',
        'con-st-vm-mixed-os': 'is correct, because each virtual machine has its own kernel, so Windows and Linux can run side by side',
      },
      fails: {
        'con-st-cv-guest-os': 'a container carries only the application and its libraries; it is each virtual machine that boots a full guest operating system',
        'con-st-cv-bigger': 'container images are usually megabytes, while virtual machine images with a full operating system are usually gigabytes',
        'con-st-cv-image-kernel': 'a container image holds no kernel; containers use the kernel of the host they run on',
        'con-st-vm-share-kernel': 'each virtual machine runs its own kernel in its guest operating system; sharing the host\'s kernel is what containers do',
        'con-st-vm-faster': 'a virtual machine must boot a whole operating system, so it usually starts more slowly than a container',
        'con-st-vm-ec2-container': 'EC2 instances are virtual machines, each with its own guest operating system, on a hypervisor such as AWS Nitro',
        'con-st-vm-no-hypervisor': 'a hypervisor is what divides the physical host into virtual machines',
      },
    },
    {
      id: 'con-about-serverless',
      met: 'is true of serverless computing',
      cues: ['serverless'],
      meets: {
        'con-st-sl-aws-manages': 'is correct, because the servers still exist but AWS provisions, patches and scales them',
        'con-st-sl-focus': 'is correct, because with no servers to look after the team can work on the application itself',
      },
      fails: {
        'con-st-sl-no-servers': 'servers still run the code; AWS manages them out of the customer\'s sight',
        'con-st-sl-patch': 'in serverless computing AWS patches the operating system; the customer never sees it',
        'con-st-sl-upfront': 'serverless services charge for use, such as requests and compute time, with no servers bought in advance',
        'con-st-sl-instance-type': 'serverless services hide the servers: a Lambda function takes a memory setting, never an instance type',
      },
    },
    {
      id: 'con-about-elasticity',
      met: 'describes elasticity',
      cues: ['elastic'],
      meets: {
        'con-st-el-add': 'describes elasticity, because capacity follows demand up with no one stepping in',
        'con-st-el-remove': 'describes elasticity, because capacity follows demand back down so idle resources are not kept',
      },
      fails: {
        'con-st-el-peak': 'buying capacity upfront for the peak is the on-premises habit that elasticity replaces',
        'con-st-el-az': 'keeping running through an Availability Zone failure describes high availability, not elasticity',
        'con-st-el-prices': 'lower prices from the combined usage of AWS customers describe economies of scale, not elasticity',
        'con-st-el-templates': 'describing resources in template files is infrastructure as code, not elasticity',
      },
    },
    {
      id: 'con-about-iac',
      met: 'is a benefit of infrastructure as code',
      cues: ['infrastructure as code'],
      meets: {
        'con-st-iac-repeat': 'is a real benefit, because one template builds the same environment every time, in any account or Region',
        'con-st-iac-review': 'is a real benefit, because templates are files that can be kept in version control and reviewed before they are applied',
      },
      fails: {
        'con-st-iac-free': 'AWS CloudFormation adds no charge of its own for AWS resources, but the resources a template creates are billed as usual',
        'con-st-iac-no-servers': 'running code without servers to manage describes serverless computing; a template can just as well create servers the customer manages',
        'con-st-iac-az': 'a template creates exactly what it describes; surviving an Availability Zone failure depends on describing resources in several zones',
        'con-st-iac-console': 'infrastructure as code replaces manual console changes with changes to template files',
      },
    },
  ],

  frames: [
    // ---------------- Elasticity ----------------
    {
      id: 'con-elasticity-traffic',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-adds-and-removes'],
      key: 'elasticity',
      distractors: ['scalability', 'high-availability', 'agility', 'economies-of-scale', 'fault-tolerance', 'infrastructure-as-code'],
      ask: 'Which concept of cloud computing does this describe?',
      stems: [
        'An online store\'s traffic triples every evening and falls to almost nothing after midnight. EC2 instances are added automatically as traffic grows and removed automatically as it drops.',
        'A news website runs 4 EC2 instances on quiet days and up to 40 during breaking news. When readers leave, the group scales back in to 4 instances on its own, without anyone stepping in.',
        'For a two-day sale a retailer needs ten times its usual compute capacity. When the sale ends, the extra capacity must be released automatically rather than left running.',
      ],
    },
    {
      id: 'con-elasticity-bursts',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-adds-and-removes'],
      key: 'elasticity',
      distractors: ['scalability', 'agility', 'high-availability', 'economies-of-scale', 'infrastructure-as-code'],
      ask: 'Which cloud concept does this behaviour show?',
      stems: [
        'During a music festival, a photo-sharing app\'s AWS Lambda function runs thousands of copies at the same time; overnight it runs none, and nobody changes a setting in between.',
        'A video platform\'s encoding fleet grows from 5 to 200 instances when creators upload after a big event, then shrinks back to 5 on its own once the upload queue is empty.',
      ],
    },

    // ---------------- Scalability ----------------
    {
      id: 'con-scalability-growth',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-handles-growth'],
      key: 'scalability',
      distractors: ['high-availability', 'agility', 'economies-of-scale', 'fault-tolerance', 'pay-as-you-go', 'infrastructure-as-code'],
      ask: 'Which cloud concept does this requirement describe?',
      stems: [
        'A social media startup expects to grow from 10,000 to 10 million users over the next three years. Its architecture must be able to handle that growth by adding resources, without a redesign.',
        'After launch, a game company wants its backend to handle ten times as many players by adding servers and database capacity as its player base increases.',
        'An online school served 2,000 students last year and expects 200,000 next year. The team wants a design that can take on that much more load simply by adding resources.',
      ],
    },
    {
      id: 'con-scalability-services',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-handles-growth'],
      key: 'scalability',
      distractors: ['agility', 'high-availability', 'pay-as-you-go', 'economies-of-scale', 'fault-tolerance'],
      ask: 'Which cloud benefit does this describe?',
      stems: [
        'An e-commerce company chose Amazon S3 and Amazon DynamoDB because both can store far more data and serve far more requests as the business grows, with no redesign.',
        'A software company picked AWS because it can go from a handful of servers to thousands as its customer base grows, instead of running out of room in its own data centre.',
      ],
    },

    // ---------------- High availability ----------------
    {
      id: 'con-high-availability-multi-az',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-survives-az-failure'],
      key: 'high-availability',
      distractors: ['elasticity', 'scalability', 'agility', 'economies-of-scale', 'pay-as-you-go'],
      ask: 'Which cloud concept does this design provide?',
      stems: [
        'A ticketing company runs its web servers in two Availability Zones behind a load balancer, so that customers can still buy tickets if one zone goes down.',
        'After an outage in one Availability Zone stopped its website for six hours, a retailer now runs copies of the site in three zones so that users can still reach it when one zone fails.',
        'A hospital\'s appointment system must stay reachable, with only minimal downtime, even if a whole AWS data centre fails. The architects spread it across several Availability Zones.',
      ],
    },
    {
      id: 'con-high-availability-standby',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-survives-az-failure'],
      key: 'high-availability',
      distractors: ['scalability', 'elasticity', 'pay-as-you-go', 'agility', 'economies-of-scale'],
      ask: 'Which cloud concept is the company aiming for?',
      stems: [
        'A company keeps a standby copy of its database in a second Availability Zone. If the primary\'s zone fails, the standby takes over automatically and the application is back within a minute or two.',
        'A startup\'s API runs on EC2 instances spread over three Availability Zones behind a load balancer. If one zone loses power, the instances in the other two keep answering requests.',
      ],
    },

    // ---------------- Fault tolerance ----------------
    {
      id: 'con-fault-tolerance-redundancy',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-no-interruption'],
      key: 'fault-tolerance',
      distractors: ['elasticity', 'scalability', 'agility', 'economies-of-scale', 'pay-as-you-go'],
      ask: 'Which cloud design concept does this describe?',
      stems: [
        'An air traffic data service must keep operating with no interruption at all if a server, disk or power supply fails, so every component runs alongside an active redundant copy.',
        'A stock exchange requires its order-matching service to keep working without any downtime when a component fails. Each part runs in duplicate, and both copies process every request.',
        'A payment processor builds its platform so that customers notice nothing when a single instance, disk or network link fails: processing carries on at once on the redundant components.',
      ],
    },

    // ---------------- Agility ----------------
    {
      id: 'con-agility-experiments',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-resources-in-minutes'],
      key: 'agility',
      distractors: ['economies-of-scale', 'high-availability', 'scalability', 'fault-tolerance', 'elasticity', 'pay-as-you-go'],
      ask: 'Which benefit of the AWS Cloud does this describe?',
      stems: [
        'A product team can now launch a complete test environment in a few minutes instead of waiting six weeks for hardware, so it tries several new features each week and drops the ones that do not work.',
        'Developers at a bank used to file a ticket and wait a month for a new server. On AWS they start the resources they need in minutes and can experiment with new ideas the same day.',
        'A games studio wants to prototype a feature on Monday, test it with players on Tuesday and throw it away on Wednesday if players dislike it, with the resources ready within minutes each time.',
      ],
    },
    {
      id: 'con-agility-speed',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-resources-in-minutes'],
      key: 'agility',
      distractors: ['scalability', 'elasticity', 'economies-of-scale', 'high-availability', 'pay-as-you-go'],
      ask: 'Which cloud benefit does this show?',
      stems: [
        'During a 24-hour hackathon, each team at a retailer gets the databases, servers and machine learning tools it needs in minutes, so it can try out its idea before the day ends.',
        'A research lab\'s scientists want to test a new data pipeline today rather than next quarter. With AWS they have the compute and storage they need within minutes and can experiment freely.',
      ],
    },

    // ---------------- Economies of scale ----------------
    {
      id: 'con-economies-of-scale-prices',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-aggregate-usage'],
      key: 'economies-of-scale',
      distractors: ['pay-as-you-go', 'elasticity', 'agility', 'scalability', 'high-availability'],
      ask: 'Which benefit of cloud computing does this describe?',
      stems: [
        'AWS buys servers, storage and networking equipment in enormous volumes for hundreds of thousands of customers, and passes the savings on as lower prices.',
        'A finance manager reads that AWS has cut its prices many times, because the combined usage of all its customers lets it run infrastructure more cheaply than any single company could.',
        'Because the usage of a very large number of customers is aggregated in the cloud, AWS can offer a small business lower prices than it could get by running its own servers.',
      ],
    },

    // ---------------- Pay-as-you-go ----------------
    {
      id: 'con-pay-as-you-go-capex',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-variable-not-upfront'],
      key: 'pay-as-you-go',
      distractors: ['economies-of-scale', 'elasticity', 'agility', 'high-availability', 'scalability', 'fault-tolerance'],
      ask: 'Which benefit of the AWS Cloud meets this goal?',
      stems: [
        'A startup does not want to spend $400,000 upfront on servers for a new data centre. It would rather receive a monthly bill for only the compute and storage it actually uses.',
        'A company\'s finance team wants to turn large capital purchases of hardware into a variable expense that follows what the business actually uses each month.',
        'A research lab needs 200 servers for a six-week project. It wants to avoid buying hardware and pay only for the hours the servers actually run.',
      ],
    },
    {
      id: 'con-pay-as-you-go-billing',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-variable-not-upfront'],
      key: 'pay-as-you-go',
      distractors: ['economies-of-scale', 'scalability', 'agility', 'elasticity'],
      ask: 'Which pricing concept does this describe?',
      stems: [
        'A developer\'s AWS Lambda function costs nothing upfront. Each month the bill covers only the requests made and the milliseconds of compute used.',
        'A small design agency stopped buying servers and now pays AWS each month only for the storage, compute time and data transfer it used that month.',
      ],
    },

    // ---------------- Two cost benefits together ----------------
    {
      id: 'con-cost-benefits-two',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-cost-benefit'],
      key: ['pay-as-you-go', 'economies-of-scale'],
      distractors: ['high-availability', 'fault-tolerance', 'infrastructure-as-code', 'agility'],
      ask: 'Which TWO cloud benefits explain the lower costs? (Select TWO.)',
      stems: [
        'A CFO asks why moving to AWS lowers the company\'s IT costs. The company will no longer buy servers years in advance, and AWS\'s enormous purchasing volume keeps its prices low.',
        'Comparing its own data centre with AWS, a manufacturer finds two reasons AWS costs less: it pays only for what it uses instead of buying hardware upfront, and AWS charges less thanks to the combined usage of its many customers.',
      ],
    },

    // ---------------- High availability and fault tolerance together ----------------
    {
      id: 'con-multi-az-qualities-two',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-survives-az-failure'],
      key: ['high-availability', 'fault-tolerance'],
      distractors: ['elasticity', 'scalability', 'agility', 'economies-of-scale', 'pay-as-you-go'],
      ask: 'Which TWO cloud design concepts does this architecture improve? (Select TWO.)',
      stems: [
        'A payments company runs identical copies of its application in three Availability Zones behind a load balancer. If one zone fails, the other two keep serving customers.',
        'An airline moves its booking system from a single data centre to several Availability Zones, so that the loss of one zone no longer stops passengers from booking flights.',
      ],
    },

    // ---------------- Serverless ----------------
    {
      id: 'con-serverless-no-servers',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-no-server-management'],
      key: 'serverless-computing',
      distractors: ['virtual-machines', 'infrastructure-as-code', 'microservices-architecture', 'monolithic-architecture'],
      ask: 'Which cloud concept does this describe?',
      stems: [
        'A developer moves a nightly report script from an EC2 instance to AWS Lambda. She no longer patches an operating system, chooses instance sizes or plans server capacity.',
        'A two-person startup wants to build its API without provisioning, patching or scaling any servers, leaving all of that to AWS while it writes application code.',
        'With AWS Fargate, a team runs its containers without managing any EC2 instances: AWS provides, patches and scales the servers underneath.',
      ],
    },
    {
      id: 'con-serverless-statements-two',
      kind: 'statement',
      domain: 'cloud-concepts',
      requirements: ['con-about-serverless'],
      key: ['con-st-sl-aws-manages', 'con-st-sl-focus'],
      distractors: ['con-st-sl-no-servers', 'con-st-sl-patch', 'con-st-sl-upfront', 'con-st-sl-instance-type'],
      ask: 'Which TWO statements about serverless computing are true? (Select TWO.)',
      stems: [
        'A startup is deciding whether to build its new API with AWS Lambda, Amazon API Gateway and Amazon DynamoDB.',
        'A manager asks what would change for the operations team if the company moved its workloads to fully managed, event-driven services.',
      ],
    },

    // ---------------- Microservices ----------------
    {
      id: 'con-microservices-independent',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-independent-release'],
      key: 'microservices-architecture',
      distractors: ['monolithic-architecture', 'virtual-machines', 'infrastructure-as-code', 'serverless-computing'],
      ask: 'Which architecture does this describe?',
      stems: [
        'An online retailer splits its large application into separate catalog, cart, payment and shipping services. Each service has its own team and is deployed and scaled independently.',
        'A streaming company wants each small team to release its own part of the platform several times a day without redeploying the rest of the application.',
        'A bank rebuilds its loan system as a set of small services that talk to each other through APIs, so that the busy credit-check service can be scaled separately from the others.',
      ],
    },
    {
      id: 'con-microservices-isolation',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-independent-release', 'con-failure-isolated'],
      key: 'microservices-architecture',
      distractors: ['monolithic-architecture', 'serverless-computing', 'virtual-machines', 'infrastructure-as-code'],
      ask: 'Which architecture should the company adopt?',
      stems: [
        'A travel website wants a failure in its recommendation feature to leave bookings working, and wants each feature to be updated and deployed independently by its own team.',
        'An insurer wants quotes, claims and payments to run as services that are deployed separately, so that a crash in the claims service cannot take down quotes.',
      ],
    },
    {
      id: 'con-microservices-benefits-two',
      kind: 'statement',
      domain: 'cloud-concepts',
      requirements: ['con-about-microservices'],
      key: ['con-st-ms-release', 'con-st-ms-scale'],
      distractors: ['con-st-ms-one-codebase', 'con-st-ms-fewer-parts', 'con-st-ms-same-language', 'con-st-ms-shared-db'],
      ask: 'Which TWO are benefits of a microservices architecture? (Select TWO.)',
      stems: [
        'A retail company plans to split its large e-commerce application into small services that communicate through APIs, and its CTO asks the team to list what the company gains.',
        'An engineering manager is preparing a talk for developers who have only ever worked on one large application deployed as a whole.',
      ],
    },
    {
      id: 'con-microservices-statement',
      kind: 'statement',
      domain: 'cloud-concepts',
      requirements: ['con-about-microservices'],
      key: 'con-st-ms-isolate',
      distractors: ['con-st-ms-one-codebase', 'con-st-ms-same-language', 'con-st-ms-fewer-parts', 'con-st-ms-shared-db'],
      ask: 'Which statement about a microservices architecture is true?',
      stems: [
        'A developer who is new to cloud architecture is reading about how small, loosely coupled services differ from a single large application.',
        'During a design review, an architect explains what changes when an order-processing system is split into many small services.',
      ],
    },

    // ---------------- Monolith ----------------
    {
      id: 'con-monolith-outage',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-one-failure-stops-all', 'con-team-patches-servers', 'con-one-codebase'],
      key: 'monolithic-architecture',
      distractors: ['microservices-architecture', 'fault-tolerance', 'high-availability', 'serverless-computing'],
      ask: 'Which term describes the design of this application?',
      stems: [
        'An online bookshop keeps its catalog, cart, payments and e-mail features in one codebase that is built and deployed as a single unit on EC2 instances its team patches. Last week a bug in the e-mail feature took the whole site down.',
        'A ticketing company\'s accounts, seat maps, payments and notifications live in one program, deployed to servers the operations team maintains. When the notification module crashed, the entire application stopped.',
        'A school\'s web portal is a single application built from one codebase and runs on two servers the IT team patches every month. An error in the timetable page recently brought the whole portal down.',
      ],
    },
    {
      id: 'con-monolith-redeploy',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-one-codebase', 'con-team-patches-servers'],
      key: 'monolithic-architecture',
      distractors: ['microservices-architecture', 'infrastructure-as-code', 'serverless-computing'],
      ask: 'Which kind of architecture does this application have?',
      stems: [
        'A small company\'s inventory system is one program: its web pages, business logic and reports come from one codebase and run on two EC2 instances that the team patches. Changing one report means redeploying everything.',
        'A logistics firm\'s order system is a single large application on servers its IT team maintains. Every change, however small, means rebuilding and redeploying the entire application.',
      ],
    },

    // ---------------- Containers ----------------
    {
      id: 'con-containers-fast-start',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-shares-kernel', 'con-starts-fast'],
      key: 'containers-concept',
      distractors: ['virtual-machines', 'microservices-architecture', 'monolithic-architecture', 'infrastructure-as-code'],
      ask: 'Which technology meets these requirements?',
      stems: [
        'A developer wants to package each application with its libraries into a small image that shares the host operating system\'s kernel and starts in seconds.',
        'A team wants to run 40 isolated copies of a web service on one EC2 instance. Each copy must start in about a second and must not boot its own operating system.',
        'An architect wants each small service on a fleet of hosts to use the host\'s kernel instead of a guest operating system of its own, so that a new copy is ready within seconds.',
      ],
    },
    {
      id: 'con-containers-density',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-shares-kernel', 'con-lightweight'],
      key: 'containers-concept',
      distractors: ['virtual-machines', 'infrastructure-as-code', 'microservices-architecture', 'monolithic-architecture'],
      ask: 'Which technology meets these needs?',
      stems: [
        'A company wants to pack dozens of applications onto each server. Each package should be only a few megabytes and should use the host\'s kernel rather than carry a full operating system.',
        'A team currently gives each small app its own virtual machine with a guest operating system of several gigabytes. It wants lighter packages of a few megabytes that share the host\'s kernel.',
      ],
    },
    {
      id: 'con-containers-vms-statements-two',
      kind: 'statement',
      domain: 'cloud-concepts',
      requirements: ['con-about-containers-vms'],
      key: ['con-st-cv-kernel', 'con-st-cv-start'],
      distractors: ['con-st-cv-guest-os', 'con-st-cv-bigger', 'con-st-vm-share-kernel', 'con-st-cv-image-kernel'],
      ask: 'Which TWO statements about containers compared with virtual machines are true? (Select TWO.)',
      stems: [
        'A team is choosing how to run a set of small web services on AWS and compares the two main ways of isolating workloads on one host.',
        'A new engineer wants to understand how Docker workloads and Amazon EC2 instances differ in the way they use a physical host.',
      ],
    },

    // ---------------- Virtual machines ----------------
    {
      id: 'con-vms-own-os',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-own-kernel'],
      key: 'virtual-machines',
      distractors: ['containers-concept', 'serverless-computing', 'microservices-architecture', 'infrastructure-as-code'],
      ask: 'Which technology meets these requirements?',
      stems: [
        'A company must run a legacy Windows Server application and several Linux applications side by side on the same physical server, each with its own kernel and full operating system.',
        'A compliance team requires that no two workloads on a physical host share a kernel: each must boot its own complete guest operating system, chosen by the company, on a hypervisor that divides the host.',
        'A software vendor must test its product on two Windows Server releases and three Linux distributions, all on one physical test server, each with its own full operating system.',
      ],
    },
    {
      id: 'con-vms-os-control',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-own-kernel', 'con-full-os-control'],
      key: 'virtual-machines',
      distractors: ['containers-concept', 'serverless-computing', 'infrastructure-as-code', 'microservices-architecture'],
      ask: 'Which technology should the team use?',
      stems: [
        'A research team must load a custom kernel module and tune low-level operating system settings for its simulation software, on an operating system it chooses and installs itself.',
        'A team moving a legacy application to AWS needs root access to a full operating system of its own, including the exact kernel version the application was certified on.',
      ],
    },
    {
      id: 'con-vms-statements-two',
      kind: 'statement',
      domain: 'cloud-concepts',
      requirements: ['con-about-containers-vms'],
      key: ['con-st-vm-guest-os', 'con-st-vm-mixed-os'],
      distractors: ['con-st-vm-share-kernel', 'con-st-vm-faster', 'con-st-vm-ec2-container', 'con-st-vm-no-hypervisor'],
      ask: 'Which TWO statements about virtual machines are true? (Select TWO.)',
      stems: [
        'A company runs most of its workloads on Amazon EC2 and wants its support staff to understand the virtualisation underneath.',
        'An instructor is explaining how one physical server can be divided into many separate machines for different customers.',
      ],
    },

    // ---------------- Infrastructure as code ----------------
    {
      id: 'con-iac-templates',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-templates'],
      key: 'infrastructure-as-code',
      distractors: ['elasticity', 'serverless-computing', 'microservices-architecture', 'virtual-machines', 'high-availability'],
      ask: 'Which practice does this describe?',
      stems: [
        'A team uses AWS CloudFormation to create its VPC, load balancer and EC2 instances from a YAML template stored in Git, so every infrastructure change is reviewed before it is applied.',
        'Instead of clicking through the console, an operations team writes files that describe its networks, servers and databases, then uses them to build identical test and production environments.',
        'A company wants to be able to rebuild its entire environment in another Region within an hour, exactly as it is today, from definition files kept in version control.',
      ],
    },
    {
      id: 'con-iac-repeatable',
      kind: 'concept',
      domain: 'cloud-concepts',
      requirements: ['con-templates'],
      key: 'infrastructure-as-code',
      distractors: ['serverless-computing', 'pay-as-you-go', 'virtual-machines', 'elasticity', 'microservices-architecture'],
      ask: 'Which concept is being applied?',
      stems: [
        'A developer defines an S3 bucket, a DynamoDB table and a Lambda function in one JSON template and deploys exactly the same stack to the development, test and production accounts.',
        'Auditors ask a company to show who changed its network setup and when. The company now keeps every network and server definition in files under version control and deploys only from them.',
      ],
    },
    {
      id: 'con-iac-benefits-two',
      kind: 'statement',
      domain: 'cloud-concepts',
      requirements: ['con-about-iac'],
      key: ['con-st-iac-repeat', 'con-st-iac-review'],
      distractors: ['con-st-iac-free', 'con-st-iac-no-servers', 'con-st-iac-az', 'con-st-iac-console'],
      ask: 'Which TWO are benefits of infrastructure as code? (Select TWO.)',
      stems: [
        'A company is replacing manual work in the AWS Management Console with AWS CloudFormation templates.',
        'An operations lead wants to convince the team to stop building AWS environments by hand and to define them in code instead.',
      ],
    },

    // ---------------- Elasticity statements ----------------
    {
      id: 'con-elasticity-statements-two',
      kind: 'statement',
      domain: 'cloud-concepts',
      requirements: ['con-about-elasticity'],
      key: ['con-st-el-add', 'con-st-el-remove'],
      distractors: ['con-st-el-peak', 'con-st-el-az', 'con-st-el-prices', 'con-st-el-templates'],
      ask: 'Which TWO statements describe elasticity? (Select TWO.)',
      stems: [
        'A company moves its web shop to AWS and sets up Amazon EC2 Auto Scaling for the web tier.',
        'A trainer asks a study group what makes a workload on AWS elastic.',
      ],
    },
  ],
};
