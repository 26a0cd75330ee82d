/**
 * Bounds on what a request may carry, checked at the door before any handler runs. AWS's API front end refuses
 * oversized or overly deep requests before the service sees them; so does the lab, so a hostile share link, paste or
 * fuzzer can never overflow the stack or make a handler walk a million elements.
 *
 * The walk is iterative (an explicit stack), so 10,000 levels of nesting cost a few microseconds and no recursion.
 */

/** Deepest nesting of structures and lists any EC2 input shape needs (RunInstances' deepest path is 5). */
export const MAX_DEPTH = 12;
/** Most values (structures, lists, scalars) one request may hold. */
export const MAX_NODES = 20_000;
/** Longest string member: user data is at most 16 KB raw (about 22 KB base64); policies and keys are smaller. */
export const MAX_STRING = 65_536;
/** Longest member name AWS's shapes use is far below this. */
const MAX_KEY = 128;

export interface BoundsViolation {
  message: string;
  member: string;
}

function kind(value: unknown): 'object' | 'array' | 'scalar' | 'bad' {
  if (Array.isArray(value)) return 'array';
  if (value === null || value === undefined) return 'scalar';
  const t = typeof value;
  if (t === 'object') return 'object';
  if (t === 'string' || t === 'boolean') return 'scalar';
  if (t === 'number') return Number.isFinite(value) ? 'scalar' : 'bad';
  return 'bad';
}

/** The first way `params` exceeds what AWS accepts, or undefined when it fits. */
export function checkRequestBounds(params: unknown): BoundsViolation | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: params, depth: 0, path: 'params' }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (++nodes > MAX_NODES) return { member: path, message: `The request holds more than ${MAX_NODES} values.` };
    const k = kind(value);
    if (k === 'bad') {
      return { member: path, message: `Invalid value for ${path}: ${typeof value === 'number' ? String(value) : typeof value} is not a JSON value.` };
    }
    if (k === 'scalar') {
      if (typeof value === 'string' && value.length > MAX_STRING) {
        return { member: path, message: `Value for ${path} is ${value.length} characters long; the limit is ${MAX_STRING}.` };
      }
      continue;
    }
    if (depth >= MAX_DEPTH) return { member: path, message: `The request is nested deeper than ${MAX_DEPTH} levels at ${path}.` };
    if (k === 'array') {
      const list = value as unknown[];
      if (list.length > MAX_NODES) return { member: path, message: `The list ${path} holds more than ${MAX_NODES} items.` };
      for (let i = 0; i < list.length; i++) stack.push({ value: list[i], depth: depth + 1, path: `${path}.${i + 1}` });
      continue;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null && !(value instanceof Uint8Array)) {
      return { member: path, message: `Invalid value for ${path}: it must be a plain structure.` };
    }
    if (value instanceof Uint8Array) continue;
    for (const key of Object.keys(value as object)) {
      const member = path === 'params' ? key.slice(0, MAX_KEY) : `${path}.${key.slice(0, MAX_KEY)}`;
      if (key.length > MAX_KEY || key === '__proto__' || key === 'constructor' || key === 'prototype') {
        return { member, message: `The parameter ${member.slice(0, 200)} is not recognized.` };
      }
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: member });
    }
  }
  return undefined;
}

/**
 * A plain deep copy of the named members of a request, for resources that must remember how to repeat a request
 * (a persistent Spot request relaunching): the world keeps only modelled members, never junk a caller added.
 */
export function copyMembers(peek: (name: string) => unknown, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = peek(name);
    if (value === undefined || value === null) continue;
    out[name] = JSON.parse(JSON.stringify(value)) as unknown;
  }
  return out;
}

/** The members of a Spot launch specification (SDK `RequestSpotLaunchSpecification`) a relaunch repeats. */
export const SPOT_LAUNCH_MEMBERS = [
  'AddressingType', 'BlockDeviceMappings', 'EbsOptimized', 'IamInstanceProfile', 'ImageId', 'InstanceType',
  'KernelId', 'KeyName', 'Monitoring', 'NetworkInterfaces', 'Placement', 'RamdiskId', 'SecurityGroupIds',
  'SecurityGroups', 'SubnetId', 'UserData', 'MetadataOptions', 'PrivateIpAddress', 'TagSpecifications',
] as const;
