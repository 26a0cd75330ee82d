import type { Owned } from './common';

export type VolumeType = 'gp2' | 'gp3' | 'io1' | 'io2' | 'st1' | 'sc1' | 'standard';

export interface VolumeAttachment {
  instanceId: string;
  device: string;
  deleteOnTermination: boolean;
  attachTime: number;
}

export interface Volume extends Owned {
  id: string;
  az: string;
  sizeGiB: number;
  volumeType: VolumeType;
  iops?: number;
  /** gp3 throughput in MiB/s. */
  throughput?: number;
  encrypted: boolean;
  kmsKeyId?: string;
  snapshotId?: string;
  state: 'creating' | 'available' | 'in-use' | 'deleting' | 'deleted' | 'error';
  attachment?: VolumeAttachment;
  createTime: number;
}

export interface Snapshot extends Owned {
  id: string;
  volumeId: string;
  volumeSizeGiB: number;
  encrypted: boolean;
  kmsKeyId?: string;
  state: 'pending' | 'completed' | 'error';
  startTime: number;
  description: string;
  /** For copies: where it came from. */
  sourceSnapshotId?: string;
  sourceRegion?: string;
  /** Accounts allowed to create volumes from it ('all' = public). */
  createVolumePermissions: string[];
  /** Why a snapshot ended in `error` (e.g. a copy whose KMS key does not exist in its region). */
  stateMessage?: string;
}

export interface EbsMapping {
  SnapshotId?: string;
  VolumeSize: number;
  VolumeType: VolumeType;
  DeleteOnTermination: boolean;
  Encrypted: boolean;
  KmsKeyId?: string;
}

export interface BlockDeviceMapping {
  DeviceName: string;
  Ebs?: EbsMapping;
  VirtualName?: string;
}

/** A product code of an AMI (SDK `ProductCode`): AWS Marketplace software billed on top of the instance. */
export interface ProductCode {
  ProductCodeId: string;
  ProductCodeType: 'marketplace' | 'devpay';
}

export interface Image extends Owned {
  id: string;
  name: string;
  description: string;
  state: 'pending' | 'available' | 'failed' | 'deregistered';
  public: boolean;
  /** Accounts given launch permission (besides the owner). */
  launchPermissions: string[];
  imageOwnerAlias?: 'amazon';
  rootDeviceType: 'ebs' | 'instance-store';
  rootDeviceName: string;
  blockDeviceMappings: BlockDeviceMapping[];
  architecture: 'x86_64' | 'arm64';
  platformDetails: string;
  creationDate: number;
  sourceInstanceId?: string;
  sourceImageId?: string;
  sourceRegion?: string;
  /** Why an image ended `failed` (SDK `StateReason`). */
  stateReason?: { Code: string; Message: string };
  /**
   * AWS Marketplace product codes: instances launched from the AMI pay a software charge on top of the instance
   * (billing/accrue.ts). Copies and images created from such instances keep them; such AMIs can't be made public.
   */
  productCodes?: ProductCode[];
}

export interface KmsKey extends Owned {
  id: string;
  arn: string;
  aliases: string[];
  keyManager: 'AWS' | 'CUSTOMER';
  description: string;
  enabled: boolean;
  creationDate: number;
  /** SYMMETRIC_DEFAULT unless asked otherwise (kms:CreateKey `KeySpec`). */
  keySpec?: string;
  /**
   * EBS encryption by default for this account and region (ec2:EnableEbsEncryptionByDefault). Kept on the
   * account's AWS-managed `alias/aws/ebs` key record of that region: the setting and the key it uses live together.
   */
  ebsEncryptionByDefault?: boolean;
}
