import type { Listener, ListenerRule, RuleCondition } from '../../model/scaling';
import type { Params } from '../../params';
import { refuse } from '../../refusal';

/**
 * Listener rule conditions: reading them from a request and matching a request against them. The lab models the
 * two conditions an application is routed by most, `path-pattern` (case-sensitive, the path without the query
 * string) and `host-header` (case-insensitive, without the port); `*` matches any run of characters and `?` one.
 * A listener evaluates its rules from the lowest priority to the highest; the first whose conditions all match
 * decides, and the default action takes what no rule matched.
 */

const FIELDS = ['path-pattern', 'host-header'] as const;
/** Condition values per rule (the default quota). */
const MAX_VALUES = 5;
/** Characters per path pattern or host name pattern. */
const MAX_LENGTH = 128;

function invalid(message: string, to: string): never {
  return refuse('elb.request.invalid', message, { scope: { kind: 'parameter', to } });
}

function readCondition(c: Params, i: number): RuleCondition {
  const field = c.str('Field');
  if (!(FIELDS as readonly string[]).includes(field)) {
    invalid(`The lab models path-pattern and host-header conditions only; got '${field.slice(0, 40)}'.`, `Conditions.${i + 1}.Field`);
  }
  const config = field === 'path-pattern' ? c.optObj('PathPatternConfig') : c.optObj('HostHeaderConfig');
  const values = config?.optStrList('Values') ?? c.optStrList('Values') ?? [];
  if (values.length === 0) invalid(`Condition '${field}' needs at least one value.`, `Conditions.${i + 1}.Values`);
  const bad = values.find((v) => v.length === 0 || v.length > MAX_LENGTH);
  if (bad !== undefined) invalid(`A ${field} value has 1 to ${MAX_LENGTH} characters; got '${bad.slice(0, 40)}'.`, `Conditions.${i + 1}.Values`);
  return { field: field as RuleCondition['field'], values };
}

/** `Conditions` of CreateRule / ModifyRule: one or more, each field at most once, at most five values in all. */
export function readConditions(p: Params): RuleCondition[] {
  const list = p.optObjList('Conditions') ?? [];
  if (list.length === 0) invalid('A rule needs at least one condition (path-pattern or host-header).', 'Conditions');
  const conditions = list.map(readCondition);
  const twice = conditions.find((c, i) => conditions.findIndex((d) => d.field === c.field) !== i);
  if (twice) invalid(`A rule can have only one '${twice.field}' condition; put all its values in one list.`, 'Conditions');
  if (conditions.reduce((n, c) => n + c.values.length, 0) > MAX_VALUES) invalid(`A rule has at most ${MAX_VALUES} condition values.`, 'Conditions');
  return conditions;
}

function glob(pattern: string, flags: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, flags);
}

function conditionMatches(c: RuleCondition, host: string, path: string): boolean {
  if (c.field === 'path-pattern') return c.values.some((v) => glob(v, '').test(path));
  return c.values.some((v) => glob(v, 'i').test(host));
}

/** The listener's rules in evaluation order (lowest priority first). */
export function rulesInOrder(l: Listener): ListenerRule[] {
  return [...(l.rules ?? [])].sort((a, b) => a.priority - b.priority);
}

/** The rule a request to `host` for `path` meets first, or undefined for the default action. */
export function matchingRule(l: Listener, host: string, path: string): ListenerRule | undefined {
  const bareHost = host.replace(/:\d+$/, '');
  const barePath = path.split('?')[0] ?? path;
  return rulesInOrder(l).find((r) => r.conditions.every((c) => conditionMatches(c, bareHost, barePath)));
}
