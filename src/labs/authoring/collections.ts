/**
 * The collections an authored goal can ask about, each with its noun, its properties and its scopes (see
 * properties.ts for the types and the lookups). Field names follow src/engine/model/*.ts. Pure.
 */
import type { World } from '../../engine';
import type { NetworkInterface } from '../../engine/model/network';
import type { ResourceOf } from '../../engine/model/world';
import { interfacesOf, primaryInterfaceOf } from '../../engine';
import { categoryOf, eniPublicIp, instanceElasticIps, instancePublicIp, ownedBySelf, routeTableOf } from '../goals';
import type { CollectionDef, PropertyDef } from './properties';

const nameTag: PropertyDef = {
  path: 'name',
  label: 'Name tag',
  type: 'text',
  get: (r: { tags?: { Key: string; Value: string }[] }) => r.tags?.find((t) => t.Key === 'Name')?.Value,
};

const INSTANCE_STATES = ['running', 'stopped', 'pending', 'stopping', 'shutting-down', 'terminated'] as const;
const STATUS = ['ok', 'impaired', 'initializing', 'insufficient-data', 'not-applicable'] as const;
const VOLUME_TYPES = ['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard'] as const;

export function eniOf(world: World, id: string | undefined): NetworkInterface | undefined {
  return id ? world.networkInterfaces.get(id) : undefined;
}

/** The subnet sends 0.0.0.0/0 to an internet gateway through its route table. */
function subnetIsPublic(world: World, subnetId: string): boolean {
  return routeTableOf(world, subnetId)?.routes.some((r) => r.destination === '0.0.0.0/0' && r.gatewayId?.startsWith('igw-')) ?? false;
}

export const COLLECTIONS: readonly CollectionDef[] = [
  {
    key: 'instances',
    noun: 'instance',
    plural: 'instances',
    scopes: ['region', 'az', 'vpcId', 'subnetId'],
    properties: [
      { path: 'state', label: 'state', type: 'enum', values: INSTANCE_STATES },
      { path: 'instanceType', label: 'instance type', type: 'text' },
      { path: 'az', label: 'Availability Zone', type: 'text' },
      {
        path: 'category',
        label: 'category',
        type: 'text',
        get: (i: ResourceOf<'instances'>, w) => categoryOf(w, i.instanceType),
      },
      {
        path: 'publicIp',
        label: 'public IPv4 address',
        type: 'text',
        some: 'a public IPv4 address',
        get: (i: ResourceOf<'instances'>, w) => instancePublicIp(w, i.id),
      },
      {
        path: 'privateIp',
        label: 'primary private IPv4 address',
        type: 'text',
        get: (i: ResourceOf<'instances'>, w) => primaryInterfaceOf(w, i.id)?.privateIps.find((ip) => ip.primary)?.address,
      },
      {
        path: 'hasElasticIp',
        label: 'Elastic IP',
        type: 'boolean',
        yes: 'has an Elastic IP',
        no: 'has no Elastic IP',
        get: (i: ResourceOf<'instances'>, w) => instanceElasticIps(w, i.id).length > 0,
      },
      {
        path: 'networkInterfaces',
        label: 'number of network interfaces',
        type: 'number',
        get: (i: ResourceOf<'instances'>, w) => interfacesOf(w, i.id).length,
      },
      { path: 'placement.tenancy', label: 'tenancy', type: 'enum', values: ['default', 'dedicated', 'host'] },
      { path: 'placement.hostId', label: 'Dedicated Host', type: 'text', some: 'a Dedicated Host' },
      { path: 'physicalHostId', label: 'physical host', type: 'text' },
      { path: 'rootDeviceType', label: 'root device type', type: 'enum', values: ['ebs', 'instance-store'] },
      { path: 'imageId', label: 'AMI', type: 'text' },
      {
        path: 'spot',
        label: 'Spot',
        type: 'boolean',
        yes: 'is a Spot Instance',
        no: 'is not a Spot Instance',
        get: (i: ResourceOf<'instances'>) => i.market !== undefined,
      },
      {
        path: 'disableApiTermination',
        label: 'termination protection',
        type: 'boolean',
        yes: 'has termination protection on',
        no: 'has termination protection off',
      },
      { path: 'disableApiStop', label: 'stop protection', type: 'boolean', yes: 'has stop protection on', no: 'has stop protection off' },
      { path: 'shutdownBehavior', label: 'shutdown behaviour', type: 'enum', values: ['stop', 'terminate'] },
      { path: 'metadataOptions.HttpTokens', label: 'IMDSv2 tokens setting', type: 'enum', values: ['optional', 'required'] },
      { path: 'metadataOptions.HttpEndpoint', label: 'metadata endpoint', type: 'enum', values: ['enabled', 'disabled'] },
      { path: 'userData', label: 'user data', type: 'text', some: 'user data' },
      { path: 'iamInstanceProfile.roleName', label: 'IAM role', type: 'text', some: 'an IAM role' },
      { path: 'status.system', label: 'system status check', type: 'enum', values: STATUS },
      { path: 'status.instance', label: 'instance status check', type: 'enum', values: STATUS },
      { path: 'autoRecovery', label: 'automatic recovery', type: 'enum', values: ['default', 'disabled'] },
      nameTag,
    ],
  },
  {
    key: 'networkInterfaces',
    noun: 'network interface',
    plural: 'network interfaces',
    scopes: ['region', 'az', 'vpcId', 'subnetId'],
    properties: [
      {
        path: 'attached',
        label: 'attachment',
        type: 'boolean',
        yes: 'is attached to an instance',
        no: 'is not attached to an instance',
        get: (e: NetworkInterface) => e.attachment !== undefined,
      },
      { path: 'attachment.instanceId', label: 'instance', type: 'text', some: 'an instance attached' },
      { path: 'attachment.deviceIndex', label: 'device index', type: 'number' },
      { path: 'az', label: 'Availability Zone', type: 'text' },
      {
        path: 'sourceDestCheck',
        label: 'source/destination check',
        type: 'boolean',
        yes: 'has the source/destination check on',
        no: 'has the source/destination check off',
      },
      {
        path: 'privateIpCount',
        label: 'number of private IPv4 addresses',
        type: 'number',
        get: (e: NetworkInterface) => e.privateIps.length,
      },
      {
        path: 'privateIps',
        label: 'private IPv4 addresses',
        type: 'list',
        get: (e: NetworkInterface) => e.privateIps.map((ip) => ip.address),
      },
      { path: 'publicIp', label: 'public IPv4 address', type: 'text', some: 'a public IPv4 address', get: (e: NetworkInterface, w) => eniPublicIp(w, e) },
      { path: 'ipv6', label: 'IPv6 addresses', type: 'list' },
      { path: 'groupIds', label: 'security groups', type: 'list' },
      { path: 'mac', label: 'MAC address', type: 'text' },
      { path: 'description', label: 'description', type: 'text' },
      { path: 'createdBy', label: 'origin', type: 'enum', values: ['launch', 'user'] },
      nameTag,
    ],
  },
  {
    key: 'volumes',
    noun: 'EBS volume',
    plural: 'EBS volumes',
    scopes: ['region', 'az', 'vpcId', 'subnetId'],
    properties: [
      { path: 'state', label: 'state', type: 'enum', values: ['available', 'in-use', 'creating', 'deleting', 'deleted', 'error'] },
      { path: 'az', label: 'Availability Zone', type: 'text' },
      {
        path: 'attached',
        label: 'attachment',
        type: 'boolean',
        yes: 'is attached to an instance',
        no: 'is not attached to an instance',
        get: (v: ResourceOf<'volumes'>) => v.attachment !== undefined,
      },
      { path: 'attachment.instanceId', label: 'instance', type: 'text', some: 'an instance attached' },
      { path: 'attachment.device', label: 'device name', type: 'text' },
      { path: 'sizeGiB', label: 'size in GiB', type: 'number' },
      { path: 'volumeType', label: 'volume type', type: 'enum', values: VOLUME_TYPES },
      { path: 'iops', label: 'IOPS', type: 'number' },
      { path: 'encrypted', label: 'encryption', type: 'boolean', yes: 'is encrypted', no: 'is not encrypted' },
      { path: 'snapshotId', label: 'source snapshot', type: 'text', some: 'a source snapshot' },
      nameTag,
    ],
  },
  {
    key: 'addresses',
    noun: 'Elastic IP',
    plural: 'Elastic IPs',
    scopes: ['region', 'az', 'vpcId', 'subnetId'],
    properties: [
      {
        path: 'associated',
        label: 'association',
        type: 'boolean',
        yes: 'is associated',
        no: 'is not associated',
        get: (a: ResourceOf<'addresses'>) => a.association !== undefined,
      },
      {
        path: 'instanceId',
        label: 'instance',
        type: 'text',
        get: (a: ResourceOf<'addresses'>, w) => eniOf(w, a.association?.networkInterfaceId)?.attachment?.instanceId,
      },
      { path: 'association.networkInterfaceId', label: 'network interface', type: 'text', some: 'a network interface' },
      { path: 'association.privateIp', label: 'private IPv4 address', type: 'text' },
      { path: 'publicIp', label: 'public IPv4 address', type: 'text' },
      nameTag,
    ],
  },
  {
    key: 'vpcs',
    noun: 'VPC',
    plural: 'VPCs',
    scopes: ['region', 'vpcId'],
    properties: [
      {
        path: 'cidrs',
        label: 'IPv4 CIDR blocks',
        type: 'list',
        get: (v: ResourceOf<'vpcs'>) => v.cidrBlocks.map((b) => b.cidr),
      },
      { path: 'ipv6CidrBlock', label: 'IPv6 block', type: 'text', some: 'an IPv6 block' },
      { path: 'isDefault', label: 'default VPC', type: 'boolean', yes: 'is the default VPC', no: 'is not the default VPC' },
      { path: 'enableDnsSupport', label: 'DNS resolution', type: 'boolean', yes: 'has DNS resolution on', no: 'has DNS resolution off' },
      { path: 'enableDnsHostnames', label: 'DNS hostnames', type: 'boolean', yes: 'has DNS hostnames on', no: 'has DNS hostnames off' },
      {
        path: 'internetGateway',
        label: 'internet gateway',
        type: 'boolean',
        yes: 'has an internet gateway attached',
        no: 'has no internet gateway attached',
        get: (v: ResourceOf<'vpcs'>, w) => w.internetGateways.values().some((g) => g.vpcId === v.id),
      },
      nameTag,
    ],
  },
  {
    key: 'subnets',
    noun: 'subnet',
    plural: 'subnets',
    scopes: ['region', 'az', 'vpcId', 'subnetId'],
    properties: [
      { path: 'az', label: 'Availability Zone', type: 'text' },
      { path: 'cidr', label: 'IPv4 CIDR', type: 'text' },
      { path: 'ipv6Cidr', label: 'IPv6 CIDR', type: 'text', some: 'an IPv6 CIDR' },
      {
        path: 'mapPublicIpOnLaunch',
        label: 'public IPv4 on launch',
        type: 'boolean',
        yes: 'gives a public IPv4 on launch',
        no: 'gives no public IPv4 on launch',
      },
      { path: 'defaultForAz', label: 'default subnet', type: 'boolean', yes: 'is a default subnet', no: 'is not a default subnet' },
      {
        path: 'public',
        label: 'route to the internet',
        type: 'boolean',
        yes: 'routes 0.0.0.0/0 to an internet gateway',
        no: 'has no route to an internet gateway',
        get: (s: ResourceOf<'subnets'>, w) => subnetIsPublic(w, s.id),
      },
      nameTag,
    ],
  },
  {
    key: 'internetGateways',
    noun: 'internet gateway',
    plural: 'internet gateways',
    scopes: ['region', 'vpcId'],
    properties: [
      {
        path: 'attached',
        label: 'attachment',
        type: 'boolean',
        yes: 'is attached to a VPC',
        no: 'is not attached to a VPC',
        get: (g: ResourceOf<'internetGateways'>) => g.vpcId !== undefined,
      },
      nameTag,
    ],
  },
  {
    key: 'securityGroups',
    noun: 'security group',
    plural: 'security groups',
    scopes: ['region', 'vpcId'],
    properties: [
      { path: 'name', label: 'group name', type: 'text' },
      { path: 'description', label: 'description', type: 'text' },
    ],
  },
  {
    key: 'snapshots',
    noun: 'snapshot',
    plural: 'snapshots',
    scopes: ['region'],
    properties: [
      { path: 'state', label: 'state', type: 'enum', values: ['completed', 'pending', 'error'] },
      {
        path: 'ownedBySelf',
        label: 'owner',
        type: 'boolean',
        yes: 'is yours',
        no: 'is not yours',
        get: (s: ResourceOf<'snapshots'>, w) => ownedBySelf(w, s),
      },
      { path: 'encrypted', label: 'encryption', type: 'boolean', yes: 'is encrypted', no: 'is not encrypted' },
      { path: 'volumeSizeGiB', label: 'size in GiB', type: 'number' },
      { path: 'volumeId', label: 'source volume', type: 'text' },
      { path: 'sourceRegion', label: 'source Region', type: 'text' },
      { path: 'createVolumePermissions', label: 'accounts it is shared with', type: 'list' },
      { path: 'description', label: 'description', type: 'text' },
    ],
  },
  {
    key: 'images',
    noun: 'AMI',
    plural: 'AMIs',
    scopes: ['region'],
    properties: [
      { path: 'state', label: 'state', type: 'enum', values: ['available', 'pending', 'failed', 'deregistered'] },
      {
        path: 'ownedBySelf',
        label: 'owner',
        type: 'boolean',
        yes: 'is yours',
        no: 'is not yours',
        get: (i: ResourceOf<'images'>, w) => ownedBySelf(w, i),
      },
      { path: 'name', label: 'name', type: 'text' },
      { path: 'public', label: 'public', type: 'boolean', yes: 'is public', no: 'is not public' },
      { path: 'launchPermissions', label: 'accounts it is shared with', type: 'list' },
      { path: 'sourceImageId', label: 'source AMI (it is a copy)', type: 'text', some: 'a source AMI (it is a copy)' },
      { path: 'sourceRegion', label: 'source Region', type: 'text' },
      { path: 'rootDeviceType', label: 'root device type', type: 'enum', values: ['ebs', 'instance-store'] },
      { path: 'architecture', label: 'architecture', type: 'enum', values: ['x86_64', 'arm64'] },
    ],
  },
  {
    key: 'spotRequests',
    noun: 'Spot request',
    plural: 'Spot requests',
    scopes: ['region', 'az'],
    properties: [
      { path: 'state', label: 'state', type: 'enum', values: ['active', 'open', 'closed', 'cancelled', 'failed', 'disabled'] },
      { path: 'statusCode', label: 'status code', type: 'text' },
      { path: 'type', label: 'request type', type: 'enum', values: ['one-time', 'persistent'] },
      { path: 'instanceType', label: 'instance type', type: 'text' },
      { path: 'instanceId', label: 'instance', type: 'text' },
    ],
  },
  {
    key: 'reservedInstances',
    noun: 'Reserved Instance',
    plural: 'Reserved Instances',
    scopes: ['region', 'az'],
    properties: [
      { path: 'scope', label: 'scope', type: 'enum', values: ['Availability Zone', 'Region'] },
      { path: 'instanceType', label: 'instance type', type: 'text' },
      { path: 'offeringType', label: 'payment option', type: 'enum', values: ['No Upfront', 'Partial Upfront', 'All Upfront'] },
      { path: 'state', label: 'state', type: 'enum', values: ['active', 'payment-pending', 'queued', 'retired'] },
      { path: 'instanceCount', label: 'instance count', type: 'number' },
    ],
  },
  {
    key: 'dedicatedHosts',
    noun: 'Dedicated Host',
    plural: 'Dedicated Hosts',
    scopes: ['region', 'az'],
    properties: [
      {
        path: 'state',
        label: 'state',
        type: 'enum',
        values: ['available', 'under-assessment', 'permanent-failure', 'released', 'released-permanent-failure', 'pending'],
      },
      { path: 'instanceType', label: 'instance type', type: 'text' },
      { path: 'instanceFamily', label: 'instance family', type: 'text' },
      { path: 'autoPlacement', label: 'auto-placement', type: 'enum', values: ['on', 'off'] },
      {
        path: 'instances',
        label: 'number of instances on it',
        type: 'number',
        get: (h: ResourceOf<'dedicatedHosts'>, w) =>
          w.instances.values().filter((i) => i.placement.hostId === h.id && i.state !== 'terminated').length,
      },
    ],
  },
  {
    key: 'alarms',
    noun: 'CloudWatch alarm',
    plural: 'CloudWatch alarms',
    scopes: ['region'],
    properties: [
      { path: 'state', label: 'state', type: 'enum', values: ['OK', 'ALARM', 'INSUFFICIENT_DATA'] },
      { path: 'metricName', label: 'metric', type: 'text' },
      { path: 'name', label: 'name', type: 'text' },
      { path: 'alarmActions', label: 'actions', type: 'list' },
    ],
  },
];
