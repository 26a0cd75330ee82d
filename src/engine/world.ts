import type { World } from './model/world';
import type { Image, KmsKey, Snapshot } from './model/storage';
import { AMAZON_ACCOUNT, DEFAULT_ACCOUNT, HOME_REGION, MARKETPLACE_ACCOUNT, REGIONS } from './regions';
import { hashString, seedState } from './rng';
import { LAB_MARKETPLACE_PRODUCT } from './catalog/marketplace';
import { Tx } from './tx';
import { apply } from './apply';
import { Collection } from './collection';

export type { World } from './model/world';

export interface CreateWorldOptions {
  /** Changes the id sequence (ids, MACs, public IPs). Default 1. */
  seed?: number;
  /** Create AWS's default VPC (172.31.0.0/16, one /20 default subnet per AZ) in every region. */
  defaultVpc?: boolean;
}

function emptyWorld(seed: number): World {
  return {
    format: 'ec2-lab-world',
    version: 1,
    account: DEFAULT_ACCOUNT,
    homeRegion: HOME_REGION,
    clock: 0,
    rng: seedState(seed),
    seed,
    regions: REGIONS,
    vpcs: Collection.empty(),
    subnets: Collection.empty(),
    internetGateways: Collection.empty(),
    routeTables: Collection.empty(),
    networkAcls: Collection.empty(),
    securityGroups: Collection.empty(),
    networkInterfaces: Collection.empty(),
    addresses: Collection.empty(),
    instances: Collection.empty(),
    volumes: Collection.empty(),
    snapshots: Collection.empty(),
    images: Collection.empty(),
    kmsKeys: Collection.empty(),
    spotRequests: Collection.empty(),
    reservedInstances: Collection.empty(),
    dedicatedHosts: Collection.empty(),
    alarms: Collection.empty(),
    keyPairs: Collection.empty(),
    clientKeys: Collection.empty(),
    securityGroupRules: Collection.empty(),
    instanceConnectKeys: Collection.empty(),
    loadBalancers: Collection.empty(),
    targetGroups: Collection.empty(),
    listeners: Collection.empty(),
    launchTemplates: Collection.empty(),
    autoScalingGroups: Collection.empty(),
    scalingPolicies: Collection.empty(),
    zoneFailures: Collection.empty(),
    instanceConnectEndpoints: Collection.empty(),
    spotPrices: {},
    billing: { lines: {}, total: 0 },
  };
}

function uuid(tx: Tx): string {
  const h = tx.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * An id for a resource seeded outside the world's generator: 16 hex digits hashed from the seed and a name. The
 * Marketplace AMI uses it so that adding it did not shift the id sequence every existing world and document relies on.
 */
function fixedId(prefix: string, seed: number, name: string): string {
  const hex = (text: string) => hashString(text).toString(16).padStart(8, '0');
  return `${prefix}-0${hex(`${seed}|${name}`)}${hex(`${name}|${seed}`)}`;
}

/**
 * One public AWS Marketplace AMI per region (owner alias `aws-marketplace`, account 679593333241): an EBS-backed
 * Linux image with a marketplace product code, so instances launched from it pay a software charge on top of the
 * instance (course "Amazon Machine Image (AMI)": Marketplace).
 */
function seedMarketplace(tx: Tx, region: string): void {
  const seller = { ownerId: MARKETPLACE_ACCOUNT, region, tags: [] };
  const product = LAB_MARKETPLACE_PRODUCT;
  const rootSnapshot: Snapshot = {
    ...seller,
    id: fixedId('snap', tx.base.seed, `marketplace-root|${region}`),
    volumeId: 'vol-ffffffff',
    volumeSizeGiB: 8,
    encrypted: false,
    state: 'completed',
    startTime: 0,
    description: `${product.name} root volume (AWS Marketplace)`,
    createVolumePermissions: [],
  };
  tx.put('snapshots', rootSnapshot.id, rootSnapshot);
  const image: Image = {
    ...seller,
    id: fixedId('ami', tx.base.seed, `marketplace-ami|${region}`),
    name: 'hardened-nginx-web-server-1.26-al2023-x86_64-marketplace',
    description: `${product.name} by ${product.seller} (AWS Marketplace): software billed per hour on top of the instance`,
    state: 'available',
    public: true,
    launchPermissions: [],
    rootDeviceType: 'ebs',
    rootDeviceName: '/dev/xvda',
    blockDeviceMappings: [
      {
        DeviceName: '/dev/xvda',
        Ebs: { SnapshotId: rootSnapshot.id, VolumeSize: 8, VolumeType: 'gp3', DeleteOnTermination: true, Encrypted: false },
      },
    ],
    architecture: 'x86_64',
    platformDetails: 'Linux/UNIX',
    creationDate: 0,
    productCodes: [{ ProductCodeId: product.productCodeId, ProductCodeType: 'marketplace' }],
  };
  tx.put('images', image.id, image);
}

/** What every region has before the learner does anything: Amazon's public AMIs and the AWS-managed EBS key. */
function seedRegion(tx: Tx, region: string): void {
  const amazon = { ownerId: AMAZON_ACCOUNT, region, tags: [] };
  const rootSnapshot: Snapshot = {
    ...amazon,
    id: tx.id('snap'),
    volumeId: 'vol-ffffffff',
    volumeSizeGiB: 8,
    encrypted: false,
    state: 'completed',
    startTime: 0,
    description: 'Amazon Linux 2023 root volume',
    createVolumePermissions: ['all'],
  };
  tx.put('snapshots', rootSnapshot.id, rootSnapshot);
  const ebsImage: Image = {
    ...amazon,
    id: tx.id('ami'),
    name: 'al2023-ami-2023.6.20241111.0-kernel-6.1-x86_64',
    description: 'Amazon Linux 2023 AMI (EBS-backed)',
    state: 'available',
    public: true,
    launchPermissions: [],
    imageOwnerAlias: 'amazon',
    rootDeviceType: 'ebs',
    rootDeviceName: '/dev/xvda',
    blockDeviceMappings: [
      {
        DeviceName: '/dev/xvda',
        Ebs: {
          SnapshotId: rootSnapshot.id,
          VolumeSize: 8,
          VolumeType: 'gp3',
          DeleteOnTermination: true,
          Encrypted: false,
        },
      },
    ],
    architecture: 'x86_64',
    platformDetails: 'Linux/UNIX',
    creationDate: 0,
  };
  tx.put('images', ebsImage.id, ebsImage);
  const storeImage: Image = {
    ...amazon,
    id: tx.id('ami'),
    name: 'amzn-ami-minimal-hvm-2018.03.0.20231218.0-x86_64-s',
    description: 'Amazon Linux AMI (instance-store-backed)',
    state: 'available',
    public: true,
    launchPermissions: [],
    imageOwnerAlias: 'amazon',
    rootDeviceType: 'instance-store',
    rootDeviceName: '/dev/sda1',
    blockDeviceMappings: [{ DeviceName: '/dev/sda1', VirtualName: 'ephemeral0' }],
    architecture: 'x86_64',
    platformDetails: 'Linux/UNIX',
    creationDate: 0,
  };
  tx.put('images', storeImage.id, storeImage);
  const keyId = uuid(tx);
  const key: KmsKey = {
    ownerId: tx.base.account,
    region,
    tags: [],
    id: keyId,
    arn: `arn:aws:kms:${region}:${tx.base.account}:key/${keyId}`,
    aliases: ['alias/aws/ebs'],
    keyManager: 'AWS',
    description: 'Default key that protects my EBS volumes when no other key is defined',
    enabled: true,
    creationDate: 0,
  };
  tx.put('kmsKeys', key.id, key);
}

/** The starting world of docs/contract/ENGINE_API.md. Pure: the same options always give the same world. */
export function createWorld(options: CreateWorldOptions = {}): World {
  const seed = options.seed ?? 1;
  const base = emptyWorld(seed);
  const tx = new Tx(base, { type: 'sim:CreateWorld' }, base.homeRegion, base.account);
  for (const region of Object.keys(base.regions)) seedRegion(tx, region);
  // After every region's Amazon resources, so that the starting world's first entries keep their positions (scenario
  // snapshots refer to baseline entries by index) and the id generator is not touched.
  for (const region of Object.keys(base.regions)) seedMarketplace(tx, region);
  let world = tx.finish();
  if (options.defaultVpc) {
    for (const region of Object.keys(world.regions)) {
      const result = apply(world, { type: 'ec2:CreateDefaultVpc', region });
      if (result.ok) world = result.world;
    }
  }
  return world;
}
