/**
 * The instance metadata service (IMDS, http://169.254.169.254) as the guest OS sees it: the metadata tree, user data,
 * dynamic data, and the HTTP semantics of IMDSv1 and IMDSv2 (rules 35–36 of ec2-rules.md).
 *
 * Pure: `queryMetadata(world, request)` reads the world and answers one HTTP request; it never changes the world
 * (tokens are stateless, see imds-token.ts). Choices where AWS gives no HTTP answer at all:
 * - the instance is not running: no guest OS exists to make the request → `Status: 0` (curl: connection failed);
 * - a token PUT that needs more network hops than `HttpPutResponseHopLimit`: the answer dies on the way back →
 *   `Status: 0` (curl: timed out);
 * - `HttpEndpoint: disabled`: AWS documents `403 - Forbidden` ("the request is not allowed or the IMDS is turned
 *   off"), so that is what every request gets.
 */
import { isoAt } from '../time';
import { getInstanceType } from '../catalog/instance-types';
import type { Instance } from '../model/instances';
import type { NetworkInterface } from '../model/network';
import type { World } from '../model/world';
import { hashString } from '../rng';
import { hasPublicDnsName, privateDnsName, publicDnsName } from './dns-names';
import {
  interfacePrivateDnsName,
  interfacePublicDnsName,
  primaryPrivateIp,
  publicAssociations,
  publicIpFor,
} from './dns';
import { interfacesOf, primaryInterfaceOf } from '../queries';
import { checkToken, hashChars, issueToken, temporaryCredentials } from './imds-token';

export interface MetadataRequest {
  InstanceId: string;
  /** HTTP method; default GET. IMDS answers GET, HEAD and (for the token) PUT. */
  Method?: string;
  /** `/latest/meta-data/...`; a full URL `http://169.254.169.254/...` or `http://[fd00:ec2::254]/...` works too. */
  Path: string;
  Headers?: Record<string, string>;
  /** Shortcut for the `X-aws-ec2-metadata-token` header. */
  Token?: string;
  /** Network hops between the caller and the instance's network stack (1 on the instance; 2 from a container). */
  Hops?: number;
}

export interface MetadataResponse {
  /** HTTP status; 0 when no HTTP answer arrives at all (see the file comment). */
  Status: number;
  Body: string;
  Headers: Record<string, string>;
  /** The session token of a successful `PUT /latest/api/token`. */
  Token?: string;
  /** Guest rule (rules/guest.ts) that explains a non-200 answer. */
  Rule?: string;
  /** One plain sentence on what happened, for the terminal (what curl would print when there is no answer). */
  Note?: string;
}

export const TOKEN_TTL_HEADER = 'x-aws-ec2-metadata-token-ttl-seconds';
export const TOKEN_HEADER = 'x-aws-ec2-metadata-token';
export const MAX_TOKEN_TTL = 21600;

/** Metadata build versions the service lists at `/` (a representative subset; `latest` always last). */
export const METADATA_VERSIONS = [
  '1.0',
  '2007-01-19',
  '2007-03-01',
  '2007-08-29',
  '2007-10-10',
  '2007-12-15',
  '2008-02-01',
  '2008-09-01',
  '2009-04-04',
  '2011-01-01',
  '2011-05-01',
  '2012-01-12',
  '2014-02-25',
  '2014-11-05',
  '2015-10-20',
  '2016-04-19',
  '2016-06-30',
  '2016-09-02',
  '2018-03-28',
  '2018-08-17',
  '2018-09-24',
  '2019-10-01',
  '2020-10-27',
  '2021-01-03',
  '2021-03-23',
  '2021-07-15',
  '2022-09-24',
  'latest',
];

// ---------------------------------------------------------------------------------------------------------------
// Formatting helpers

/** ISO-8601 in UTC without milliseconds, as IMDS writes times (`2025-01-01T06:00:00Z`). */
export function imdsTime(seconds: number): string {
  return isoAt(seconds).replace('.000Z', 'Z');
}

/** IMDS's JSON style: two-space indent and ` : ` between key and value. */
export function imdsJson(value: Record<string, string | number | null>): string {
  const lines = Object.entries(value).map(([k, v]) => `  ${JSON.stringify(k)} : ${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}`;
}

const REASONS: Record<number, string> = {
  400: 'Missing or Invalid Parameters',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
};

/** The small XHTML page IMDS sends with an error status. */
function errorPage(status: number): string {
  const title = `${status} - ${REASONS[status] ?? 'Error'}`;
  return [
    '<?xml version="1.0" encoding="iso-8859-1"?>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
    '         "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">',
    ' <head>',
    `  <title>${title}</title>`,
    ' </head>',
    ' <body>',
    `  <h1>${title}</h1>`,
    ' </body>',
    '</html>',
  ].join('\n');
}

const BASE64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function answer(
  status: number,
  body: string,
  contentType: string,
  extra: Partial<MetadataResponse> & { headers?: Record<string, string> } = {},
): MetadataResponse {
  const { headers, ...rest } = extra;
  return {
    Status: status,
    Body: body,
    Headers: {
      'Content-Type': contentType,
      'Content-Length': String(byteLength(body)),
      Server: 'EC2ws',
      ...headers,
    },
    ...rest,
  };
}

function failure(status: number, rule: string, note: string, headers: Record<string, string> = {}): MetadataResponse {
  return answer(status, errorPage(status), 'text/html', { Rule: rule, Note: note, headers });
}

function noAnswer(rule: string, note: string): MetadataResponse {
  return { Status: 0, Body: '', Headers: {}, Rule: rule, Note: note };
}

// ---------------------------------------------------------------------------------------------------------------
// The tree

interface Leaf {
  kind: 'leaf';
  body: string;
  contentType?: string;
}

interface Dir {
  kind: 'dir';
  entries: Record<string, Node>;
  /** Overrides the listing (public-keys/ lists `0=name`; /latest/ lists names without slashes). */
  listing?: string;
}

type Node = Leaf | Dir;

const leaf = (body: string, contentType?: string): Leaf => ({
  kind: 'leaf',
  body,
  ...(contentType ? { contentType } : {}),
});

function dir(entries: Record<string, Node | undefined>, listing?: string): Dir {
  const kept: Record<string, Node> = {};
  for (const [k, v] of Object.entries(entries)) if (v) kept[k] = v;
  return { kind: 'dir', entries: kept, ...(listing !== undefined ? { listing } : {}) };
}

function listingOf(node: Dir): string {
  if (node.listing !== undefined) return node.listing;
  return Object.keys(node.entries)
    .sort()
    .map((k) => (node.entries[k]?.kind === 'dir' ? `${k}/` : k))
    .join('\n');
}

const lines = (items: string[]): Leaf | undefined => (items.length > 0 ? leaf(items.join('\n')) : undefined);

function groupNames(world: World, eni: NetworkInterface): string[] {
  return eni.groupIds.map((id) => world.securityGroups.get(id)?.name ?? id);
}

function interfaceNode(world: World, eni: NetworkInterface): Dir {
  const subnet = world.subnets.get(eni.subnetId);
  const vpc = world.vpcs.get(eni.vpcId);
  const associations = publicAssociations(world, eni);
  const ipv4Associations: Record<string, Node> = {};
  for (const pair of associations) ipv4Associations[pair.publicIp] = leaf(pair.privateIp);
  const privateName = interfacePrivateDnsName(eni);
  const publicName = interfacePublicDnsName(world, eni);
  const vpcCidrs = vpc?.cidrBlocks.map((b) => b.cidr) ?? [];
  return dir({
    'device-number': leaf(String(eni.attachment?.deviceIndex ?? 0)),
    'interface-id': leaf(eni.id),
    'ipv4-associations': associations.length > 0 ? dir(ipv4Associations) : undefined,
    ipv6s: lines(eni.ipv6),
    'local-hostname': privateName ? leaf(privateName) : undefined,
    'local-ipv4s': lines(eni.privateIps.map((ip) => ip.address)),
    mac: leaf(eni.mac),
    'network-card': leaf('0'),
    'owner-id': leaf(eni.ownerId),
    'public-hostname': publicName ? leaf(publicName) : undefined,
    'public-ipv4s': lines(associations.map((pair) => pair.publicIp)),
    'security-group-ids': lines(eni.groupIds),
    'security-groups': lines(groupNames(world, eni)),
    'subnet-id': leaf(eni.subnetId),
    'subnet-ipv4-cidr-block': subnet ? leaf(subnet.cidr) : undefined,
    'subnet-ipv6-cidr-blocks': subnet?.ipv6Cidr ? leaf(subnet.ipv6Cidr) : undefined,
    'vpc-id': leaf(eni.vpcId),
    'vpc-ipv4-cidr-block': vpcCidrs[0] ? leaf(vpcCidrs[0]) : undefined,
    'vpc-ipv4-cidr-blocks': lines(vpcCidrs),
    'vpc-ipv6-cidr-blocks': vpc?.ipv6CidrBlock ? leaf(vpc.ipv6CidrBlock) : undefined,
  });
}

function credentialsJson(world: World, instance: Instance, roleName: string): string {
  const creds = temporaryCredentials(world, instance, roleName);
  return imdsJson({
    Code: 'Success',
    LastUpdated: imdsTime(creds.lastUpdated),
    Type: 'AWS-HMAC',
    AccessKeyId: creds.accessKeyId,
    SecretAccessKey: creds.secretAccessKey,
    Token: creds.token,
    Expiration: imdsTime(creds.expiration),
  });
}

/** The profile id DescribeInstances shows (same derivation as actions/launch.ts; a test keeps them equal). */
function instanceProfileId(arn: string): string {
  const part = (text: string) => hashString(text).toString(16).toUpperCase().padStart(8, '0');
  return `AIPA${part(arn)}${part(`${arn}#`)}X`;
}

function iamNode(world: World, instance: Instance): Dir | undefined {
  const profile = instance.iamInstanceProfile;
  if (!profile) return undefined;
  const creds = temporaryCredentials(world, instance, profile.roleName);
  const info = imdsJson({
    Code: 'Success',
    LastUpdated: imdsTime(creds.lastUpdated),
    InstanceProfileArn: profile.arn,
    InstanceProfileId: instanceProfileId(profile.arn),
  });
  return dir({
    info: leaf(info),
    'security-credentials': dir({ [profile.roleName]: leaf(credentialsJson(world, instance, profile.roleName)) }),
  });
}

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

function metaDataNode(world: World, instance: Instance): Dir {
  const enis = interfacesOf(world, instance.id);
  const eth0 = enis.find((eni) => eni.attachment?.deviceIndex === 0);
  const localIp = eth0 ? primaryPrivateIp(eth0) : undefined;
  const publicIp = eth0 && localIp ? publicIpFor(world, eth0, localIp) : undefined;
  const vpc = world.vpcs.get(instance.vpcId);
  const publicName = publicIp && vpc && hasPublicDnsName(vpc) ? publicDnsName(instance.region, publicIp) : undefined;
  const localName = localIp ? privateDnsName(instance.region, localIp) : undefined;
  const zoneId = world.regions[instance.region]?.zones.find((z) => z.ZoneName === instance.az)?.ZoneId;
  const macs: Record<string, Node> = {};
  for (const eni of enis) macs[eni.mac] = interfaceNode(world, eni);
  const hypervisor = getInstanceType(instance.instanceType)?.hypervisor ?? 'nitro';
  const accountCreds = temporaryCredentials(world, instance, 'ec2-instance');

  return dir({
    'ami-id': leaf(instance.imageId),
    'ami-launch-index': leaf(String(instance.amiLaunchIndex)),
    'ami-manifest-path': leaf('(unknown)'),
    'block-device-mapping': blockDeviceNode(world, instance),
    events: dir({ maintenance: dir({ history: leaf('[]'), scheduled: leaf('[]') }) }),
    hostname: localName ? leaf(localName) : undefined,
    iam: iamNode(world, instance),
    'identity-credentials': dir({
      ec2: dir({
        info: leaf(
          imdsJson({ Code: 'Success', LastUpdated: imdsTime(accountCreds.lastUpdated), AccountId: instance.ownerId }),
        ),
        'security-credentials': dir({ 'ec2-instance': leaf(credentialsJson(world, instance, 'ec2-instance')) }),
      }),
    }),
    'instance-action': leaf('none'),
    'instance-id': leaf(instance.id),
    'instance-life-cycle': leaf(instance.market ? 'spot' : 'on-demand'),
    'instance-type': leaf(instance.instanceType),
    ipv6: eth0?.ipv6[0] ? leaf(eth0.ipv6[0]) : undefined,
    'local-hostname': localName ? leaf(localName) : undefined,
    'local-ipv4': localIp ? leaf(localIp) : undefined,
    mac: eth0 ? leaf(eth0.mac) : undefined,
    // MACs are listed in device order (eth0 first), not alphabetically.
    network: dir({ interfaces: dir({ macs: dir(macs, enis.map((eni) => `${eni.mac}/`).join('\n')) }) }),
    placement: dir({
      'availability-zone': leaf(instance.az),
      'availability-zone-id': zoneId ? leaf(zoneId) : undefined,
      'group-name': instance.placement.groupName ? leaf(instance.placement.groupName) : undefined,
      'host-id': instance.placement.hostId ? leaf(instance.placement.hostId) : undefined,
      region: leaf(instance.region),
    }),
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

function identityDocument(world: World, instance: Instance): string {
  const eth0 = primaryInterfaceOf(world, instance.id);
  const image = world.images.get(instance.imageId);
  return imdsJson({
    accountId: instance.ownerId,
    architecture: image?.architecture ?? 'x86_64',
    availabilityZone: instance.az,
    billingProducts: null,
    devpayProductCodes: null,
    marketplaceProductCodes: null,
    imageId: instance.imageId,
    instanceId: instance.id,
    instanceType: instance.instanceType,
    kernelId: null,
    pendingTime: imdsTime(instance.lastStartTime ?? instance.launchTime),
    privateIp: (eth0 && primaryPrivateIp(eth0)) ?? null,
    ramdiskId: null,
    region: instance.region,
    version: '2017-09-30',
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

// ---------------------------------------------------------------------------------------------------------------
// HTTP

function lowerHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.trim().toLowerCase()] = String(v).trim();
  return out;
}

interface Target {
  ipv6: boolean;
  segments: string[];
  trailingSlash: boolean;
}

function parseTarget(raw: string): Target | undefined {
  let path = raw.trim();
  let ipv6 = false;
  const url = /^(?:https?:\/\/)?(\[[^\]]*\]|[^/]+)(\/.*)?$/i.exec(path);
  if (!path.startsWith('/')) {
    if (!url) return undefined;
    const host = (url[1] ?? '').toLowerCase();
    if (host === '[fd00:ec2::254]') ipv6 = true;
    else if (host !== '169.254.169.254' && host !== 'instance-data' && host !== 'instance-data.ec2.internal') {
      return undefined;
    }
    path = url[2] ?? '/';
  }
  path = path.replace(/[?#].*$/, '');
  const trailingSlash = path.endsWith('/');
  const segments = path.split('/').filter((s) => s !== '');
  return { ipv6, segments, trailingSlash };
}

function resolvePath(root: Dir, segments: string[]): Node | undefined {
  let node: Node = root;
  for (const segment of segments) {
    if (node.kind !== 'dir') return undefined;
    const next: Node | undefined = node.entries[segment];
    if (!next) return undefined;
    node = next;
  }
  return node;
}

function isTokenPath(segments: string[]): boolean {
  return segments.length === 3 && segments[1] === 'api' && segments[2] === 'token';
}

function putToken(
  world: World,
  instance: Instance,
  target: Target,
  headers: Record<string, string>,
  hops: number,
): MetadataResponse {
  if (hops > instance.metadataOptions.HttpPutResponseHopLimit) {
    return noAnswer(
      'imds.token.hop-limit',
      `The token response left with an IP TTL of ${instance.metadataOptions.HttpPutResponseHopLimit} but needed ` +
        `${hops} hops: it never arrived and the request timed out.`,
    );
  }
  if (headers['x-forwarded-for'] !== undefined) {
    return failure(
      403,
      'imds.token.forwarded',
      'IMDS refuses a token PUT that carries an X-Forwarded-For header: it came through a proxy.',
    );
  }
  if (target.segments[0] !== 'latest') {
    const path = `/${target.segments.join('/')}`;
    return failure(403, 'imds.token.versioned-path', `Tokens are issued only at /latest/api/token, not ${path}.`);
  }
  const ttlText = headers[TOKEN_TTL_HEADER];
  const ttl = ttlText !== undefined && /^\d+$/.test(ttlText) ? Number(ttlText) : undefined;
  if (ttl === undefined || ttl < 1 || ttl > MAX_TOKEN_TTL) {
    return failure(
      400,
      'imds.token.ttl',
      ttlText === undefined
        ? 'The token PUT must carry the X-aws-ec2-metadata-token-ttl-seconds header.'
        : `X-aws-ec2-metadata-token-ttl-seconds must be a whole number from 1 to ${MAX_TOKEN_TTL}, not '${ttlText}'.`,
    );
  }
  const token = issueToken(world, instance, ttl);
  return answer(200, token, 'text/plain', {
    Token: token,
    headers: { 'X-Aws-Ec2-Metadata-Token-Ttl-Seconds': String(ttl) },
  });
}

/**
 * What the instance metadata service answers to one HTTP request made from inside `request.InstanceId`.
 * Pure; unknown instances get no answer (`Status: 0`, no rule: nothing was asked from anywhere).
 */
export function queryMetadata(world: World, request: MetadataRequest): MetadataResponse {
  const instance = world.instances.get(request.InstanceId);
  if (!instance) {
    return {
      Status: 0,
      Body: '',
      Headers: {},
      Note: `There is no instance ${request.InstanceId} in this world: nothing answers at 169.254.169.254.`,
    };
  }
  if (instance.state !== 'running') {
    return noAnswer(
      'imds.instance.not-running',
      `Instance ${instance.id} is ${instance.state}: no operating system is running to reach 169.254.169.254.`,
    );
  }
  const target = parseTarget(request.Path);
  if (!target) return noAnswer('imds.path.not-found', `'${request.Path}' is not an address of the metadata service.`);
  const options = instance.metadataOptions;
  if (target.ipv6 && options.HttpProtocolIpv6 !== 'enabled') {
    return noAnswer(
      'imds.endpoint.disabled',
      'The IPv6 endpoint [fd00:ec2::254] is not enabled for this instance (HttpProtocolIpv6).',
    );
  }
  if (options.HttpEndpoint === 'disabled') {
    return failure(
      403,
      'imds.endpoint.disabled',
      `The metadata endpoint of ${instance.id} is turned off (HttpEndpoint: disabled).`,
    );
  }

  const method = (request.Method ?? 'GET').toUpperCase();
  const headers = lowerHeaders(request.Headers);
  if (request.Token !== undefined && headers[TOKEN_HEADER] === undefined) headers[TOKEN_HEADER] = request.Token;
  const hops = request.Hops ?? 1;

  if (method === 'PUT') {
    if (isTokenPath(target.segments)) return putToken(world, instance, target, headers, hops);
    return failure(405, 'imds.method', 'IMDS accepts PUT only for /latest/api/token.', { Allow: 'GET, HEAD' });
  }
  if (method !== 'GET' && method !== 'HEAD') {
    return failure(405, 'imds.method', `IMDS does not answer ${method} requests.`, { Allow: 'GET, HEAD, PUT' });
  }

  // IMDSv2 when a token is presented, IMDSv1 otherwise.
  const token = headers[TOKEN_HEADER];
  let remaining: number | undefined;
  if (token !== undefined) {
    const check = checkToken(world, instance, token);
    if (!check.valid) {
      const why = {
        malformed: 'is not a token this service issued',
        forged: 'does not carry a valid signature',
        'other-instance': 'was issued on another instance',
        expired: 'has expired',
      }[check.reason];
      const rule = check.reason === 'expired' ? 'imds.token.expired' : 'imds.token.invalid';
      return failure(401, rule, `The token ${why}: PUT /latest/api/token for a new one.`);
    }
    remaining = check.expiry - world.clock;
  } else if (options.HttpTokens === 'required') {
    return failure(
      401,
      'imds.token.required',
      `${instance.id} requires IMDSv2: PUT /latest/api/token first and send the token.`,
    );
  }

  const okHeaders: Record<string, string> =
    remaining !== undefined ? { 'X-Aws-Ec2-Metadata-Token-Ttl-Seconds': String(remaining) } : {};

  if (target.segments.length === 0) {
    return answer(200, method === 'HEAD' ? '' : METADATA_VERSIONS.join('\n'), 'text/plain', { headers: okHeaders });
  }
  const [version, ...rest] = target.segments as [string, ...string[]];
  if (!METADATA_VERSIONS.includes(version)) {
    return failure(404, 'imds.path.not-found', `'${version}' is not a metadata version.`);
  }
  if (isTokenPath(target.segments)) {
    return failure(405, 'imds.method', 'The token is issued by PUT, not GET.', { Allow: 'PUT' });
  }
  const node = resolvePath(versionNode(world, instance), rest);
  if (!node) {
    const path = `/${target.segments.join('/')}`;
    if (/^\/[^/]+\/meta-data\/public-(ipv4|hostname)$/.test(path)) {
      return failure(
        404,
        'imds.public-ipv4.absent',
        `${instance.id} has no public IPv4 address (nor a public DNS name for it).`,
      );
    }
    if (/^\/[^/]+\/user-data$/.test(path)) {
      return failure(404, 'imds.user-data.absent', `${instance.id} was launched without user data.`);
    }
    if (!instance.iamInstanceProfile && /^\/[^/]+\/meta-data\/iam(\/|$)/.test(path)) {
      return failure(
        404,
        'imds.iam.absent',
        `${instance.id} has no IAM instance profile, so there are no role credentials.`,
      );
    }
    return failure(404, 'imds.path.not-found', `Nothing at ${path} for ${instance.id}.`);
  }
  const body = node.kind === 'dir' ? listingOf(node) : node.body;
  const type = node.kind === 'leaf' ? (node.contentType ?? 'text/plain') : 'text/plain';
  const sent = method === 'HEAD' ? '' : body;
  const response = answer(200, sent, type, { headers: okHeaders });
  if (method === 'HEAD') response.Headers['Content-Length'] = String(byteLength(body));
  return response;
}
