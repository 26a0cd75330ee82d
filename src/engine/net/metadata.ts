/**
 * The instance metadata service (IMDS, http://169.254.169.254) as the guest OS sees it: the metadata tree, user data,
 * dynamic data, and the HTTP semantics of IMDSv1 and IMDSv2 (rules 35–36 of ec2-rules.md).
 *
 * Pure: `queryMetadata(world, request)` reads the world and answers one HTTP request; it never changes the world
 * (tokens are stateless, see imds-token.ts). This file is the HTTP side; the tree is metadata-tree.ts and its category
 * files, the answers' shapes and formats metadata-answers.ts. Choices where AWS gives no HTTP answer at all:
 * - the instance is not running: no guest OS exists to make the request → `Status: 0` (curl: connection failed);
 * - a token PUT that needs more network hops than `HttpPutResponseHopLimit`: the answer dies on the way back →
 *   `Status: 0` (curl: timed out);
 * - `HttpEndpoint: disabled`: AWS documents `403 - Forbidden` ("the request is not allowed or the IMDS is turned
 *   off"), so that is what every request gets.
 */
import type { Instance } from '../model/instances';
import type { World } from '../model/world';
import { checkToken, issueToken } from './imds-token';
import {
  answer,
  byteLength,
  failure,
  MAX_TOKEN_TTL,
  METADATA_VERSIONS,
  noAnswer,
  TOKEN_HEADER,
  TOKEN_TTL_HEADER,
  type MetadataRequest,
  type MetadataResponse,
} from './metadata-answers';
import { listingOf, type Dir, type Node } from './metadata-nodes';
import { metadataTree } from './metadata-tree';

export type { MetadataRequest, MetadataResponse } from './metadata-answers';

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

/** Refuses a request that cannot reach the service (instance down, bad address, endpoint off), or names its target. */
function reach(instance: Instance, request: MetadataRequest): Target | MetadataResponse {
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
  return target;
}

/**
 * IMDSv2 when a token is presented, IMDSv1 otherwise: the seconds the presented token has left (undefined under
 * IMDSv1), or the refusal of a bad token or of a missing one that the instance requires.
 */
function session(
  world: World,
  instance: Instance,
  headers: Record<string, string>,
): { remaining: number | undefined } | MetadataResponse {
  const token = headers[TOKEN_HEADER];
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
    return { remaining: check.expiry - world.clock };
  }
  if (instance.metadataOptions.HttpTokens === 'required') {
    return failure(
      401,
      'imds.token.required',
      `${instance.id} requires IMDSv2: PUT /latest/api/token first and send the token.`,
    );
  }
  return { remaining: undefined };
}

/** The 404 for a path the tree does not hold, with the rule that explains the commonest ones. */
function notFound(instance: Instance, path: string): MetadataResponse {
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

/** A GET or HEAD of the versions list, a directory listing or a leaf of the tree. */
function read(
  world: World,
  instance: Instance,
  target: Target,
  method: string,
  okHeaders: Record<string, string>,
): MetadataResponse {
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
  const node = resolvePath(metadataTree(world, instance), rest);
  if (!node) return notFound(instance, `/${target.segments.join('/')}`);
  const body = node.kind === 'dir' ? listingOf(node) : node.body;
  const type = node.kind === 'leaf' ? (node.contentType ?? 'text/plain') : 'text/plain';
  const sent = method === 'HEAD' ? '' : body;
  const response = answer(200, sent, type, { headers: okHeaders });
  if (method === 'HEAD') response.Headers['Content-Length'] = String(byteLength(body));
  return response;
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
  const target = reach(instance, request);
  if ('Status' in target) return target;

  const method = (request.Method ?? 'GET').toUpperCase();
  const headers = lowerHeaders(request.Headers);
  if (request.Token !== undefined && headers[TOKEN_HEADER] === undefined) headers[TOKEN_HEADER] = request.Token;

  if (method === 'PUT') {
    if (isTokenPath(target.segments)) return putToken(world, instance, target, headers, request.Hops ?? 1);
    return failure(405, 'imds.method', 'IMDS accepts PUT only for /latest/api/token.', { Allow: 'GET, HEAD' });
  }
  if (method !== 'GET' && method !== 'HEAD') {
    return failure(405, 'imds.method', `IMDS does not answer ${method} requests.`, { Allow: 'GET, HEAD, PUT' });
  }
  const state = session(world, instance, headers);
  if ('Status' in state) return state;
  const okHeaders: Record<string, string> =
    state.remaining !== undefined ? { 'X-Aws-Ec2-Metadata-Token-Ttl-Seconds': String(state.remaining) } : {};
  return read(world, instance, target, method, okHeaders);
}
