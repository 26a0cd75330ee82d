/**
 * The instance metadata tree under `/latest/` for one instance: `meta-data/` with its categories, `dynamic/` and
 * `user-data`. The network and identity categories live in metadata-network.ts and metadata-identity.ts.
 */
import { getInstanceType } from '../catalog/instance-types';
import type { Instance } from '../model/instances';
import type { World } from '../model/world';
import { interfacesOf } from '../queries';
import { hasPublicDnsName, privateDnsName, publicDnsName } from './dns-names';
import { primaryPrivateIp, publicIpFor } from './dns';
import { hashChars } from './imds-token';
import { imdsTime } from './metadata-answers';
import { identityCredentialsNode, identityDocument, iamNode } from './metadata-identity';
import { groupNames, networkNode } from './metadata-network';
import { dir, leaf, lines, type Dir, type Node } from './metadata-nodes';

const BASE64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `block-device-mapping/`: the devices the instance booted with (volumes attached later appear after a reboot). */
function blockDeviceNode(world: World, instance: Instance): Dir {
  const short = (device: string) => device.replace(/^\/dev\//, '');
  const entries: Record<string, Node> = {
    ami: leaf(short(instance.rootDeviceName)),
    root: leaf(instance.rootDeviceName),
  };
  const bootedAt = instance.lastStartTime ?? instance.launchTime;
  const ebs = [...world.volumes.values()]
    .filter(
      (v) =>
        v.attachment?.instanceId === instance.id &&
        v.attachment.device !== instance.rootDeviceName &&
        v.attachment.attachTime <= bootedAt,
    )
    .map((v) => v.attachment?.device ?? '')
    .sort();
  ebs.forEach((device, i) => {
    entries[`ebs${i + 1}`] = leaf(short(device));
  });
  instance.instanceStore.forEach((store, i) => {
    entries[`ephemeral${i}`] = leaf(short(store.deviceName));
  });
  return dir(entries);
}

function spotNode(instance: Instance): Dir | undefined {
  const notice = instance.market?.notice;
  if (!notice) return undefined;
  const time = imdsTime(notice.time);
  return dir({
    'instance-action': leaf(JSON.stringify({ action: notice.action, time })),
    'termination-time': notice.action === 'terminate' ? leaf(time) : undefined,
  });
}

function publicKeysNode(world: World, instance: Instance): Dir | undefined {
  if (!instance.keyName) return undefined;
  const material = hashChars(`key|${world.account}|${instance.region}|${instance.keyName}`, 372, BASE64_CHARS);
  const publicKey = instance.sshPublicKey ?? `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${material}`;
  return dir(
    { '0': dir({ 'openssh-key': leaf(`${publicKey} ${instance.keyName}`) }) },
    `0=${instance.keyName}`,
  );
}

function tagsNode(instance: Instance): Dir | undefined {
  if (instance.metadataOptions.InstanceMetadataTags !== 'enabled') return undefined;
  const entries: Record<string, Node> = {};
  for (const tag of instance.tags) entries[tag.Key] = leaf(tag.Value);
  return dir({ instance: dir(entries) });
}

/** `placement/`: zone, zone ID, placement group and Dedicated Host. */
function placementNode(world: World, instance: Instance): Dir {
  const zoneId = world.regions[instance.region]?.zones.find((z) => z.ZoneName === instance.az)?.ZoneId;
  return dir({
    'availability-zone': leaf(instance.az),
    'availability-zone-id': zoneId ? leaf(zoneId) : undefined,
    'group-name': instance.placement.groupName ? leaf(instance.placement.groupName) : undefined,
    'host-id': instance.placement.hostId ? leaf(instance.placement.hostId) : undefined,
    region: leaf(instance.region),
  });
}

function metaDataNode(world: World, instance: Instance): Dir {
  const enis = interfacesOf(world, instance.id);
  const eth0 = enis.find((eni) => eni.attachment?.deviceIndex === 0);
  const localIp = eth0 ? primaryPrivateIp(eth0) : undefined;
  const publicIp = eth0 && localIp ? publicIpFor(world, eth0, localIp) : undefined;
  const vpc = world.vpcs.get(instance.vpcId);
  const publicName = publicIp && vpc && hasPublicDnsName(vpc) ? publicDnsName(instance.region, publicIp) : undefined;
  const localName = localIp ? privateDnsName(instance.region, localIp) : undefined;
  const hypervisor = getInstanceType(instance.instanceType)?.hypervisor ?? 'nitro';

  return dir({
    'ami-id': leaf(instance.imageId),
    'ami-launch-index': leaf(String(instance.amiLaunchIndex)),
    'ami-manifest-path': leaf('(unknown)'),
    'block-device-mapping': blockDeviceNode(world, instance),
    events: dir({ maintenance: dir({ history: leaf('[]'), scheduled: leaf('[]') }) }),
    hostname: localName ? leaf(localName) : undefined,
    iam: iamNode(world, instance),
    'identity-credentials': identityCredentialsNode(world, instance),
    'instance-action': leaf('none'),
    'instance-id': leaf(instance.id),
    'instance-life-cycle': leaf(instance.market ? 'spot' : 'on-demand'),
    'instance-type': leaf(instance.instanceType),
    ipv6: eth0?.ipv6[0] ? leaf(eth0.ipv6[0]) : undefined,
    'local-hostname': localName ? leaf(localName) : undefined,
    'local-ipv4': localIp ? leaf(localIp) : undefined,
    mac: eth0 ? leaf(eth0.mac) : undefined,
    network: networkNode(world, enis),
    placement: placementNode(world, instance),
    profile: leaf('default-hvm'),
    'public-hostname': publicName ? leaf(publicName) : undefined,
    'public-ipv4': publicIp ? leaf(publicIp) : undefined,
    'public-keys': publicKeysNode(world, instance),
    'reservation-id': leaf(instance.reservationId),
    'security-groups': eth0 ? lines(groupNames(world, eth0)) : undefined,
    services: dir({ domain: leaf('amazonaws.com'), partition: leaf('aws') }),
    spot: spotNode(instance),
    system: leaf(hypervisor),
    tags: tagsNode(instance),
  });
}

/** The text the guest gets from /latest/user-data: RunInstances stores UserData already decoded from base64. */
export function userDataText(instance: Instance): string | undefined {
  const text = instance.userData;
  return text === undefined || text === '' ? undefined : text;
}

function versionNode(world: World, instance: Instance): Dir {
  const userData = userDataText(instance);
  const node = dir({
    'meta-data': metaDataNode(world, instance),
    dynamic: dir({
      'fws': dir({ 'instance-monitoring': leaf('disabled') }),
      'instance-identity': dir({ document: leaf(identityDocument(world, instance)) }),
    }),
    'user-data': userData !== undefined ? leaf(userData, 'application/octet-stream') : undefined,
  });
  // `/latest/` lists its three categories without trailing slashes.
  return { ...node, listing: Object.keys(node.entries).sort().join('\n') };
}

/** The whole tree under `/latest/` for one instance (exported for the terminal's tab completion). */
export function metadataTree(world: World, instance: Instance): Dir {
  return versionNode(world, instance);
}
