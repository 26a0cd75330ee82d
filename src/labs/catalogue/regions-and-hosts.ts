import { builtInLab } from '../authoring/built-in';
import { findAmazonAmi, findDefaultSubnet, launch, start, stop } from './common';

export const regionsAndHosts = builtInLab({
  id: 'regions-and-hosts',
  title: 'Regions, Availability Zones and the hosts under your instances',
  sections: ['EC2 Architecture and Resilience'],
  summary: [
    "Tour a region's Availability Zones and find the physical host under an instance.",
    'See why an instance can only use a disk from its own AZ, and what a stop and start does to its host.',
  ],
  minutes: 15,
  start: {
    defaultVpc: true,
    actions: [
      findAmazonAmi(),
      findDefaultSubnet('us-east-1b', 'subnetB'),
      {
        type: 'ec2:CreateVolume',
        params: { AvailabilityZone: 'us-east-1a', Size: 20, VolumeType: 'gp3' },
        as: { archive: 'VolumeId' },
        note: 'An archive volume waits in us-east-1a.',
      },
    ],
  },
  steps: [
    {
      id: 'zones',
      title: 'Look at the zones',
      instruction: 'List the Availability Zones of us-east-1. Then list those of a second region.',
      goals: [
        { kind: 'check', check: 'regions-and-hosts/listed-availability-zones-us-east-1', label: "You listed the Availability Zones of us-east-1" },
        { kind: 'check', check: 'regions-and-hosts/listed-availability-zones-another-region', label: "You listed the Availability Zones of another region" },
      ],
      hints: [
        'The action is ec2:DescribeAvailabilityZones. It needs no parameters.',
        'Every call goes to one region. Send the same action again with the region set to us-west-2.',
      ],
      why:
        'A region is a separate part of AWS in one area of the world. Inside it, each Availability Zone is one or more data centres with their own power and network. Names like us-east-1a belong to your account; the ZoneId (use1-az1) names the physical zone.',
      solution: [
        { type: 'ec2:DescribeAvailabilityZones', params: {}, note: 'List the zones of us-east-1.' },
        { type: 'ec2:DescribeAvailabilityZones', params: {}, region: 'us-west-2', note: 'List the zones of us-west-2.' },
      ],
    },
    {
      id: 'host',
      title: 'Find the host',
      instruction: 'Launch a t3.micro in us-east-1b. Then ask which physical host it runs on.',
      goals: [
        { kind: 'instance', where: { az: 'us-east-1b', state: 'running' } },
        { kind: 'check', check: 'regions-and-hosts/found-host-instance-us-east-1b', label: "You found the host of an instance in us-east-1b" },
      ],
      hints: [
        'Pick the default subnet of us-east-1b when you launch: the subnet decides the AZ.',
        'sim:HostOf with your InstanceId shows the host.',
      ],
      why:
        'An instance is a virtual machine on one EC2 host, and a host sits in exactly one AZ. Its primary network interface is created in a subnet of that same AZ, so the instance lives and fails with that zone.',
      solution: [
        launch('web', { subnet: 'subnetB', note: 'Launch web into the default subnet of us-east-1b.' }),
        { type: 'sim:HostOf', params: { InstanceId: { ref: 'web' } }, note: 'Which host runs web?' },
      ],
    },
    {
      id: 'wrong-disk',
      title: 'A disk from another zone',
      instruction: 'The volume "archive" is in us-east-1a. Try to attach it to your instance in us-east-1b.',
      goals: [{ kind: 'refused', rule: 'ebs.attach.same-az',
          label: 'You saw an attach refused because the volume is in another AZ' }],
      hints: [
        'Use ec2:AttachVolume with the volume, your instance and a device name such as /dev/sdf.',
        'The refusal is the lesson: read its code, InvalidVolume.ZoneMismatch.',
      ],
      why:
        'An EBS volume is stored in one AZ, close to the hosts that use it. Hosts reach it over that zone’s storage network, which does not stretch to other zones. So an instance can only attach volumes from its own AZ.',
      solution: [
        {
          type: 'ec2:AttachVolume',
          params: { VolumeId: { ref: 'archive' }, InstanceId: { ref: 'web' }, Device: '/dev/sdf' },
          refused: { code: 'InvalidVolume.ZoneMismatch', rule: 'ebs.attach.same-az' },
          note: 'Try to attach the us-east-1a volume to the us-east-1b instance.',
        },
      ],
    },
    {
      id: 'right-disk',
      title: 'A disk in the right zone',
      instruction: 'Create an empty volume in us-east-1b and attach it to your instance.',
      goals: [{ kind: 'volume', where: { az: 'us-east-1b', attached: true, root: false }, label: 'A data volume in us-east-1b is attached to an instance' }],
      hints: [
        'ec2:CreateVolume takes an AvailabilityZone and a Size in GiB.',
        'Then ec2:AttachVolume with the new VolumeId, your instance and /dev/sdf.',
      ],
      why: 'Storage and compute meet inside one AZ. To use data from another AZ you copy it there first (a snapshot does that).',
      solution: [
        {
          type: 'ec2:CreateVolume',
          params: { AvailabilityZone: 'us-east-1b', Size: 10, VolumeType: 'gp3' },
          as: { data: 'VolumeId' },
          note: 'Create a volume in us-east-1b.',
        },
        {
          type: 'ec2:AttachVolume',
          params: { VolumeId: { ref: 'data' }, InstanceId: { ref: 'web' }, Device: '/dev/sdf' },
          note: 'Attach it to web.',
        },
      ],
    },
    {
      id: 'new-host',
      title: 'Stop, start, new host',
      instruction: 'Stop your instance and start it again. Ask for its host once more and compare.',
      goals: [
        { kind: 'check', check: 'regions-and-hosts/same-instance-two-different-hosts', label: "You saw the same instance on two different hosts" },
        { kind: 'event', type: 'placement', label: 'EC2 put the instance on new hardware when it started again' },
      ],
      hints: [
        'ec2:StopInstances, then ec2:StartInstances, then sim:HostOf again.',
        'Try a reboot too: ec2:RebootInstances keeps the same host.',
      ],
      why:
        'Stopping gives the host back to AWS. Starting picks any free host, but always in the same AZ, because the instance’s subnet and EBS volumes are there. A reboot is just a restart of the OS on the same host.',
      solution: [stop('web'), start('web'), { type: 'sim:HostOf', params: { InstanceId: { ref: 'web' } }, note: 'Which host now?' }],
    },
  ],
  questions: [
    {
      prompt: 'Your instance runs in us-east-1a. Which volume can it attach?',
      choices: [
        { text: 'Any volume in us-east-1', correct: false, explanation: 'Volumes are zonal, not regional: only one AZ can use them.' },
        { text: 'A volume in us-east-1a', correct: true, explanation: 'Same AZ: the host can reach the volume over the zone’s storage network.' },
        { text: 'A snapshot in us-east-1', correct: false, explanation: 'A snapshot is not attached. You create a volume from it, in the AZ you choose.' },
      ],
    },
  ],
});
