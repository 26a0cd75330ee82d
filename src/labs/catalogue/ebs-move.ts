import { builtInLab } from '../authoring/built-in';
import { defaultVpcStart, launch } from './common';

export const ebsMove = builtInLab({
  id: 'ebs-move',
  title: 'Move an EBS volume to another Availability Zone',
  sections: ['EC2 Architecture and Resilience'],
  summary: [
    'A volume cannot follow an instance into another AZ, so you carry its data with a snapshot.',
    'Detach, get refused, snapshot, restore in the new AZ, attach.',
  ],
  minutes: 12,
  start: defaultVpcStart(
    ['a', 'b'],
    launch('old', { subnet: 'subnetA', note: 'The old server, in us-east-1a.' }),
    launch('new', { subnet: 'subnetB', note: 'The new server, in us-east-1b.' }),
    { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 20, VolumeType: 'gp3' }, as: { data: 'VolumeId' }, note: 'The data volume.' },
    { type: 'ec2:AttachVolume', params: { VolumeId: { ref: 'data' }, InstanceId: { ref: 'old' }, Device: '/dev/sdf' }, note: 'Attached to the old server.' },
  ),
  steps: [
    {
      id: 'detach',
      title: 'Free the volume',
      instruction: 'The data must move to the new server in us-east-1b. First detach the data volume from the old server.',
      goals: [{ kind: 'event', type: 'detached', label: 'You detached a data volume', resourcePrefix: 'vol-' }],
      hints: ['ec2:DetachVolume with the VolumeId.', 'Only the root volume needs the instance stopped; a data volume detaches while it runs.'],
      why: 'A volume attaches to one instance at a time, so it must be free before it can go anywhere.',
      solution: [{ type: 'ec2:DetachVolume', params: { VolumeId: { ref: 'data' } }, note: 'Detach the data volume.' }],
    },
    {
      id: 'try',
      title: 'Straight across?',
      instruction: 'Try to attach the volume to the new server.',
      goals: [{ kind: 'refused', rule: 'ebs.attach.same-az', label: 'You saw an attach refused because the volume is in another AZ' }],
      hints: ['ec2:AttachVolume with the new server and /dev/sdf.', 'Read the code: InvalidVolume.ZoneMismatch.'],
      why: 'EBS replicates a volume inside its AZ only. The new server’s host, in another AZ, cannot reach it.',
      solution: [
        {
          type: 'ec2:AttachVolume',
          params: { VolumeId: { ref: 'data' }, InstanceId: { ref: 'new' }, Device: '/dev/sdf' },
          refused: { code: 'InvalidVolume.ZoneMismatch', rule: 'ebs.attach.same-az' },
          note: 'Try to attach it across AZs.',
        },
      ],
    },
    {
      id: 'snapshot',
      title: 'Snapshot',
      instruction: 'Take a snapshot of the data volume.',
      goals: [{ kind: 'snapshot', where: { ownedBySelf: true }, label: 'You own a snapshot of a volume' }],
      hints: ['ec2:CreateSnapshot with the VolumeId.', 'A snapshot is stored in S3, which is regional.'],
      why: 'A snapshot copies the volume into S3, a regional service. It no longer belongs to any AZ, so you can create a volume from it in any AZ of the region.',
      solution: [{ type: 'ec2:CreateSnapshot', params: { VolumeId: { ref: 'data' }, Description: 'move to us-east-1b' }, as: { snap: 'SnapshotId' }, note: 'Snapshot the volume.' }],
    },
    {
      id: 'restore',
      title: 'Restore in the new AZ',
      instruction: 'Create a volume from the snapshot in us-east-1b and attach it to the new server.',
      goals: [
        { kind: 'check', check: 'ebs-move/volume-restored-snapshot-into-another-az', label: "A volume restored from your snapshot into another AZ is attached to an instance" },
      ],
      hints: ['ec2:CreateVolume with AvailabilityZone us-east-1b and the SnapshotId.', 'Then ec2:AttachVolume to the new server.'],
      why: 'The new volume is a full copy in the new AZ. The old one still exists in us-east-1a until you delete it — and keeps costing money.',
      solution: [
        { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1b', SnapshotId: { ref: 'snap' }, VolumeType: 'gp3' }, as: { moved: 'VolumeId' }, note: 'Restore the snapshot in us-east-1b.' },
        { type: 'ec2:AttachVolume', params: { VolumeId: { ref: 'moved' }, InstanceId: { ref: 'new' }, Device: '/dev/sdf' }, note: 'Attach it to the new server.' },
      ],
    },
  ],
  questions: [
    {
      prompt: 'Why can a snapshot cross AZs when a volume cannot?',
      choices: [
        { text: 'It is stored in S3, which is regional', correct: true, explanation: 'Region-wide storage can feed any AZ.' },
        { text: 'It is smaller', correct: false, explanation: 'Size has nothing to do with it.' },
        { text: 'It is encrypted', correct: false, explanation: 'Encryption does not change where data lives.' },
      ],
    },
  ],
});
