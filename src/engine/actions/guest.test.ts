import { describe, expect, it } from 'vitest';
import { apply } from '../apply';
import { GUEST_RULES } from '../rules/guest';
import { no, ok } from '../engine-test-helpers';
import { createWorld, type World } from '../world';

/** Every `Rule` the guest views answered with in this file; the last test checks each guest rule was exercised. */
const seenRules = new Set<string>();

const TTL = 'X-aws-ec2-metadata-token-ttl-seconds';

interface Lab {
  world: World;
  vpcId: string;
  subnetId: string;
}

/** A VPC 10.16.0.0/16 with one subnet in us-east-1a and an internet gateway (rules of a classic lab). */
function lab(options: { publicIp?: boolean; hostnames?: boolean; region?: string } = {}): Lab {
  const region = options.region ?? 'us-east-1';
  const extra = { region };
  let world = createWorld();
  const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' }, extra);
  world = vpc.world;
  const vpcId: string = vpc.response.Vpc.VpcId;
  const subnet = ok(
    world,
    'ec2:CreateSubnet',
    { VpcId: vpcId, CidrBlock: '10.16.0.0/20', AvailabilityZone: `${region}a` },
    extra,
  );
  world = subnet.world;
  const subnetId: string = subnet.response.Subnet.SubnetId;
  const igw = ok(world, 'ec2:CreateInternetGateway', {}, extra);
  world = ok(
    igw.world,
    'ec2:AttachInternetGateway',
    { InternetGatewayId: igw.response.InternetGateway.InternetGatewayId, VpcId: vpcId },
    extra,
  ).world;
  if (options.publicIp ?? true) {
    world = ok(world, 'ec2:ModifySubnetAttribute', { SubnetId: subnetId, MapPublicIpOnLaunch: { Value: true } }, extra).world;
  }
  if (options.hostnames ?? true) {
    world = ok(world, 'ec2:ModifyVpcAttribute', { VpcId: vpcId, EnableDnsHostnames: { Value: true } }, extra).world;
  }
  return { world, vpcId, subnetId };
}

function amazonAmi(world: World, region = 'us-east-1'): string {
  const image = world.images.values().find((i) => i.rootDeviceType === 'ebs' && i.region === region);
  if (!image) throw new Error('no Amazon EBS AMI');
  return image.id;
}

function launch(
  world: World,
  subnetId: string,
  params: Record<string, unknown> = {},
  region = 'us-east-1',
): { world: World; id: string; instance: any } {
  const r = ok(
    world,
    'ec2:RunInstances',
    { ImageId: amazonAmi(world, region), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId, ...params },
    { region },
  );
  const id: string = r.response.Instances[0].InstanceId;
  return { world: r.world, id, instance: describeInstance(r.world, id, region) };
}

function describeInstance(world: World, id: string, region = 'us-east-1'): any {
  return ok(world, 'ec2:DescribeInstances', { InstanceIds: [id] }, { region }).response.Reservations[0].Instances[0];
}

interface Query {
  Method?: string;
  Headers?: Record<string, string>;
  Token?: string;
  Hops?: number;
}

/** sim:QueryIMDS through the door; checks that a read returns the same world object. */
function imds(world: World, instanceId: string, path: string, query: Query = {}): any {
  const r = ok(world, 'sim:QueryIMDS', { InstanceId: instanceId, Path: path, ...query });
  expect(r.world).toBe(world);
  if (r.response.Rule) seenRules.add(r.response.Rule);
  return r.response;
}

function token(world: World, instanceId: string, ttl = '21600'): string {
  const r = imds(world, instanceId, '/latest/api/token', { Method: 'PUT', Headers: { [TTL]: ttl } });
  expect(r.Status).toBe(200);
  return r.Token;
}

function dns(world: World, name: string, from: 'inside-vpc' | 'internet', vpcId?: string): any {
  const r = ok(world, 'sim:ResolveDns', { Name: name, From: from, ...(vpcId ? { VpcId: vpcId } : {}) });
  expect(r.world).toBe(world);
  if (r.response.Rule) seenRules.add(r.response.Rule);
  return r.response;
}

function guest(world: World, instanceId: string): any {
  const r = ok(world, 'sim:GuestInterfaces', { InstanceId: instanceId });
  expect(r.world).toBe(world);
  if (r.response.Rule) seenRules.add(r.response.Rule);
  return r.response;
}

const body = (world: World, id: string, path: string, query: Query = {}) => {
  const r = imds(world, id, path, query);
  expect(r.Status, `${path}: ${r.Body}`).toBe(200);
  return r.Body as string;
};

describe('sim:QueryIMDS — the metadata tree (rule 35)', () => {
  const { world: unkeyed, subnetId, vpcId } = lab();
  const base = ok(unkeyed, 'ec2:CreateKeyPair', { KeyName: 'lab-key' }).world;
  const { world, id, instance } = launch(base, subnetId, {
    UserData: btoa('#!/bin/bash\nyum install -y httpd'),
    IamInstanceProfile: { Name: 'WebServerRole' },
    KeyName: 'lab-key',
  });
  const eni = instance.NetworkInterfaces[0];

  it('answers the instance identity items from the launch', () => {
    expect(body(world, id, '/latest/meta-data/instance-id')).toBe(id);
    expect(body(world, id, '/latest/meta-data/ami-id')).toBe(amazonAmi(world));
    expect(body(world, id, '/latest/meta-data/instance-type')).toBe('t3.micro');
    expect(body(world, id, '/latest/meta-data/ami-launch-index')).toBe('0');
    expect(body(world, id, '/latest/meta-data/reservation-id')).toMatch(/^r-0[0-9a-f]{16}$/);
    expect(body(world, id, '/latest/meta-data/instance-life-cycle')).toBe('on-demand');
    expect(body(world, id, '/latest/meta-data/placement/availability-zone')).toBe('us-east-1a');
    expect(body(world, id, '/latest/meta-data/placement/availability-zone-id')).toBe('use1-az1');
    expect(body(world, id, '/latest/meta-data/placement/region')).toBe('us-east-1');
    expect(body(world, id, '/latest/meta-data/services/domain')).toBe('amazonaws.com');
    expect(body(world, id, '/latest/meta-data/events/maintenance/scheduled')).toBe('[]');
    expect(body(world, id, '/latest/meta-data/system')).toBe('nitro');
  });

  it('lists directories with a trailing slash on sub-directories', () => {
    const listing = body(world, id, '/latest/meta-data/').split('\n');
    expect(listing).toContain('instance-id');
    expect(listing).toContain('network/');
    expect(listing).toContain('placement/');
    expect(listing).toContain('iam/');
    expect(listing).toContain('public-ipv4');
    expect(body(world, id, '/latest/')).toBe('dynamic\nmeta-data\nuser-data');
    expect(body(world, id, '/').split('\n').at(-1)).toBe('latest');
    expect(body(world, id, '/latest/meta-data/placement/')).toBe(
      'availability-zone\navailability-zone-id\nregion',
    );
  });

  it('local-ipv4, mac and local-hostname are eth0’s; the private name is the IP name', () => {
    const privateIp: string = instance.PrivateIpAddress;
    expect(privateIp).toMatch(/^10\.16\.(0|1[0-5]?|[2-9])\.\d+$/);
    expect(body(world, id, '/latest/meta-data/local-ipv4')).toBe(privateIp);
    expect(body(world, id, '/latest/meta-data/mac')).toBe(eni.MacAddress);
    const name = `ip-${privateIp.replaceAll('.', '-')}.ec2.internal`;
    expect(body(world, id, '/latest/meta-data/local-hostname')).toBe(name);
    expect(body(world, id, '/latest/meta-data/hostname')).toBe(name);
    expect(instance.PrivateDnsName).toBe(name);
  });

  it('public-ipv4 and public-hostname give the NAT’ed address the OS never sees', () => {
    expect(instance.PublicIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(body(world, id, '/latest/meta-data/public-ipv4')).toBe(instance.PublicIpAddress);
    expect(body(world, id, '/latest/meta-data/public-hostname')).toBe(instance.PublicDnsName);
    expect(instance.PublicDnsName).toBe(`ec2-${instance.PublicIpAddress.replaceAll('.', '-')}.compute-1.amazonaws.com`);
  });

  it('security-groups lists the names of eth0’s groups', () => {
    expect(body(world, id, '/latest/meta-data/security-groups')).toBe('default');
  });

  it('network/interfaces/macs/<mac>/ describes each attached interface', () => {
    const mac: string = eni.MacAddress;
    expect(body(world, id, '/latest/meta-data/network/interfaces/macs/')).toBe(`${mac}/`);
    const at = (item: string) => body(world, id, `/latest/meta-data/network/interfaces/macs/${mac}/${item}`);
    expect(at('device-number')).toBe('0');
    expect(at('interface-id')).toBe(eni.NetworkInterfaceId);
    expect(at('mac')).toBe(mac);
    expect(at('local-ipv4s')).toBe(instance.PrivateIpAddress);
    expect(at('public-ipv4s')).toBe(instance.PublicIpAddress);
    expect(at(`ipv4-associations/${instance.PublicIpAddress}`)).toBe(instance.PrivateIpAddress);
    expect(at('subnet-id')).toBe(subnetId);
    expect(at('vpc-id')).toBe(vpcId);
    expect(at('subnet-ipv4-cidr-block')).toBe('10.16.0.0/20');
    expect(at('vpc-ipv4-cidr-block')).toBe('10.16.0.0/16');
    expect(at('vpc-ipv4-cidr-blocks')).toBe('10.16.0.0/16');
    expect(at('security-group-ids')).toBe(eni.Groups[0].GroupId);
    expect(at('security-groups')).toBe('default');
    expect(at('owner-id')).toBe('111122223333');
    expect(at('local-hostname')).toBe(instance.PrivateDnsName);
    expect(at('public-hostname')).toBe(instance.PublicDnsName);
    expect(imds(world, id, `/latest/meta-data/network/interfaces/macs/${mac}/ipv6s`).Status).toBe(404);
  });

  it('user-data comes back decoded', () => {
    const r = imds(world, id, '/latest/user-data');
    expect(r.Status).toBe(200);
    expect(r.Body).toBe('#!/bin/bash\nyum install -y httpd');
    expect(r.Headers['Content-Type']).toBe('application/octet-stream');
  });

  it('iam/ gives the role name and its temporary credentials (Authentication)', () => {
    expect(body(world, id, '/latest/meta-data/iam/security-credentials/')).toBe('WebServerRole');
    const creds = JSON.parse(body(world, id, '/latest/meta-data/iam/security-credentials/WebServerRole'));
    expect(creds.Code).toBe('Success');
    expect(creds.Type).toBe('AWS-HMAC');
    expect(creds.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(creds.SecretAccessKey).toHaveLength(40);
    expect(creds.Token.length).toBeGreaterThan(100);
    expect(creds.LastUpdated).toBe('2025-01-01T00:00:00Z');
    expect(creds.Expiration).toBe('2025-01-01T06:00:00Z');
    const info = JSON.parse(body(world, id, '/latest/meta-data/iam/info'));
    expect(info.InstanceProfileArn).toBe('arn:aws:iam::111122223333:instance-profile/WebServerRole');
    expect(info.InstanceProfileId).toBe(instance.IamInstanceProfile.Id);
  });

  it('credentials are deterministic and rotate as the clock moves', () => {
    const path = '/latest/meta-data/iam/security-credentials/WebServerRole';
    const first = JSON.parse(body(world, id, path));
    expect(JSON.parse(body(world, id, path)).AccessKeyId).toBe(first.AccessKeyId);
    const later = ok(world, 'sim:AdvanceTime', { Seconds: 3600 }).world;
    const next = JSON.parse(body(later, id, path));
    expect(next.AccessKeyId).not.toBe(first.AccessKeyId);
    expect(next.LastUpdated).toBe('2025-01-01T01:00:00Z');
    expect(next.Expiration).toBe('2025-01-01T07:00:00Z');
  });

  it('public-keys/ names the key pair', () => {
    expect(body(world, id, '/latest/meta-data/public-keys/')).toBe('0=lab-key');
    expect(body(world, id, '/latest/meta-data/public-keys/0/openssh-key')).toMatch(/^ssh-rsa \S+ lab-key$/);
  });

  it('the instance identity document is JSON about this instance', () => {
    const doc = JSON.parse(body(world, id, '/latest/dynamic/instance-identity/document'));
    expect(doc).toMatchObject({
      accountId: '111122223333',
      instanceId: id,
      instanceType: 't3.micro',
      imageId: amazonAmi(world),
      availabilityZone: 'us-east-1a',
      region: 'us-east-1',
      privateIp: instance.PrivateIpAddress,
      architecture: 'x86_64',
    });
  });

  it('an unknown path or version is 404; a GET of the token path is 405', () => {
    const r = imds(world, id, '/latest/meta-data/no-such-item');
    expect(r.Status).toBe(404);
    expect(r.Rule).toBe('imds.path.not-found');
    expect(r.Body).toContain('404 - Not Found');
    expect(imds(world, id, '/1999-01-01/meta-data/').Status).toBe(404);
    const get = imds(world, id, '/latest/api/token');
    expect(get.Status).toBe(405);
    expect(get.Rule).toBe('imds.method');
    expect(imds(world, id, '/latest/meta-data/', { Method: 'POST' }).Status).toBe(405);
    expect(imds(world, id, '/latest/meta-data/', { Method: 'PUT' }).Status).toBe(405);
  });

  it('accepts the full URL a curl command would use', () => {
    expect(body(world, id, 'http://169.254.169.254/latest/meta-data/instance-id')).toBe(id);
  });

  it('HEAD answers headers only', () => {
    const r = imds(world, id, '/latest/meta-data/instance-id', { Method: 'HEAD' });
    expect(r.Status).toBe(200);
    expect(r.Body).toBe('');
    expect(r.Headers['Content-Length']).toBe(String(id.length));
  });

  it('an unknown instance is always ok: nothing answers (Status 0) and the note says why', () => {
    const r = apply(world, { type: 'sim:QueryIMDS', params: { InstanceId: 'i-0123456789abcdef0', Path: '/latest/meta-data/' } });
    expect(r.ok).toBe(true);
    expect(r.world).toBe(world);
    expect(r.ok && r.response).toEqual({
      Status: 0,
      Body: '',
      Headers: {},
      Note: 'There is no instance i-0123456789abcdef0 in this world: nothing answers at 169.254.169.254.',
    });
    // Malformed params are still refused.
    expect(no(world, 'sim:QueryIMDS', { Path: '/latest/meta-data/' }).code).toBe('MissingParameter');
  });
});

describe('sim:QueryIMDS — items that exist only sometimes', () => {
  it('no user data, no profile, no public IPv4: 404 with the reason', () => {
    const { world: base, subnetId } = lab({ publicIp: false });
    const { world, id, instance } = launch(base, subnetId);
    expect(instance.PublicIpAddress).toBeUndefined();
    const userData = imds(world, id, '/latest/user-data');
    expect([userData.Status, userData.Rule]).toEqual([404, 'imds.user-data.absent']);
    const iam = imds(world, id, '/latest/meta-data/iam/security-credentials/');
    expect([iam.Status, iam.Rule]).toEqual([404, 'imds.iam.absent']);
    const publicIp = imds(world, id, '/latest/meta-data/public-ipv4');
    expect([publicIp.Status, publicIp.Rule]).toEqual([404, 'imds.public-ipv4.absent']);
    expect(imds(world, id, '/latest/meta-data/public-hostname').Status).toBe(404);
    const listing = body(world, id, '/latest/meta-data/').split('\n');
    expect(listing).not.toContain('public-ipv4');
    expect(listing).not.toContain('iam/');
    expect(body(world, id, '/latest/')).toBe('dynamic\nmeta-data');
  });

  it('public-hostname needs the VPC’s DNS hostnames; public-ipv4 does not', () => {
    const { world: base, subnetId } = lab({ hostnames: false });
    const { world, id, instance } = launch(base, subnetId);
    expect(body(world, id, '/latest/meta-data/public-ipv4')).toBe(instance.PublicIpAddress);
    expect(imds(world, id, '/latest/meta-data/public-hostname').Status).toBe(404);
  });

  it('public-ipv4 follows an Elastic IP, and stop/start gives a new dynamic address', () => {
    const { world: base, subnetId } = lab();
    const launched = launch(base, subnetId);
    let world = launched.world;
    const id = launched.id;
    const dynamic = body(world, id, '/latest/meta-data/public-ipv4');

    // Stop and start without an EIP: a new dynamic public IPv4.
    world = ok(world, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    world = ok(world, 'ec2:StartInstances', { InstanceIds: [id] }).world;
    const restarted = body(world, id, '/latest/meta-data/public-ipv4');
    expect(restarted).not.toBe(dynamic);
    expect(restarted).toBe(describeInstance(world, id).PublicIpAddress);

    // An Elastic IP replaces it and survives stop/start.
    const eip = ok(world, 'ec2:AllocateAddress', { Domain: 'vpc' });
    world = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.response.AllocationId, InstanceId: id }).world;
    expect(body(world, id, '/latest/meta-data/public-ipv4')).toBe(eip.response.PublicIp);
    expect(body(world, id, '/latest/meta-data/public-hostname')).toBe(
      `ec2-${eip.response.PublicIp.replaceAll('.', '-')}.compute-1.amazonaws.com`,
    );
    world = ok(world, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    world = ok(world, 'ec2:StartInstances', { InstanceIds: [id] }).world;
    expect(body(world, id, '/latest/meta-data/public-ipv4')).toBe(eip.response.PublicIp);
  });

  it('a second interface appears under macs/ with its device number', () => {
    const { world: base, subnetId } = lab({ publicIp: false });
    const launched = launch(base, subnetId);
    const created = ok(launched.world, 'ec2:CreateNetworkInterface', { SubnetId: subnetId });
    const eniId: string = created.response.NetworkInterface.NetworkInterfaceId;
    const mac: string = created.response.NetworkInterface.MacAddress;
    const world = ok(created.world, 'ec2:AttachNetworkInterface', {
      NetworkInterfaceId: eniId,
      InstanceId: launched.id,
      DeviceIndex: 1,
    }).world;
    const macs = body(world, launched.id, '/latest/meta-data/network/interfaces/macs/').split('\n');
    expect(macs).toEqual([`${launched.instance.NetworkInterfaces[0].MacAddress}/`, `${mac}/`]);
    expect(body(world, launched.id, `/latest/meta-data/network/interfaces/macs/${mac}/device-number`)).toBe('1');
    expect(body(world, launched.id, `/latest/meta-data/network/interfaces/macs/${mac}/interface-id`)).toBe(eniId);
    // mac and local-ipv4 stay eth0's.
    expect(body(world, launched.id, '/latest/meta-data/mac')).toBe(launched.instance.NetworkInterfaces[0].MacAddress);
  });

  it('spot/instance-action appears with the interruption notice', () => {
    const { world: base, subnetId } = lab({ publicIp: false });
    const launched = launch(base, subnetId, {
      InstanceMarketOptions: { MarketType: 'spot', SpotOptions: { MaxPrice: '0.05' } },
    });
    expect(body(launched.world, launched.id, '/latest/meta-data/instance-life-cycle')).toBe('spot');
    expect(imds(launched.world, launched.id, '/latest/meta-data/spot/instance-action').Status).toBe(404);
    const priced = ok(launched.world, 'sim:SetSpotPrice', {
      InstanceType: 't3.micro',
      AvailabilityZone: 'us-east-1a',
      Price: '0.09',
    });
    const notice = priced.response.InterruptionNotices[0];
    expect(notice.InstanceId).toBe(launched.id);
    const action = JSON.parse(body(priced.world, launched.id, '/latest/meta-data/spot/instance-action'));
    expect(action).toEqual({ action: 'terminate', time: '2025-01-01T00:02:00Z' });
    expect(notice.Time.replace('.000Z', 'Z')).toBe(action.time);
    expect(body(priced.world, launched.id, '/latest/meta-data/spot/termination-time')).toBe('2025-01-01T00:02:00Z');
  });

  it('instance tags are readable only when InstanceMetadataTags is enabled', () => {
    const { world: base, subnetId } = lab({ publicIp: false });
    const tags = [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'web-1' }] }];
    const off = launch(base, subnetId, { TagSpecifications: tags });
    expect(imds(off.world, off.id, '/latest/meta-data/tags/instance/Name').Status).toBe(404);
    const on = launch(base, subnetId, { TagSpecifications: tags, MetadataOptions: { InstanceMetadataTags: 'enabled' } });
    expect(body(on.world, on.id, '/latest/meta-data/tags/instance/')).toBe('Name');
    expect(body(on.world, on.id, '/latest/meta-data/tags/instance/Name')).toBe('web-1');
  });
});

describe('sim:QueryIMDS — IMDSv1 and IMDSv2 (rule 36)', () => {
  const { world: base, subnetId } = lab({ publicIp: false });
  const v1 = launch(base, subnetId);
  const v2 = launch(v1.world, subnetId, { MetadataOptions: { HttpTokens: 'required' } });
  const world = v2.world;

  it('HttpTokens optional: a plain GET (IMDSv1) is answered', () => {
    expect(describeInstance(world, v1.id).MetadataOptions.HttpTokens).toBe('optional');
    expect(body(world, v1.id, '/latest/meta-data/instance-id')).toBe(v1.id);
  });

  it('HttpTokens required: a GET without a token is 401', () => {
    const r = imds(world, v2.id, '/latest/meta-data/instance-id');
    expect(r.Status).toBe(401);
    expect(r.Rule).toBe('imds.token.required');
    expect(r.Body).toContain('401 - Unauthorized');
  });

  it('PUT /latest/api/token returns a token in Body, Token and the TTL header; GET with it is 200', () => {
    const r = imds(world, v2.id, '/latest/api/token', { Method: 'PUT', Headers: { [TTL]: '21600' } });
    expect(r.Status).toBe(200);
    expect(r.Token).toBe(r.Body);
    expect(r.Token.length).toBeGreaterThan(20);
    expect(r.Headers['X-Aws-Ec2-Metadata-Token-Ttl-Seconds']).toBe('21600');
    expect(body(world, v2.id, '/latest/meta-data/instance-id', { Headers: { 'X-aws-ec2-metadata-token': r.Token } })).toBe(v2.id);
    expect(body(world, v2.id, '/latest/meta-data/instance-id', { Token: r.Token })).toBe(v2.id);
    // Header names are case-insensitive, as in HTTP.
    expect(body(world, v2.id, '/latest/meta-data/instance-id', { Headers: { 'x-AWS-ec2-metadata-TOKEN': r.Token } })).toBe(v2.id);
  });

  it('the token PUT works on an IMDSv1-optional instance too, and its GET reports the remaining TTL', () => {
    const t = token(world, v1.id, '120');
    const r = imds(world, v1.id, '/latest/meta-data/instance-id', { Token: t });
    expect(r.Status).toBe(200);
    expect(r.Headers['X-Aws-Ec2-Metadata-Token-Ttl-Seconds']).toBe('120');
  });

  it('the TTL header must be present and between 1 and 21600: otherwise 400', () => {
    for (const ttl of [undefined, '0', '21601', '-5', 'abc', '1.5']) {
      const r = imds(world, v2.id, '/latest/api/token', { Method: 'PUT', ...(ttl ? { Headers: { [TTL]: ttl } } : {}) });
      expect(r.Status, `ttl ${ttl}`).toBe(400);
      expect(r.Rule).toBe('imds.token.ttl');
    }
    expect(token(world, v2.id, '1').length).toBeGreaterThan(0);
    expect(token(world, v2.id, '21600').length).toBeGreaterThan(0);
  });

  it('a token PUT carrying X-Forwarded-For is 403', () => {
    const r = imds(world, v2.id, '/latest/api/token', {
      Method: 'PUT',
      Headers: { [TTL]: '60', 'X-Forwarded-For': '203.0.113.7' },
    });
    expect([r.Status, r.Rule, r.Token]).toEqual([403, 'imds.token.forwarded', undefined]);
  });

  it('a token PUT to a versioned path is 403', () => {
    const r = imds(world, v2.id, '/2021-03-23/api/token', { Method: 'PUT', Headers: { [TTL]: '60' } });
    expect([r.Status, r.Rule]).toEqual([403, 'imds.token.versioned-path']);
  });

  it('a token works until its TTL runs out (sim:AdvanceTime), then 401', () => {
    const t = token(world, v2.id, '60');
    const almost = ok(world, 'sim:AdvanceTime', { Seconds: 59 }).world;
    const r59 = imds(almost, v2.id, '/latest/meta-data/instance-id', { Token: t });
    expect(r59.Status).toBe(200);
    expect(r59.Headers['X-Aws-Ec2-Metadata-Token-Ttl-Seconds']).toBe('1');
    const expired = ok(almost, 'sim:AdvanceTime', { Seconds: 1 }).world;
    const r60 = imds(expired, v2.id, '/latest/meta-data/instance-id', { Token: t });
    expect([r60.Status, r60.Rule]).toEqual([401, 'imds.token.expired']);
    // A new session works again.
    expect(body(expired, v2.id, '/latest/meta-data/instance-id', { Token: token(expired, v2.id, '60') })).toBe(v2.id);
  });

  it('a token from another instance, or a made-up one, is 401 — even where IMDSv1 is allowed', () => {
    const foreign = token(world, v1.id);
    const r = imds(world, v2.id, '/latest/meta-data/instance-id', { Token: foreign });
    expect([r.Status, r.Rule]).toEqual([401, 'imds.token.invalid']);
    const own = token(world, v2.id);
    const forged = own.slice(0, -4) + (own.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(imds(world, v2.id, '/latest/meta-data/instance-id', { Token: forged }).Status).toBe(401);
    expect(imds(world, v1.id, '/latest/meta-data/instance-id', { Token: 'not-a-token' }).Status).toBe(401);
  });

  it('a token does not survive a stop and start (a new boot is a new session)', () => {
    const t = token(world, v2.id);
    let w = ok(world, 'ec2:StopInstances', { InstanceIds: [v2.id] }).world;
    w = ok(w, 'ec2:StartInstances', { InstanceIds: [v2.id] }).world;
    expect(imds(w, v2.id, '/latest/meta-data/instance-id', { Token: t }).Status).toBe(401);
  });

  it('ModifyInstanceMetadataOptions to required turns IMDSv1 off on a running instance', () => {
    const modified = ok(world, 'ec2:ModifyInstanceMetadataOptions', { InstanceId: v1.id, HttpTokens: 'required' }).world;
    expect(imds(modified, v1.id, '/latest/meta-data/instance-id').Status).toBe(401);
    expect(imds(world, v1.id, '/latest/meta-data/instance-id').Status).toBe(200);
  });

  it('the token response travels HttpPutResponseHopLimit hops (default 1): a container 2 hops away gets nothing', () => {
    const far = imds(world, v2.id, '/latest/api/token', { Method: 'PUT', Headers: { [TTL]: '60' }, Hops: 2 });
    expect([far.Status, far.Rule, far.Token]).toEqual([0, 'imds.token.hop-limit', undefined]);
    const raised = ok(world, 'ec2:ModifyInstanceMetadataOptions', {
      InstanceId: v2.id,
      HttpPutResponseHopLimit: 2,
    }).world;
    const near = imds(raised, v2.id, '/latest/api/token', { Method: 'PUT', Headers: { [TTL]: '60' }, Hops: 2 });
    expect(near.Status).toBe(200);
  });
});

describe('sim:QueryIMDS — blocking access (Unauthenticated and Unencrypted)', () => {
  const { world: base, subnetId } = lab({ publicIp: false });

  it('HttpEndpoint disabled: every request is 403', () => {
    const { world, id } = launch(base, subnetId, { MetadataOptions: { HttpEndpoint: 'disabled' } });
    const get = imds(world, id, '/latest/meta-data/instance-id');
    expect([get.Status, get.Rule]).toEqual([403, 'imds.endpoint.disabled']);
    const put = imds(world, id, '/latest/api/token', { Method: 'PUT', Headers: { [TTL]: '60' } });
    expect([put.Status, put.Token]).toEqual([403, undefined]);
    const enabled = ok(world, 'ec2:ModifyInstanceMetadataOptions', { InstanceId: id, HttpEndpoint: 'enabled' }).world;
    expect(body(enabled, id, '/latest/meta-data/instance-id')).toBe(id);
  });

  it('the IPv6 endpoint answers only when HttpProtocolIpv6 is enabled', () => {
    const { world, id } = launch(base, subnetId);
    const r = imds(world, id, 'http://[fd00:ec2::254]/latest/meta-data/instance-id');
    expect([r.Status, r.Rule]).toEqual([0, 'imds.endpoint.disabled']);
  });

  it('a stopped instance has no OS to ask: no answer at all', () => {
    const { world: running, id } = launch(base, subnetId);
    const stopped = ok(running, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    const r = imds(stopped, id, '/latest/meta-data/instance-id');
    expect([r.Status, r.Body, r.Rule]).toEqual([0, '', 'imds.instance.not-running']);
    expect(r.Note).toContain('stopped');
  });
});

describe('sim:GuestInterfaces — what ip addr shows (rule 35)', () => {
  it('eth0 with the private address and the subnet prefix, never the public IPv4 or EIP', () => {
    const { world: base, subnetId } = lab();
    const launched = launch(base, subnetId);
    const eip = ok(launched.world, 'ec2:AllocateAddress', { Domain: 'vpc' });
    const world = ok(eip.world, 'ec2:AssociateAddress', {
      AllocationId: eip.response.AllocationId,
      InstanceId: launched.id,
    }).world;
    const view = guest(world, launched.id);
    expect(view.Interfaces).toEqual([
      {
        Device: 'eth0',
        DeviceIndex: 0,
        NetworkInterfaceId: launched.instance.NetworkInterfaces[0].NetworkInterfaceId,
        MacAddress: launched.instance.NetworkInterfaces[0].MacAddress,
        PrivateIpAddresses: [launched.instance.PrivateIpAddress],
        Ipv6Addresses: [],
        Cidr: '10.16.0.0/20',
        Inet: [`${launched.instance.PrivateIpAddress}/20`],
      },
    ]);
    const text = JSON.stringify(view);
    expect(text).not.toContain(eip.response.PublicIp);
    expect(text).not.toContain(launched.instance.PublicIpAddress);
    expect(view.Rule).toBe('guest.public-ip.not-in-os');
    // ...while IMDS knows it.
    expect(body(world, launched.id, '/latest/meta-data/public-ipv4')).toBe(eip.response.PublicIp);
  });

  it('lists interfaces by device index with secondary private IPs', () => {
    const { world: base, subnetId } = lab({ publicIp: false });
    const launched = launch(base, subnetId);
    const created = ok(launched.world, 'ec2:CreateNetworkInterface', { SubnetId: subnetId });
    const eniId: string = created.response.NetworkInterface.NetworkInterfaceId;
    let world = ok(created.world, 'ec2:AttachNetworkInterface', {
      NetworkInterfaceId: eniId,
      InstanceId: launched.id,
      DeviceIndex: 1,
    }).world;
    world = ok(world, 'ec2:AssignPrivateIpAddresses', {
      NetworkInterfaceId: eniId,
      PrivateIpAddresses: ['10.16.0.200'],
    }).world;
    const view = guest(world, launched.id);
    expect(view.Interfaces.map((i: any) => i.Device)).toEqual(['eth0', 'eth1']);
    expect(view.Interfaces[1].NetworkInterfaceId).toBe(eniId);
    expect(view.Interfaces[1].PrivateIpAddresses).toEqual([
      created.response.NetworkInterface.PrivateIpAddress,
      '10.16.0.200',
    ]);
  });

  it('shows nothing while the instance is stopped', () => {
    const { world: base, subnetId } = lab({ publicIp: false });
    const launched = launch(base, subnetId);
    const stopped = ok(launched.world, 'ec2:StopInstances', { InstanceIds: [launched.id] }).world;
    expect(guest(stopped, launched.id)).toMatchObject({ Interfaces: [], State: 'stopped' });
  });

  it('an unknown instance is refused', () => {
    const error = no(createWorld(), 'sim:GuestInterfaces', { InstanceId: 'i-0123456789abcdef0' });
    expect([error.code, error.rule]).toEqual(['InvalidInstanceID.NotFound', 'request.not-found']);
  });
});

describe('sim:ResolveDns — split-horizon (rules 37–38)', () => {
  const { world: base, subnetId, vpcId } = lab();
  const { world, id, instance } = launch(base, subnetId);
  const other = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.32.0.0/16' });
  const otherVpcId: string = other.response.Vpc.VpcId;
  const both = other.world;
  const privateIp: string = instance.PrivateIpAddress;
  const publicIp: string = instance.PublicIpAddress;

  it('the private IP name resolves inside the VPC only, to the private IPv4', () => {
    const name = instance.PrivateDnsName;
    expect(dns(both, name, 'inside-vpc', vpcId)).toEqual({
      Answers: [privateIp],
      Rcode: 'NOERROR',
      Rule: 'dns.private.inside-only',
    });
    expect(dns(both, name.toUpperCase() + '.', 'inside-vpc', vpcId).Answers).toEqual([privateIp]);
    expect(dns(both, name, 'internet')).toMatchObject({ Answers: [], Rcode: 'NXDOMAIN', Rule: 'dns.private.inside-only' });
    expect(dns(both, name, 'inside-vpc', otherVpcId).Rcode).toBe('NXDOMAIN');
  });

  it('the public name answers the private IPv4 inside the VPC and the public IPv4 outside', () => {
    const name = instance.PublicDnsName;
    expect(dns(both, name, 'inside-vpc', vpcId)).toEqual({
      Answers: [privateIp],
      Rcode: 'NOERROR',
      Rule: 'dns.public.split-horizon',
    });
    expect(dns(both, name, 'internet').Answers).toEqual([publicIp]);
    // From another VPC the name is an internet name.
    expect(dns(both, name, 'inside-vpc', otherVpcId).Answers).toEqual([publicIp]);
  });

  it('names of link-local services resolve inside the VPC', () => {
    expect(dns(both, 'instance-data.ec2.internal', 'inside-vpc', vpcId).Answers).toEqual(['169.254.169.254']);
    expect(dns(both, 'instance-data.ec2.internal', 'internet').Rcode).toBe('NXDOMAIN');
  });

  it('an unknown name is NXDOMAIN', () => {
    expect(dns(both, 'example.invalid', 'internet')).toEqual({ Answers: [], Rcode: 'NXDOMAIN' });
    expect(dns(both, 'ec2-1-2-3-4.compute-1.amazonaws.com', 'internet')).toMatchObject({
      Rcode: 'NXDOMAIN',
      Rule: 'dns.public.no-address',
    });
  });

  it('without enableDnsHostnames there is no public name, while the private name still resolves', () => {
    const off = ok(both, 'ec2:ModifyVpcAttribute', { VpcId: vpcId, EnableDnsHostnames: { Value: false } }).world;
    const publicName = `ec2-${publicIp.replaceAll('.', '-')}.compute-1.amazonaws.com`;
    expect(dns(off, publicName, 'internet')).toMatchObject({ Rcode: 'NXDOMAIN', Rule: 'dns.public.hostnames-disabled' });
    expect(describeInstance(off, id).PublicDnsName ?? '').toBe('');
    expect(dns(off, instance.PrivateDnsName, 'inside-vpc', vpcId).Answers).toEqual([privateIp]);
  });

  it('without enableDnsSupport the Amazon resolver does not answer inside the VPC', () => {
    const off = ok(both, 'ec2:ModifyVpcAttribute', { VpcId: vpcId, EnableDnsSupport: { Value: false } }).world;
    expect(dns(off, instance.PrivateDnsName, 'inside-vpc', vpcId)).toEqual({
      Answers: [],
      Rcode: 'NXDOMAIN',
      Rule: 'dns.support.disabled',
    });
    expect(dns(off, instance.PublicDnsName, 'internet').Rcode).toBe('NXDOMAIN');
  });

  it('a stop releases the dynamic address and its name; an Elastic IP gets its own name', () => {
    const stopped = ok(both, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    expect(dns(stopped, instance.PublicDnsName, 'internet')).toMatchObject({
      Rcode: 'NXDOMAIN',
      Rule: 'dns.public.no-address',
    });
    const eip = ok(stopped, 'ec2:AllocateAddress', { Domain: 'vpc' });
    const associated = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.response.AllocationId, InstanceId: id }).world;
    const eipName = `ec2-${eip.response.PublicIp.replaceAll('.', '-')}.compute-1.amazonaws.com`;
    expect(dns(associated, eipName, 'internet').Answers).toEqual([eip.response.PublicIp]);
    expect(dns(associated, eipName, 'inside-vpc', vpcId).Answers).toEqual([privateIp]);
  });

  it('outside us-east-1 the names carry the region', () => {
    const west = lab({ region: 'us-west-2' });
    const launched = launch(west.world, west.subnetId, {}, 'us-west-2');
    const ip: string = launched.instance.PrivateIpAddress;
    const pub: string = launched.instance.PublicIpAddress;
    const privateName = `ip-${ip.replaceAll('.', '-')}.us-west-2.compute.internal`;
    const publicName = `ec2-${pub.replaceAll('.', '-')}.us-west-2.compute.amazonaws.com`;
    expect(body(launched.world, launched.id, '/latest/meta-data/local-hostname')).toBe(privateName);
    expect(body(launched.world, launched.id, '/latest/meta-data/public-hostname')).toBe(publicName);
    expect(dns(launched.world, privateName, 'inside-vpc', west.vpcId).Answers).toEqual([ip]);
    expect(dns(launched.world, publicName, 'internet').Answers).toEqual([pub]);
  });

  it('refuses a malformed question', () => {
    const missingVpc = no(both, 'sim:ResolveDns', { Name: instance.PrivateDnsName, From: 'inside-vpc' });
    expect([missingVpc.code, missingVpc.rule]).toEqual(['MissingParameter', 'request.missing-parameter']);
    const unknownVpc = no(both, 'sim:ResolveDns', { Name: 'x', From: 'inside-vpc', VpcId: 'vpc-0123456789abcdef0' });
    expect([unknownVpc.code, unknownVpc.rule]).toEqual(['InvalidVpcID.NotFound', 'request.not-found']);
    const badFrom = no(both, 'sim:ResolveDns', { Name: 'x', From: 'moon' });
    expect([badFrom.code, badFrom.rule]).toEqual(['InvalidParameterValue', 'request.invalid-parameter']);
  });

  it('the door helpers resolveDns and instanceMetadata answer the same as the actions', async () => {
    const engine = await import('../index');
    expect(engine.resolveDns(both, { Name: instance.PublicDnsName, From: 'internet' }).Answers).toEqual([publicIp]);
    expect(engine.instanceMetadata(both, { InstanceId: id, Path: '/latest/meta-data/local-ipv4' }).Body).toBe(privateIp);
    const direct = apply(both, { type: 'sim:ResolveDns', params: { Name: instance.PublicDnsName, From: 'internet' } });
    expect(direct.ok && direct.response.Answers).toEqual([publicIp]);
  });
});

describe('guest rules', () => {
  it('every guest rule explained at least one answer above (tests in a file run in order)', () => {
    const missingRules = Object.keys(GUEST_RULES).filter((rule) => !seenRules.has(rule));
    expect(missingRules).toEqual([]);
  });
});
