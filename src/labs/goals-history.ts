/**
 * History goals: what the learner saw happen (an attach refused because of the AZ, a DNS answer, a metadata read), so
 * they stay met when later steps change the world. Pure.
 */
import type { EngineEvent, World } from '../engine';
import type { Goal, GoalContext, HistoryEntry } from './types';

function goal(label: string, test: (ctx: GoalContext) => boolean): Goal {
  return { label, test };
}

// ── history goals ────────────────────────────────────────────────────────────────────────────────

export interface RefusalWhere {
  code?: string;
  rule?: string;
  /** The action type refused. */
  type?: string;
  label?: string;
}

/** The learner saw an action refused (by code and/or rule). */
export function refusalSeen(where: RefusalWhere): Goal {
  const what = where.rule ? `rule ${where.rule}` : where.code ? where.code : 'a rule';
  const label = where.label ?? `You saw ${where.type ? `${where.type} ` : 'an action '}refused (${what})`;
  return goal(label, ({ history }) =>
    history.some(
      (h) =>
        !h.ok &&
        (where.code === undefined || h.code === where.code) &&
        (where.rule === undefined || h.rule === where.rule) &&
        (where.type === undefined || h.action.type === where.type),
    ),
  );
}

/** Events of the learner's accepted actions, in order, with the entry that produced each. */
export function historyEvents(history: readonly HistoryEntry[]): { event: EngineEvent; entry: HistoryEntry; index: number }[] {
  return history.flatMap((entry, index) => entry.events.map((event) => ({ event, entry, index })));
}

/** The learner saw an event of this type (matching `where`, if given). */
export function eventSeen(
  type: string,
  options: { where?: (event: EngineEvent, entry: HistoryEntry, ctx: GoalContext) => boolean; label?: string } = {},
): Goal {
  return goal(options.label ?? `You saw a '${type}' event`, (ctx) =>
    historyEvents(ctx.history).some(({ event, entry }) => event.type === type && (!options.where || options.where(event, entry, ctx))),
  );
}

/** The learner's action of this type was accepted (its response matching `where`, if given). */
export function actionSeen(
  type: string,
  options: { where?: (entry: HistoryEntry, ctx: GoalContext) => boolean; label?: string } = {},
): Goal {
  return goal(options.label ?? `You ran ${type}`, (ctx) =>
    ctx.history.some((h) => h.ok && h.action.type === type && (!options.where || options.where(h, ctx))),
  );
}

/** An accepted read whose response matches: `responseSeen('sim:ResolveDns', (r) => r.Rcode === 'NXDOMAIN', label)`. */
export function responseSeen(
  type: string,
  match: (response: any, entry: HistoryEntry, ctx: GoalContext) => boolean,
  label: string,
): Goal {
  return actionSeen(type, { label, where: (h, ctx) => h.response !== undefined && match(h.response, h, ctx) });
}

export interface ImdsWhere {
  /** HTTP status the metadata service answered. */
  status?: number;
  method?: 'GET' | 'PUT';
  /** The path asked for ends with this. */
  path?: string;
  /** A test on the path asked for. */
  pathTest?: (path: string) => boolean;
  /** Whether the request carried a session token. */
  withToken?: boolean;
  label: string;
}

function hasToken(params: Record<string, unknown> | undefined): boolean {
  if (!params) return false;
  if (typeof params.Token === 'string' && params.Token !== '') return true;
  const headers = params.Headers as Record<string, unknown> | undefined;
  return !!headers && Object.keys(headers).some((k) => k.toLowerCase() === 'x-aws-ec2-metadata-token');
}

/** The learner asked the instance metadata service something and got this answer. */
export function imdsAnswered(where: ImdsWhere): Goal {
  return responseSeen(
    'sim:QueryIMDS',
    (response, entry) => {
      const params = entry.action.params ?? {};
      const method = String(params.Method ?? 'GET').toUpperCase();
      const path = String(params.Path ?? '');
      if (where.status !== undefined && response.Status !== where.status) return false;
      if (where.method !== undefined && method !== where.method) return false;
      if (typeof where.path === 'string' && !path.endsWith(where.path)) return false;
      if (where.pathTest && !where.pathTest(path)) return false;
      if (where.withToken !== undefined && hasToken(params) !== where.withToken) return false;
      return true;
    },
    where.label,
  );
}

export interface DnsWhere {
  from: 'inside-vpc' | 'internet';
  rcode?: 'NOERROR' | 'NXDOMAIN';
  /** Test on the name asked for. */
  nameTest?: (name: string) => boolean;
  /** What the answer must be: a private IPv4 of an interface, or a public IPv4 (dynamic or Elastic). */
  answer?: 'private' | 'public' | 'elastic';
  label: string;
}

/** RFC 1918 ranges: the only IPv4 addresses a VPC gives interfaces. */
export function isPrivateIpv4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number);
  if (a === undefined || b === undefined) return false;
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** An Elastic IP of the account now, or one the learner allocated earlier. */
function isElasticIp(world: World, history: readonly HistoryEntry[], ip: string): boolean {
  if (world.addresses.values().some((a) => a.publicIp === ip)) return true;
  return history.some((h) => h.ok && h.action.type === 'ec2:AllocateAddress' && (h.response as { PublicIp?: string })?.PublicIp === ip);
}

/** The learner asked the Amazon resolver for a name and got this kind of answer. */
export function dnsAnswered(where: DnsWhere): Goal {
  return responseSeen(
    'sim:ResolveDns',
    (response, entry, { world, history }) => {
      const params = entry.action.params ?? {};
      if (params.From !== where.from) return false;
      if (where.rcode !== undefined && response.Rcode !== where.rcode) return false;
      if (where.nameTest && !where.nameTest(String(params.Name ?? ''))) return false;
      const answers: string[] = response.Answers ?? [];
      if (where.answer === 'private' && !answers.some(isPrivateIpv4)) return false;
      if (where.answer === 'public' && !answers.some((ip) => !isPrivateIpv4(ip))) return false;
      if (where.answer === 'elastic' && !answers.some((ip) => isElasticIp(world, history, ip))) return false;
      return true;
    },
    where.label,
  );
}
