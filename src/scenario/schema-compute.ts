/**
 * zod shapes of the compute and storage collections (instances, volumes, snapshots, images, KMS keys, Spot requests,
 * Reserved Instances, Dedicated Hosts, alarms, key pairs). Same conventions as schema.ts: loose objects, one schema
 * per field.
 */
import { z } from 'zod/mini';
import { str, bool, num, int, opt, strs, owned, reason } from './schema-parts';

const statusValue = z.enum(['ok', 'impaired', 'initializing', 'insufficient-data', 'not-applicable']);
const spotBehavior = z.enum(['terminate', 'stop', 'hibernate']);

export const instanceShape = {
  ...owned,
  id: str,
  reservationId: str,
  az: str,
  vpcId: str,
  subnetId: str,
  instanceType: str,
  imageId: str,
  keyName: opt(str),
  sshPublicKey: opt(str),
  state: z.enum(['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated']),
  stateTransitionReason: str,
  stateReason: opt(reason),
  launchTime: num,
  amiLaunchIndex: int,
  rootDeviceType: z.enum(['ebs', 'instance-store']),
  rootDeviceName: str,
  instanceStore: z.array(z.looseObject({ deviceName: str, virtualName: str, sizeGiB: num })),
  publicIpOnLaunch: bool,
  userData: opt(str),
  iamInstanceProfile: opt(z.looseObject({ arn: str, roleName: str })),
  disableApiTermination: bool,
  disableApiStop: bool,
  shutdownBehavior: z.enum(['stop', 'terminate']),
  metadataOptions: z.looseObject({
    HttpTokens: z.enum(['optional', 'required']),
    HttpEndpoint: z.enum(['enabled', 'disabled']),
    HttpPutResponseHopLimit: int,
    HttpProtocolIpv6: z.enum(['enabled', 'disabled']),
    InstanceMetadataTags: z.enum(['enabled', 'disabled']),
    State: z.enum(['pending', 'applied']),
  }),
  placement: z.looseObject({
    tenancy: z.enum(['default', 'dedicated', 'host']),
    hostId: opt(str),
    affinity: opt(z.enum(['default', 'host'])),
    groupName: opt(str),
  }),
  physicalHostId: str,
  market: opt(
    z.looseObject({
      spotInstanceRequestId: str,
      maxPrice: opt(str),
      requestType: z.enum(['one-time', 'persistent']),
      interruptionBehavior: spotBehavior,
      notice: opt(z.looseObject({ action: spotBehavior, time: num })),
    }),
  ),
  status: z.looseObject({
    system: statusValue,
    instance: statusValue,
    systemCause: opt(z.enum(['power', 'network', 'host-software', 'host-hardware'])),
    instanceCause: opt(z.enum(['file-system', 'networking', 'kernel'])),
    impairedSince: opt(num),
    instanceImpairedSince: opt(num),
  }),
  ebsOptimized: bool,
  hibernationConfigured: bool,
  lastStartTime: opt(num),
  terminatedAt: opt(num),
  lastAddress: opt(str),
  recoveries: z.array(num),
  autoRecovery: opt(z.enum(['default', 'disabled'])),
  monitoring: opt(bool),
};

const volumeType = z.enum(['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard']);

export const volumeShape = {
  ...owned,
  id: str,
  az: str,
  sizeGiB: num,
  volumeType,
  iops: opt(num),
  throughput: opt(num),
  encrypted: bool,
  kmsKeyId: opt(str),
  snapshotId: opt(str),
  state: z.enum(['creating', 'available', 'in-use', 'deleting', 'deleted', 'error']),
  attachment: opt(z.looseObject({ instanceId: str, device: str, deleteOnTermination: bool, attachTime: num })),
  createTime: num,
};

export const snapshotShape = {
  ...owned,
  id: str,
  volumeId: str,
  volumeSizeGiB: num,
  encrypted: bool,
  kmsKeyId: opt(str),
  state: z.enum(['pending', 'completed', 'error']),
  startTime: num,
  description: str,
  sourceSnapshotId: opt(str),
  sourceRegion: opt(str),
  createVolumePermissions: strs,
  stateMessage: opt(str),
};

export const imageShape = {
  ...owned,
  id: str,
  name: str,
  description: str,
  state: z.enum(['pending', 'available', 'failed', 'deregistered']),
  public: bool,
  launchPermissions: strs,
  imageOwnerAlias: opt(z.literal('amazon')),
  rootDeviceType: z.enum(['ebs', 'instance-store']),
  rootDeviceName: str,
  blockDeviceMappings: z.array(
    z.looseObject({
      DeviceName: str,
      Ebs: opt(
        z.looseObject({
          SnapshotId: opt(str),
          VolumeSize: num,
          VolumeType: volumeType,
          DeleteOnTermination: bool,
          Encrypted: bool,
          KmsKeyId: opt(str),
        }),
      ),
      VirtualName: opt(str),
    }),
  ),
  architecture: z.enum(['x86_64', 'arm64']),
  platformDetails: str,
  creationDate: num,
  sourceInstanceId: opt(str),
  sourceImageId: opt(str),
  sourceRegion: opt(str),
  stateReason: opt(reason),
  productCodes: opt(z.array(z.looseObject({ ProductCodeId: str, ProductCodeType: z.enum(['marketplace', 'devpay']) }))),
};

export const kmsKeyShape = {
  ...owned,
  id: str,
  arn: str,
  aliases: strs,
  keyManager: z.enum(['AWS', 'CUSTOMER']),
  description: str,
  enabled: bool,
  creationDate: num,
  keySpec: opt(str),
  ebsEncryptionByDefault: opt(bool),
};

export const spotRequestShape = {
  ...owned,
  id: str,
  instanceType: str,
  az: opt(str),
  maxPrice: opt(str),
  type: z.enum(['one-time', 'persistent']),
  state: z.enum(['open', 'active', 'closed', 'cancelled', 'failed', 'disabled']),
  statusCode: str,
  statusMessage: str,
  instanceId: opt(str),
  interruptionBehavior: spotBehavior,
  launchSpecification: z.record(str, z.unknown()),
  createTime: num,
  updateTime: opt(num),
  launchedAz: opt(str),
};

export const reservedInstanceShape = {
  ...owned,
  id: str,
  offeringId: str,
  instanceType: str,
  scope: z.enum(['Availability Zone', 'Region']),
  az: opt(str),
  instanceCount: int,
  start: num,
  durationSeconds: num,
  offeringType: z.enum(['No Upfront', 'Partial Upfront', 'All Upfront']),
  fixedPrice: num,
  usagePrice: num,
  productDescription: str,
  instanceTenancy: z.enum(['default', 'dedicated']),
  state: z.enum(['payment-pending', 'active', 'retired', 'queued']),
  offeringClass: opt(z.enum(['standard', 'convertible'])),
};

export const dedicatedHostShape = {
  ...owned,
  id: str,
  az: str,
  instanceType: opt(str),
  instanceFamily: opt(str),
  autoPlacement: z.enum(['on', 'off']),
  hostRecovery: z.enum(['on', 'off']),
  state: z.enum(['available', 'under-assessment', 'permanent-failure', 'released', 'released-permanent-failure', 'pending']),
  allocationTime: num,
  releaseTime: opt(num),
};

export const alarmShape = {
  ...owned,
  name: str,
  arn: str,
  namespace: str,
  metricName: str,
  dimensions: z.array(z.looseObject({ Name: str, Value: str })),
  statistic: str,
  period: num,
  evaluationPeriods: num,
  threshold: num,
  comparisonOperator: str,
  alarmActions: strs,
  okActions: strs,
  actionsEnabled: bool,
  state: z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']),
  stateReason: str,
  stateUpdatedAt: num,
  breachingFor: num,
};

export const keyPairShape = {
  ...owned,
  id: str,
  name: str,
  keyType: z.enum(['rsa', 'ed25519']),
  origin: z.enum(['created', 'imported']),
  fingerprint: str,
  publicKey: str,
  createTime: num,
};

export const clientKeyShape = { ...owned, id: str, name: str, publicKey: str };

export const instanceConnectKeyShape = { ...owned, id: str, instanceId: str, osUser: str, publicKey: str, pushedAt: num };
export const instanceConnectEndpointShape = {
  ...owned,
  id: str,
  vpcId: str,
  subnetId: str,
  az: str,
  networkInterfaceId: str,
  securityGroupIds: strs,
  preserveClientIp: bool,
  createdAt: num,
  clientToken: opt(str),
};
