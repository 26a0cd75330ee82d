import { ruleTable } from './sections';

/**
 * Rules of the storage family: EBS volumes, snapshots, AMIs and KMS keys (rules 56–70 of
 * docs/reference/ec2-rules.md).
 */
export const STORAGE_RULES = ruleTable({
  // ---- EBS volumes (rules 57–62) ----
  'ebs.create.unknown-az': {
    code: 'InvalidParameterValue',
    title: 'Volumes are created in an AZ of the region you call',
    concept:
      'An EBS volume is stored inside one Availability Zone of one region. The AZ must be one of the zones of the regional endpoint you are calling.',
    fix: 'Pick one of the AZs of this region, e.g. us-east-1a when calling us-east-1.',
    section: 'EC2 Architecture and Resilience',
    ref: 57,
  },
  'ebs.create.size-range': {
    code: 'InvalidParameterValue',
    title: 'Volume size outside what the type allows',
    concept: 'Each EBS volume type has a minimum and maximum size (gp3: 1–16,384 GiB, io1: 4–16,384 GiB, st1: 125–16,384 GiB …).',
    fix: 'Choose a size inside the range of the volume type.',
    section: 'EC2 Architecture and Resilience',
  },
  'ebs.create.size-below-snapshot': {
    code: 'InvalidParameterValue',
    title: 'A volume can not be smaller than its snapshot',
    concept:
      'A volume restored from a snapshot receives every block of the snapshot, so it must be at least as large as the volume the snapshot was taken from. It may be larger.',
    fix: 'Ask for at least the snapshot size, or leave the size out to use it.',
    section: 'AMI Lifecycle',
  },
  'ebs.attach.same-az': {
    code: 'InvalidVolume.ZoneMismatch',
    title: 'A volume attaches only to an instance in its AZ',
    concept:
      'EBS is network storage that lives inside one Availability Zone; an instance can only reach volumes in the AZ of its host. Snapshots are regional, so they are how data moves between AZs.',
    fix: 'Snapshot the volume, create a volume from the snapshot in the instance’s AZ, and attach that one.',
    section: 'EC2 Architecture and Resilience',
    ref: 57,
  },
  'ebs.attach.in-use': {
    code: 'VolumeInUse',
    title: 'A volume attaches to one instance at a time',
    concept: 'A normal EBS volume is a block device for exactly one instance; two operating systems writing the same blocks would corrupt it.',
    fix: 'Detach the volume first, or create a new volume (from a snapshot) for the other instance.',
    section: 'EC2 Architecture and Resilience',
    ref: 58,
  },
  'ebs.attach.instance-state': {
    code: 'IncorrectState',
    title: 'Volumes attach to running or stopped instances',
    concept: 'A volume can be attached while the instance runs (hot) or while it is stopped; an instance that is terminated or on its way out has no place to attach it.',
    fix: 'Attach the volume to a running or stopped instance.',
    section: 'EC2 Architecture and Resilience',
    ref: 58,
  },
  'ebs.attach.device-name': {
    code: 'InvalidParameterValue',
    title: 'Not a valid device name',
    concept: 'Each attached volume appears to the instance under a Linux device name such as /dev/sdf or /dev/xvdf.',
    fix: 'Use a device name such as /dev/sdf … /dev/sdp.',
    section: 'AMI Lifecycle',
    ref: 59,
  },
  'ebs.attach.device-in-use': {
    code: 'InvalidParameterValue',
    title: 'Device name already in use on the instance',
    concept: 'A block device mapping links one device name to one volume; a device name that already points at a volume (or the root device) can not take a second one.',
    fix: 'Pick a free device name, e.g. the next letter after the last attached /dev/sd*.',
    section: 'AMI Lifecycle',
    ref: 59,
  },
  'ebs.attach.limit': {
    code: 'AttachmentLimitExceeded',
    title: 'Too many attachments for the instance type',
    concept:
      'Nitro instance types share a fixed number of attachment slots between network interfaces, EBS volumes and NVMe instance store, so every extra ENI costs one volume slot.',
    fix: 'Detach a volume or an extra network interface, or use a larger instance type.',
    section: 'EC2 Architecture and Resilience',
    ref: 62,
  },
  'ebs.detach.root-running': {
    code: 'IncorrectState',
    title: 'The root volume detaches only when the instance is stopped',
    concept: 'The root volume holds the running operating system; pulling it away from a running instance would crash it, so EC2 only allows it while the instance is stopped.',
    fix: 'Stop the instance, then detach the root volume.',
    section: 'AMI Lifecycle',
    ref: 60,
  },
  'ebs.detach.not-attached': {
    code: 'InvalidAttachment.NotFound',
    title: 'Nothing to detach',
    concept: 'Detaching ends an attachment between one volume and one instance; when that attachment does not exist there is nothing to end.',
    fix: 'Check the volume id and the instance it is attached to (DescribeVolumes shows Attachments).',
    section: 'EC2 Architecture and Resilience',
    ref: 61,
  },
  'ebs.delete.in-use': {
    code: 'VolumeInUse',
    title: 'Attached volumes can not be deleted',
    concept: 'A volume still attached to an instance is in use; EC2 makes you detach it first so data is never deleted from under a running system.',
    fix: 'Detach the volume (or terminate its instance), then delete it.',
    section: 'EC2 Architecture and Resilience',
    ref: 61,
  },
  'ebs.encryption.kms-requires-encrypted': {
    code: 'InvalidParameterDependency',
    title: 'A KMS key only makes sense with Encrypted=true',
    concept:
      'KmsKeyId chooses which key encrypts the data; it has no meaning unless encryption is requested, so AWS refuses it alone instead of guessing.',
    fix: 'Add Encrypted: true, or leave KmsKeyId out.',
    section: 'Encryption',
    ref: 63,
  },
  'ebs.bdm.size-below-snapshot': {
    code: 'InvalidBlockDeviceMapping',
    title: 'A mapped volume can not be smaller than its snapshot',
    concept:
      'A block device mapping creates each volume from a snapshot; the new volume can grow (you can change the EBS volume size during AMI creation or launch) but never shrink below the snapshot.',
    fix: 'Use a VolumeSize at least as large as the snapshot, or leave it out.',
    section: 'AMI Lifecycle',
    ref: 65,
  },

  'ebs.launch.kms-key-not-in-region': {
    code: 'InvalidParameterValue',
    title: 'KMS keys are regional',
    concept:
      'A KMS key exists in one region only, so every encrypted volume must use a key of its own region. (Real EC2 checks the key after accepting the launch and then terminates the instance with Client.InvalidKMSKey.InvalidState; the lab refuses up front.)',
    fix: 'Use a key id, ARN or alias that exists in this region, or leave KmsKeyId out to use alias/aws/ebs.',
    section: 'Encryption',
    ref: 64,
  },

  // ---- Snapshots (rules 69–70) ----
  'snapshot.delete.in-use': {
    code: 'InvalidSnapshot.InUse',
    title: 'A snapshot that backs an AMI can not be deleted',
    concept: 'An AMI is only a list of snapshots (its block device mapping); deleting one of them would leave the AMI unable to launch.',
    fix: 'Deregister the AMI first, then delete the snapshot.',
    section: 'AMI Lifecycle',
    ref: 69,
  },
  'snapshot.share.public-encrypted': {
    code: 'UnsupportedOperation',
    title: 'Encrypted snapshots can not be public',
    concept: 'Anyone can read a public snapshot, but nobody outside your account can use your KMS key, so an encrypted snapshot can never be made public.',
    fix: 'Share it with specific accounts (using a customer managed key), or make public only unencrypted data.',
    section: 'Encryption',
    ref: 70,
  },
  'snapshot.share.aws-managed-key': {
    code: 'InvalidParameter',
    title: 'Snapshots under the AWS managed key can not be shared',
    concept: 'The AWS managed key alias/aws/ebs can not be used by other accounts, so data encrypted with it can not be shared.',
    fix: 'Copy the snapshot with a customer managed KMS key (kms:CreateKey), then share the copy.',
    section: 'Cross-account copying',
    ref: 70,
  },

  // ---- AMIs (rules 65–70) ----
  'ami.name.malformed': {
    code: 'InvalidAMIName.Malformed',
    title: 'AMI names are 3–128 characters',
    concept: 'An AMI name identifies the image in your account and region; it is 3 to 128 letters, digits, spaces and ( ) [ ] . / - \' @ _ characters.',
    fix: 'Choose a name of 3 to 128 allowed characters.',
    section: 'AMI Lifecycle',
    ref: 65,
  },
  'ami.name.duplicate': {
    code: 'InvalidAMIName.Duplicate',
    title: 'AMI names are unique per account and region',
    concept: 'Within one account and one region no two AMIs may share a name, so a name always points at one image (AMIs themselves are regional).',
    fix: 'Pick another name (e.g. add a date or version), or deregister the old AMI.',
    section: 'AMI Lifecycle',
    ref: 65,
  },
  'ami.create.instance-store': {
    code: 'UnsupportedOperation',
    title: 'CreateImage needs an EBS-backed instance',
    concept: 'CreateImage makes the AMI out of EBS snapshots of the instance’s volumes. An instance-store root is local to the host and can not be snapshotted.',
    fix: 'Launch from an EBS-backed AMI to bake images with CreateImage.',
    section: 'AMI Lifecycle',
    ref: 65,
  },
  'ami.create.instance-state': {
    code: 'IncorrectInstanceState',
    title: 'CreateImage needs a running or stopped instance',
    concept: 'An image is baked from the volumes of an instance that exists: running (EC2 reboots it unless NoReboot) or stopped.',
    fix: 'Create the image from a running or stopped instance.',
    section: 'AMI Lifecycle',
    ref: 65,
  },
  'ami.launch.instance-store-type': {
    code: 'UnsupportedOperation',
    title: 'Instance-store AMIs need an instance type with instance store',
    concept: 'An instance-store-backed AMI boots from a local disk of the host, so the instance type must have instance store volumes that can hold a root device (today only a few older types can).',
    fix: 'Use an EBS-backed AMI, or one of the few older instance types that boot from instance store (e.g. m3.medium).',
    section: 'AMI Lifecycle',
    ref: 65,
  },
  'ami.modify.not-owner': {
    code: 'AuthFailure',
    title: 'Only the owner changes or deregisters an AMI',
    concept: 'Launch permissions are the owner’s decision: an account that can launch a public or shared AMI can not change who else may use it, nor delete it.',
    fix: 'Copy the AMI into your account (CopyImage) and manage your copy.',
    section: 'Amazon Machine Image (AMI)',
    ref: 70,
  },
  'ami.share.bad-item': {
    code: 'InvalidAMIAttributeItemValue',
    title: 'Launch permission for an account id or the group all',
    concept: 'An AMI is shared with a 12-digit AWS account id, or made public with the group "all". Nothing else can receive a launch permission.',
    fix: 'Use a 12-digit account id ({UserId: "444455556666"}) or {Group: "all"}.',
    section: 'Amazon Machine Image (AMI)',
    ref: 70,
  },
  'ami.share.public-encrypted': {
    code: 'UnsupportedOperation',
    title: 'AMIs with encrypted snapshots can not be public',
    concept: 'A public AMI must be launchable by anyone, but only accounts you grant your KMS key can read encrypted snapshots.',
    fix: 'Share the AMI with specific accounts instead, or make public an AMI with unencrypted snapshots.',
    section: 'Encryption',
    ref: 70,
  },
  'ami.share.public-product-code': {
    code: 'UnsupportedOperation',
    title: 'AMIs with product codes can not be public',
    concept:
      'An AMI with an AWS Marketplace product code carries someone’s paid software: only the seller publishes it. Your copies and images built from it keep the code, and you can share them with chosen accounts but never make them public.',
    fix: 'Share the AMI with specific accounts (LaunchPermission UserId) instead, or make public an image without product codes.',
    section: 'Amazon Machine Image (AMI)',
    ref: 70,
  },
  'ami.immutable': {
    code: 'InvalidParameterValue',
    title: 'An AMI can not be edited',
    concept:
      'An AMI is a fixed recipe: its block device mapping points at snapshots taken when it was made. You can only change who may launch it and its description; to change what it contains, launch an instance from it, change the instance and create a new image.',
    fix: 'Launch an instance from the AMI, make your changes, then CreateImage; deregister the old AMI when it is no longer needed.',
    section: 'AMI Lifecycle',
    ref: 65,
  },
  'ami.share.aws-managed-key': {
    code: 'InvalidParameter',
    title: 'AMIs encrypted with the AWS managed key can not be shared',
    concept: 'The AWS managed key alias/aws/ebs belongs to your account and can not be granted to others, so snapshots encrypted with it can not be shared.',
    fix: 'Copy the AMI with Encrypted: true and a customer managed KmsKeyId, then share the copy.',
    section: 'Cross-account copying',
    ref: 70,
  },

  // ---- KMS ----
  'kms.alias.exists': {
    code: 'AlreadyExistsException',
    title: 'Alias already in use',
    concept: 'An alias is a friendly name for exactly one KMS key in one account and region.',
    fix: 'Pick another alias name or point the existing one elsewhere.',
    section: 'Encryption',
  },
  'kms.alias.invalid-name': {
    code: 'InvalidAliasNameException',
    title: 'Alias names start with alias/ (and not alias/aws/)',
    concept: 'Aliases are named alias/<name>; the prefix alias/aws/ is reserved for the AWS managed keys such as alias/aws/ebs.',
    fix: 'Use a name like alias/my-ebs-key.',
    section: 'Encryption',
  },
});
