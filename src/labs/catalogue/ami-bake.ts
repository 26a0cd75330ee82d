import { builtInLab } from '../authoring/built-in';
import { defaultVpcStart, launch } from './common';

export const amiBake = builtInLab({
  id: 'ami-bake',
  title: 'Bake your own AMI: launch, configure, create image, launch',
  sections: ['Amazon Machine Image (AMI)', 'AMI Lifecycle', '1. Launch', '2. Configure', '3. Create Image', '4. Launch', 'Consideration'],
  summary: [
    'Follow the whole AMI lifecycle: configure a server, capture it as an image, launch copies of it.',
    'See the block device mapping tie snapshots to device names, in any AZ of the region.',
  ],
  minutes: 15,
  start: defaultVpcStart(['a', 'b']),
  steps: [
    {
      id: 'launch',
      title: '1. Launch',
      instruction: 'Launch a t3.micro from Amazon’s Amazon Linux AMI in us-east-1a.',
      goals: [{ kind: 'instance', where: { fromOwnImage: false, state: 'running' } }],
      hints: ['ec2:DescribeImages with Owners ["amazon"] finds the AMI.', 'ec2:RunInstances with that ImageId and the default subnet of us-east-1a.'],
      why: 'Every instance starts from an AMI. Amazon’s AMIs are public; community and Marketplace AMIs exist too (Marketplace ones add a software charge).',
      solution: [launch('builder', { subnet: 'subnetA', note: 'Launch the builder instance.' })],
    },
    {
      id: 'configure',
      title: '2. Configure',
      instruction: 'Configure the server: create a 20 GiB data volume in its AZ and attach it as /dev/sdf.',
      goals: [{ kind: 'check', check: 'ami-bake/instance-amazon-s-ami-has-extra', label: "An instance from Amazon's AMI has an extra data volume" }],
      hints: ['ec2:CreateVolume in us-east-1a, Size 20.', 'ec2:AttachVolume with Device /dev/sdf.'],
      why: 'Configuring means installing software, setting services up and attaching the volumes the app needs. Everything on EBS will be captured.',
      solution: [
        { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 20, VolumeType: 'gp3' }, as: { data: 'VolumeId' }, note: 'Create the data volume.' },
        { type: 'ec2:AttachVolume', params: { VolumeId: { ref: 'data' }, InstanceId: { ref: 'builder' }, Device: '/dev/sdf' }, note: 'Attach it.' },
      ],
    },
    {
      id: 'create-image',
      title: '3. Create image',
      instruction: 'Create an AMI from the configured server.',
      goals: [{ kind: 'image', where: { owner: 'self', ebsMappings: 2 }, label: 'Your own AMI maps two EBS snapshots (root and data)' }],
      hints: ['ec2:CreateImage with the InstanceId and a Name.', 'Then look at BlockDeviceMappings in ec2:DescribeImages.'],
      why: 'Creating the image snapshots every EBS volume. The AMI’s block device mapping links each snapshot to a device name. The AMI holds permissions and that mapping; the data lives in the snapshots.',
      solution: [
        { type: 'ec2:CreateImage', params: { InstanceId: { ref: 'builder' }, Name: 'web-golden-1' }, as: { golden: 'ImageId' }, note: 'Bake the AMI.' },
      ],
    },
    {
      id: 'launch-own',
      title: '4. Launch from your AMI',
      instruction: 'Launch an instance from your AMI in us-east-1b.',
      goals: [{ kind: 'check', check: 'ami-bake/instance-ami-runs-another-az-both', label: "An instance from your AMI runs in another AZ, with both volumes" }],
      hints: ['ec2:RunInstances with your ImageId and the default subnet of us-east-1b.', 'Count the volumes of the new instance.'],
      why: 'At launch, the snapshots become new volumes in the AZ you launch into, attached at the same device names. An AMI is regional: any AZ of its region can use it.',
      solution: [launch('clone', { subnet: 'subnetB', ami: 'golden', note: 'Launch a copy in us-east-1b.' })],
    },
    {
      id: 'in-use',
      title: 'The AMI needs its snapshots',
      instruction: 'Try to delete one of the snapshots your AMI uses.',
      goals: [{ kind: 'refused', rule: 'snapshot.delete.in-use', label: 'You saw a snapshot refuse to be deleted because an AMI uses it' }],
      hints: ['The SnapshotIds are in the AMI’s BlockDeviceMappings (ec2:DescribeImages).', 'ec2:DeleteSnapshot with one of them.'],
      why: 'An AMI cannot be edited and does not contain the data: it points to snapshots. While it is registered, they must stay. To change an AMI, launch, change and bake a new one. You pay for the snapshot storage.',
      solution: [
        { type: 'ec2:DescribeImages', params: { ImageIds: [{ ref: 'golden' }] }, as: { goldenData: 'Images.0.BlockDeviceMappings.1.Ebs.SnapshotId' }, note: 'Read the AMI’s mapping.' },
        {
          type: 'ec2:DeleteSnapshot',
          params: { SnapshotId: { ref: 'goldenData' } },
          refused: { code: 'InvalidSnapshot.InUse', rule: 'snapshot.delete.in-use' },
          note: 'Try to delete the data snapshot.',
        },
      ],
    },
  ],
  questions: [
    {
      prompt: 'Where can you launch the AMI you baked in us-east-1?',
      choices: [
        { text: 'In any AZ of us-east-1', correct: true, explanation: 'An AMI is a regional resource.' },
        { text: 'Only in the AZ of the builder instance', correct: false, explanation: 'The snapshots are regional, so any AZ works.' },
        { text: 'In any region', correct: false, explanation: 'Copy it to another region first: its id only exists in us-east-1.' },
      ],
    },
  ],
});
