/**
 * The course (docs/course/ec2-fundamentals.md) retold in the lab's own words: for each heading, its depth and the
 * ideas a learner should take away. The headings are the engine's SECTIONS, in the same order; the rules and the
 * labs of each section come from the rule catalogue and the lab catalogue, not from here.
 */
import type { Section } from '../../engine';

interface CourseSection {
  section: Section;
  /** 1 for a chapter, 2 for a section, 3 for a sub-section. */
  level: 1 | 2 | 3;
  ideas: string[];
}

export const COURSE: CourseSection[] = [
  { section: 'Virtualization Fundamentals', level: 1, ideas: [
    'Many virtual machines share one physical host, and with heavy network traffic the host’s network card becomes the bottleneck when software has to share it.',
    'EC2 hands each instance its own slice of the network hardware instead, so the host spends less CPU on traffic. AWS calls this Enhanced Networking.',
  ] },
  { section: 'EC2 Architecture and Resilience', level: 1, ideas: [
    'An EC2 host sits in one Availability Zone, and so does everything tied to it: an instance runs on a host in one AZ.',
    'A subnet lives in exactly one AZ. An instance’s primary network interface is created in its subnet; extra interfaces may come from other subnets, but only from subnets of the same AZ.',
    'EBS volumes are network storage that also lives in one AZ. An instance can only use volumes of its own AZ; to move data across, take a snapshot and create a volume from it in the other AZ.',
  ] },
  { section: 'EC2 Categories', level: 2, ideas: [
    'Instance types come in families for different jobs: general purpose (balanced), compute optimized (CPU-heavy work such as media or science), memory optimized (large data sets in RAM), accelerated computing (GPUs, FPGAs) and storage optimized (fast local disks, very high I/O).',
  ] },
  { section: 'Naming Scheme', level: 3, ideas: [
    'A type name such as r5dn.8xlarge reads left to right: the family letter (r), the generation (5 — prefer the newest), extra capabilities (d: local NVMe storage, n: faster networking, a: AMD CPU, e: extra memory or storage), then after the dot the size.',
    'Always quote the full type name. Many smaller instances often scale more gracefully than a few big ones.',
  ] },
  { section: 'EC2 SSH vs EC2 Instance Connect management', level: 3, ideas: [
    'You reach an instance either with your own SSH key pair or through EC2 Instance Connect, which pushes a short-lived key for you. The lab does not simulate logging in.',
  ] },
  { section: 'EC2 Network Interfaces, Instance IPs and DNS', level: 1, ideas: [
    'Every instance has a primary network interface (ENI). You can add secondary interfaces from other subnets, as long as every subnet is in the instance’s AZ.',
    'Security groups belong to interfaces, not to the instance itself.',
  ] },
  { section: 'Elastic Network Interface', level: 2, ideas: [
    'An interface carries a MAC address, one primary private IPv4 address from its subnet’s range, any number of secondary private addresses, at most one public IPv4 address, at most one Elastic IP per private address, IPv6 addresses, and its security groups.',
    'Security groups apply to every address of the interface: addresses that need different rules need different interfaces.',
    'The source/destination check drops traffic that neither comes from nor goes to one of the interface’s own addresses. A NAT instance forwards other machines’ traffic, so the check must be turned off on it.',
    'A secondary interface can be detached and attached to another instance of the same AZ, taking its addresses and MAC with it.',
  ] },
  { section: 'Primary IPv4 private address', level: 2, ideas: [
    'The primary private address gets a private DNS name (ip-10-16-0-10.ec2.internal). It only resolves inside the VPC, always to the private address, and it stays for the life of the instance.',
  ] },
  { section: 'Public IPv4 address', level: 2, ideas: [
    'An instance gets a public IPv4 address only if it asks at launch or its subnet hands one out automatically. The address is dynamic: a stop releases it, the next start brings a new one; a reboot keeps it.',
    'The public DNS name resolves to the private address from inside the VPC and to the public address from outside.',
    'The public address is never on the interface itself: the internet gateway translates between it and the private address.',
  ] },
  { section: 'Elastic IP address', level: 2, ideas: [
    'An Elastic IP is a public IPv4 address your account keeps until you release it. You associate it with a private address of a primary or secondary interface (one Elastic IP per private address).',
    'Associating one replaces the instance’s dynamic public address, which is lost for good; removing the Elastic IP gives the instance a new dynamic address.',
  ] },
  { section: 'Considerations', level: 2, ideas: [
    'Software licensed to a MAC address can follow a secondary interface from instance to instance.',
    'Different firewall rules for different addresses need several interfaces, each with its own security groups.',
    'The operating system only ever sees private addresses. Never configure a public IPv4 address inside the OS: the gateway does that translation.',
  ] },
  { section: 'Amazon Machine Image (AMI)', level: 1, ideas: [
    'An AMI is what an instance starts from, and you can make one from an instance you configured. AMIs come from Amazon, the community, or the Marketplace (where the software may add its own charge).',
    'An AMI has an ID unique in its region and permissions: private to your account by default, shared with chosen accounts, or public.',
  ] },
  { section: 'AMI Lifecycle', level: 2, ideas: [
    'The life of an AMI has four steps: launch an instance, configure it, create an image from it, and launch new instances from that image.',
  ] },
  { section: '1. Launch', level: 3, ideas: ['Start an instance, with EBS or instance-store storage.'] },
  { section: '2. Configure', level: 3, ideas: ['Install what you need, set up services, attach and size volumes.'] },
  { section: '3. Create Image', level: 3, ideas: [
    'Creating an image snapshots every attached EBS volume. The AMI records these snapshots in its block device mapping: which snapshot becomes which device name.',
    'The AMI and its snapshots are kept in S3, which you only reach through the EC2 API or the console.',
  ] },
  { section: '4. Launch', level: 3, ideas: [
    'A launch from the AMI creates new volumes from its snapshots, in the AZ of the new instance, and attaches them under the same device names — so the new instance looks like the one you configured.',
    'An AMI belongs to a region, not an AZ: you can launch from it in any AZ of that region.',
  ] },
  { section: 'Consideration', level: 2, ideas: [
    'An AMI works in one region only, but it can be copied to another. It cannot be edited: launch, change, and bake a new one.',
    'You pay for the snapshot storage an AMI references. Permissions start private to your account.',
  ] },
  { section: 'Copying', level: 2, ideas: ['An AMI can be copied to another region, and one shared with you can be copied into your own account.'] },
  { section: 'Cross-account copying', level: 3, ideas: [
    'Copying an AMI another account shared with you makes a copy you own; you pay for storing it, the owner for the transfer.',
  ] },
  { section: 'Cross-Region copying', level: 3, ideas: ['A copy to another region is a new AMI there, with its own ID.'] },
  { section: 'Encryption', level: 2, ideas: [
    'A copy can encrypt its snapshots, with the default key or a key you choose. Keys are regional: an encrypted copy in a new region is encrypted with a key of that region.',
  ] },
  { section: 'Encryption and copying', level: 3, ideas: [
    'Unencrypted to unencrypted, encrypted to encrypted, and unencrypted to encrypted copies all work. Encrypted to unencrypted does not: encryption can be added by a copy, never removed.',
  ] },
  { section: 'EC2 Purchase Options', level: 1, ideas: [
    'The same instance can be paid for in different ways: On-Demand (the default), Spot, Reserved, Dedicated Hosts and Dedicated Instances.',
  ] },
  { section: 'On-Demand Instances', level: 2, ideas: [
    'Billed per second while the instance runs, with no commitment, no upfront payment, no interruption — and no discount and no reserved capacity. Good for short or unpredictable work.',
  ] },
  { section: 'Spot Instances', level: 2, ideas: [
    'Spare capacity at up to 90% off. You pay the current Spot price; when AWS needs the capacity back (or the price passes your maximum), the instance is interrupted after a two-minute warning.',
    'Use it for work that is stateless, can be rerun or resumed, or is burst capacity.',
  ] },
  { section: 'Reserved Instances', level: 2, ideas: [
    'Commit to a type for one or three years for up to 75% off; you pay whether you use it or not.',
    'A zonal reservation applies in one AZ and also reserves capacity there; a regional one applies in any AZ of the region but reserves no capacity. A bigger instance than reserved is only partly covered.',
  ] },
  { section: 'Payment Terms', level: 3, ideas: [
    'No upfront (a lower rate per second), partial upfront (lower still), or all upfront (nothing per second, the largest discount).',
  ] },
  { section: 'Dedicated Hosts [OOS]', level: 2, ideas: [
    'You rent a whole host and place instances of any size on it until its capacity is used; you pay for the host, not per instance. Useful for software licensed per socket or core.',
    'Host affinity keeps an instance on the same host across stop and start.',
  ] },
  { section: 'Dedicated Instances [OOS]', level: 2, ideas: [
    'Your instances run on hardware no other customer uses, without managing the host yourself. You pay a premium per instance plus a fee per region while any dedicated instance runs there.',
  ] },
  { section: 'Instance Status Checks and Autorecovery', level: 1, ideas: [
    'EC2 watches every instance with two checks: one for the host and AWS’s side, one for the instance’s own software.',
  ] },
  { section: 'System Status Checks', level: 2, ideas: [
    'Fail when something on AWS’s side breaks: power, network, or the host’s hardware or software.',
  ] },
  { section: 'Instance Status Checks', level: 2, ideas: [
    'Fail when the instance itself is broken: a corrupt file system, wrong network settings, a kernel problem.',
  ] },
  { section: 'Handling Failed Status Checks', level: 2, ideas: ['You can fix a failing instance by hand or let an alarm act for you.'] },
  { section: 'Manually', level: 3, ideas: [
    'Stop and start the instance (an EBS-backed instance moves to a healthy host), or replace it.',
  ] },
  { section: 'Automatically', level: 3, ideas: [
    'A CloudWatch alarm on a status check can recover, reboot, stop or terminate the instance.',
    'A recovered instance keeps its ID, private and Elastic IP addresses and metadata, and stays in its AZ. Recovery needs EBS storage (not instance store) and cannot bring back a terminated instance.',
  ] },
  { section: 'Termination Protection [OOS]', level: 2, ideas: [
    'An attribute that refuses termination while it is on — against accidents, and to separate who may remove protection from who may terminate.',
  ] },
  { section: 'Shutdown Behaviour [OOS]', level: 2, ideas: ['Decides whether a shutdown from inside the OS stops or terminates the instance.'] },
  { section: 'Horizontal and Vertical Scaling', level: 1, ideas: ['Grow by making one server bigger, or by adding more servers.'] },
  { section: 'Vertical Scaling', level: 2, ideas: [
    'A bigger instance type: no change to the application (even a monolith), but a restart each time, a price premium, and a ceiling at the largest size.',
  ] },
  { section: 'Horizontal Scaling', level: 2, ideas: [
    'More instances behind a load balancer that spreads requests. It scales without interruption, but sessions must live outside the servers so that any server can answer anyone.',
  ] },
  { section: 'Instance Metadata', level: 1, ideas: [
    'A service every instance can ask about itself and its surroundings, from inside the instance.',
  ] },
  { section: 'URL', level: 2, ideas: ['It answers at a fixed link-local address, http://169.254.169.254/latest/meta-data/.'] },
  { section: 'Environment', level: 2, ideas: [
    'It is organised in categories: host name, events, security groups and more. The public IPv4 address, which the OS never has, can be read here.',
  ] },
  { section: 'Authentication', level: 2, ideas: [
    'An instance given a role reads temporary credentials for that role from the metadata service.',
  ] },
  { section: 'User Data', level: 2, ideas: ['The user data you pass at launch is read from the metadata service, typically by start-up scripts.'] },
  { section: 'Unauthenticated and Unencrypted', level: 2, ideas: [
    'The original service (IMDSv1) asks for no credentials and is not encrypted: anything running on the instance can read it. IMDSv2 requires a session token first, which blocks many attacks.',
  ] },
  { section: 'CLI', level: 2, ideas: ['The ec2-metadata tool reads the metadata from a shell on the instance.'] },
];
