import { builtInLab } from '../authoring/built-in';
import { OTHER_ACCOUNT, findDefaultSubnet } from './common';

export const amiCopy = builtInLab({
  id: 'ami-copy',
  title: 'Copy and share AMIs across regions and accounts',
  sections: ['Amazon Machine Image (AMI)', 'Copying', 'Cross-Region copying', 'Cross-account copying', 'Encryption', 'Encryption and copying'],
  summary: [
    'An AMI id only exists in its region: copy it across, encrypting on the way.',
    'Check the encryption table, share with another account, and let that account copy it.',
  ],
  minutes: 20,
  start: {
    defaultVpc: true,
    actions: [
      { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 8, VolumeType: 'gp3' }, as: { rootVol: 'VolumeId' }, note: 'A prepared root volume.' },
      { type: 'ec2:CreateSnapshot', params: { VolumeId: { ref: 'rootVol' } }, as: { rootSnap: 'SnapshotId' }, note: 'Its snapshot.' },
      {
        type: 'ec2:RegisterImage',
        params: {
          Name: 'golden',
          RootDeviceName: '/dev/xvda',
          BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: { ref: 'rootSnap' }, VolumeType: 'gp3', DeleteOnTermination: true } }],
        },
        as: { golden: 'ImageId' },
        note: 'Your unencrypted AMI "golden" in us-east-1.',
      },
      findDefaultSubnet('us-west-2a', 'westA'),
    ],
  },
  steps: [
    {
      id: 'regional',
      title: 'AMIs are regional',
      instruction: 'Try to launch "golden" in us-west-2.',
      goals: [
        { kind: 'refused', code: 'InvalidAMIID.NotFound', actionType: 'ec2:RunInstances', label: 'You saw a launch refused: the AMI id does not exist in that region' },
      ],
      hints: ['ec2:RunInstances with the region set to us-west-2 and the default subnet there.', 'The same id means nothing in another region.'],
      why: 'An AMI and its snapshots live in one region. Its id is unique within that region only. To use it elsewhere you copy it, and the copy gets a new id.',
      solution: [
        {
          type: 'ec2:RunInstances',
          region: 'us-west-2',
          params: { ImageId: { ref: 'golden' }, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: { ref: 'westA' } },
          refused: { code: 'InvalidAMIID.NotFound' },
          note: 'Try the us-east-1 AMI in us-west-2.',
        },
      ],
    },
    {
      id: 'copy-encrypted',
      title: 'Copy across, encrypted',
      instruction: 'Copy "golden" into us-west-2 and ask for the copy to be encrypted.',
      goals: [
        { kind: 'image', where: { region: 'us-west-2', owner: 'self', copied: true, encrypted: true }, label: 'You own an encrypted copy of an AMI in us-west-2' },
      ],
      hints: [
        'ec2:CopyImage is sent to the destination region (us-west-2) with SourceRegion us-east-1 and SourceImageId.',
        'Add Encrypted: true (and a Name).',
      ],
      why: 'Unencrypted to encrypted is allowed. KMS keys are regional, so the copy is encrypted with a key of the destination region: its default EBS key unless you name your own.',
      solution: [
        {
          type: 'ec2:CopyImage',
          region: 'us-west-2',
          params: { SourceRegion: 'us-east-1', SourceImageId: { ref: 'golden' }, Name: 'golden-west', Encrypted: true },
          as: { west: 'ImageId' },
          note: 'Copy golden to us-west-2, encrypted.',
        },
      ],
    },
    {
      id: 'no-decrypt',
      title: 'No way back',
      instruction: 'Copy the encrypted us-west-2 AMI into eu-west-1, asking for an unencrypted copy (Encrypted: false).',
      goals: [
        { kind: 'action', type: 'ec2:CopyImage', label: 'You asked for an unencrypted copy of an encrypted AMI, and it stayed encrypted', event: 'notice' },
        { kind: 'image', where: { region: 'eu-west-1', owner: 'self', encrypted: true }, label: 'Your AMI copy in eu-west-1 is encrypted' },
      ],
      hints: ['Send ec2:CopyImage to eu-west-1 with SourceRegion us-west-2.', 'Read the notice in the events.'],
      why: 'The copy table: unencrypted→unencrypted yes, encrypted→encrypted yes, unencrypted→encrypted yes, encrypted→unencrypted no. No copy can remove encryption.',
      solution: [
        {
          type: 'ec2:CopyImage',
          region: 'eu-west-1',
          params: { SourceRegion: 'us-west-2', SourceImageId: { ref: 'west' }, Name: 'golden-eu', Encrypted: false },
          note: 'Ask for a decrypted copy in eu-west-1.',
        },
      ],
    },
    {
      id: 'share',
      title: 'Share with an account',
      instruction: `Give account ${OTHER_ACCOUNT} permission to launch "golden".`,
      goals: [{ kind: 'image', where: { owner: 'self', sharedWith: OTHER_ACCOUNT }, label: `Your AMI is shared with account ${OTHER_ACCOUNT}` }],
      hints: ['ec2:ModifyImageAttribute with LaunchPermission: { Add: [{ UserId }] }.', 'Use the us-east-1 AMI: sharing is per region.'],
      why: 'An AMI is private to your account by default. You can add specific accounts, or make it public. Launch permissions are never copied with the AMI.',
      solution: [
        { type: 'ec2:ModifyImageAttribute', params: { ImageId: { ref: 'golden' }, LaunchPermission: { Add: [{ UserId: OTHER_ACCOUNT }] } }, note: 'Share golden.' },
      ],
    },
    {
      id: 'cross-account',
      title: 'Cross-account copy',
      instruction: `Acting as account ${OTHER_ACCOUNT}, copy "golden" into that account.`,
      goals: [{ kind: 'image', where: { owner: OTHER_ACCOUNT, copied: true }, label: `Account ${OTHER_ACCOUNT} owns its own copy of your AMI` }],
      hints: [
        'Send ec2:CopyImage from the command palette, with "Act as account" set to the other account.',
        'SourceRegion us-east-1, SourceImageId of golden, and a Name for the copy.',
      ],
      why: 'A shared AMI can be copied by the other account, which then owns the copy and pays for its storage. Your sharing cannot be taken back from that copy.',
      solution: [
        {
          type: 'ec2:CopyImage',
          account: OTHER_ACCOUNT,
          params: { SourceRegion: 'us-east-1', SourceImageId: { ref: 'golden' }, Name: 'golden-partner' },
          note: 'Copy it as the other account.',
        },
      ],
    },
    {
      id: 'public-encrypted',
      title: 'Encrypted stays private',
      instruction: 'Try to make the encrypted us-west-2 copy public.',
      goals: [{ kind: 'refused', rule: 'ami.share.public-encrypted', label: 'You saw an encrypted AMI refuse to go public' }],
      hints: ['ec2:ModifyImageAttribute in us-west-2 with LaunchPermission: { Add: [{ Group: "all" }] }.', 'Read the refusal.'],
      why: 'Encrypted snapshots can never be public: nobody outside could use your keys anyway. Share encrypted AMIs with specific accounts, using a key you manage and share.',
      solution: [
        {
          type: 'ec2:ModifyImageAttribute',
          region: 'us-west-2',
          params: { ImageId: { ref: 'west' }, LaunchPermission: { Add: [{ Group: 'all' }] } },
          refused: { code: 'UnsupportedOperation', rule: 'ami.share.public-encrypted' },
          note: 'Try to make the encrypted copy public.',
        },
      ],
    },
  ],
  questions: [
    {
      prompt: 'Which AMI copy is not possible?',
      choices: [
        { text: 'Unencrypted to encrypted', correct: false, explanation: 'Allowed: set Encrypted on the copy.' },
        { text: 'Encrypted to encrypted', correct: false, explanation: 'Allowed, with a key of the destination region.' },
        { text: 'Encrypted to unencrypted', correct: true, explanation: 'Encryption can never be removed by a copy.' },
      ],
    },
  ],
});
