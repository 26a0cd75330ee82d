/** The network from inside: curl to the metadata service, the VPC resolver (dig, host, nslookup) and ec2-metadata. */
import { err, out, type Ctx, type Output } from './context';
import { localWeb } from './web';
import { printDig, printHost, printNslookup, type DnsAnswer, type Resolver } from './dns-print';

const IMDS = /^https?:\/\/(169\.254\.169\.254|instance-data)(\/.*)?$/;
const REASON: Record<number, string> = { 200: 'OK', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed' };

function imds(ctx: Ctx, method: string, path: string, headers: Record<string, string>) {
  const token = headers['X-aws-ec2-metadata-token'];
  const r = ctx.call('sim:QueryIMDS', { InstanceId: ctx.instanceId, Method: method, Path: path, Headers: headers, ...(token ? { Token: token } : {}) });
  return r.ok ? (r.response as { Status: number; Body: string; Headers?: Record<string, string> }) : { Status: 0, Body: '' };
}

export function curl(ctx: Ctx, args: string[]): Output {
  let method = 'GET';
  let include = false;
  let fail = false;
  let silent = false;
  let url: string | undefined;
  const headers: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-X' || a === '--request') method = (args[++i] ?? 'GET').toUpperCase();
    else if (a === '-H' || a === '--header') {
      const [k, ...v] = (args[++i] ?? '').split(':');
      if (k) headers[k.trim()] = v.join(':').trim();
    } else if (/^-[isfSLv]+$/.test(a)) {
      include ||= a.includes('i');
      fail ||= a.includes('f');
      silent ||= a.includes('s');
    } else if (a === '--fail') fail = true;
    else if (!a.startsWith('-')) url = a;
  }
  if (!url) return err("curl: try 'curl --help' or 'curl --manual' for more information\n", 2);
  const m = IMDS.exec(url);
  if (!m) {
    const local = localWeb(ctx, url, { include, fail, silent });
    if (local) return local;
    const host = url.replace(/^\w+:\/\//, '').split('/')[0] ?? url;
    return err(silent ? '' : `curl: (28) Failed to connect to ${host} port 80 after 130000 ms: Connection timed out\n`, 28);
  }
  const r = imds(ctx, method, m[2] ?? '/', headers);
  if (r.Status === 0) return err(silent ? '' : 'curl: (7) Failed to connect to 169.254.169.254 port 80 after 0 ms: Connection refused\n', 7);
  if (fail && r.Status >= 400) return err(silent ? '' : `curl: (22) The requested URL returned error: ${r.Status}\n`, 22);
  const head = include ? `HTTP/1.1 ${r.Status} ${REASON[r.Status] ?? ''}\r\nContent-Type: text/plain\r\nContent-Length: ${r.Body.length}\r\nServer: EC2ws\r\n\r\n` : '';
  return out(head + r.Body);
}

function resolve(ctx: Ctx, name: string): DnsAnswer {
  const vpcId = ctx.world.instances.get(ctx.instanceId)?.vpcId;
  const r = ctx.call('sim:ResolveDns', { Name: name, From: 'inside-vpc', VpcId: vpcId });
  return r.ok ? (r.response as DnsAnswer) : { Answers: [], Rcode: 'SERVFAIL' };
}

/** The VPC's resolver: its base address plus two (the "Amazon DNS server"). */
function resolverIp(ctx: Ctx): string {
  const vpc = ctx.world.vpcs.get(ctx.world.instances.get(ctx.instanceId)?.vpcId ?? '');
  const base = vpc?.cidrBlocks[0]?.cidr.split('/')[0]?.split('.').map(Number) ?? [10, 0, 0, 0];
  return `${base[0]}.${base[1]}.${base[2]}.${(base[3] ?? 0) + 2}`;
}

const vpcResolver = (ctx: Ctx): Resolver => ({ resolve: (name) => resolve(ctx, name), server: resolverIp(ctx) });

export const dig = (ctx: Ctx, args: string[]): Output => printDig(vpcResolver(ctx), args);
export const host = (ctx: Ctx, args: string[]): Output => printHost(vpcResolver(ctx), args);
export const nslookup = (ctx: Ctx, args: string[]): Output => printNslookup(vpcResolver(ctx), args);

/** Amazon's ec2-metadata tool: option → label and metadata path. */
const EC2_METADATA: [string, string, string, string][] = [
  ['-a', '--ami-id', 'ami-id', 'ami-id'],
  ['-l', '--ami-launch-index', 'ami-launch-index', 'ami-launch-index'],
  ['-m', '--ami-manifest-path', 'ami-manifest-path', 'ami-manifest-path'],
  ['-n', '--ancestor-ami-ids', 'ancestor-ami-ids', 'ancestor-ami-ids'],
  ['-b', '--block-device-mapping', 'block-device-mapping', 'block-device-mapping/'],
  ['-i', '--instance-id', 'instance-id', 'instance-id'],
  ['-t', '--instance-type', 'instance-type', 'instance-type'],
  ['-h', '--local-hostname', 'local-hostname', 'local-hostname'],
  ['-o', '--local-ipv4', 'local-ipv4', 'local-ipv4'],
  ['-k', '--kernel-id', 'kernel-id', 'kernel-id'],
  ['-z', '--availability-zone', 'placement', 'placement/availability-zone'],
  ['-R', '--region', 'region', 'placement/region'],
  ['-c', '--product-codes', 'product-codes', 'product-codes'],
  ['-p', '--public-hostname', 'public-hostname', 'public-hostname'],
  ['-v', '--public-ipv4', 'public-ipv4', 'public-ipv4'],
  ['-u', '--public-keys', 'public-keys', 'public-keys/0/openssh-key'],
  ['-r', '--ramdisk-id', 'ramdisk-id', 'ramdisk-id'],
  ['-e', '--reservation-id', 'reservation-id', 'reservation-id'],
  ['-s', '--security-groups', 'security-groups', 'security-groups'],
  ['-d', '--user-data', 'user-data', ''],
];

const EC2_METADATA_HELP = `ec2-metadata v0.1.4
Use to retrieve EC2 instance metadata from within a running EC2 instance.
e.g. to retrieve instance id: ec2-metadata -i
\t\t to retrieve ami id: ec2-metadata -a
\t\t to get help: ec2-metadata --help
For more information on Amazon EC2 instance meta-data, refer to the documentation at
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-metadata.html

Usage: ec2-metadata <option>
Options:
--all                     Show all metadata information for this host (also default).
${EC2_METADATA.map(([s, l, , p]) => `${s}/${l.padEnd(23)}The ${p ? p.replace(/\/.*$/, '').replaceAll('-', ' ') : 'user data'}.`).join('\n')}
--quiet                   Suppress tag keys from the output.
--help                    Show this help.
`;

export function ec2Metadata(ctx: Ctx, args: string[]): Output {
  if (args.includes('--help')) return out(EC2_METADATA_HELP);
  const quiet = args.includes('--quiet');
  const wanted = args.filter((a) => a !== '--quiet' && a !== '--all');
  const unknown = wanted.find((a) => !EC2_METADATA.some(([s, l]) => s === a || l === a));
  if (unknown) return err(`ec2-metadata: invalid option -- '${unknown.replace(/^-+/, '')}'\n${EC2_METADATA_HELP}`, 1);
  const token = imds(ctx, 'PUT', '/latest/api/token', { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' }).Body;
  const rows = (wanted.length ? EC2_METADATA.filter(([s, l]) => wanted.includes(s) || wanted.includes(l)) : EC2_METADATA).map(([, , label, path]) => {
    const r = imds(ctx, 'GET', path ? `/latest/meta-data/${path}` : '/latest/user-data', { 'X-aws-ec2-metadata-token': token });
    const value = r.Status === 200 ? r.Body : 'not available';
    return quiet ? value : `${label}: ${value}`;
  });
  return out(`${rows.join('\n')}\n`);
}
