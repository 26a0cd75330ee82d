/**
 * Parsed options → the request (`params`) the engine receives: conversion against the model, the required-options
 * check, and the EC2 customizations (reference/aws-cli.md (a) "EC2-specific option customizations").
 */
import { encodeUserData } from '../engine/user-data';
import type { OperationArgs } from './args';
import { convert, pyInt } from './convert';
import { checkMin } from './limits';
import { inputShapeId, operationShapes, requiredMembers } from './shapes';
import { paramError, usageError } from './errors';
import { SG_RULE_OPS, type CliOption, type OptionTable } from './options';
import { parseJsonValue, rawValue } from './values';

interface Paging {
  maxItems?: number;
  startingToken?: string;
}

interface BuiltRequest {
  params: Record<string, unknown>;
  paging: Paging;
  /** What the CLI writes on stderr before the call (a non-positive --max-items). */
  warning?: string;
}

type Given = OperationArgs['values'];

function byName(given: Given): Map<string, { option: CliOption; words: string[]; flag: boolean }> {
  return new Map([...given].map(([option, v]) => [option.name, { option, words: v.words, flag: v.flag ?? true }]));
}

function checkFlagPairs(given: Given): void {
  for (const [option, v] of given) {
    if (option.kind !== 'wrapped-bool' || !option.negative) continue;
    if (v.spelled.includes(option.name) && v.spelled.includes(option.negative)) {
      throw paramError(`Cannot specify both the "${option.name}" option and the "${option.negative}" option.`);
    }
  }
}

/** The service's own paging members (botocore input_token / limit_key): giving one switches automatic paging off. */
const MANUAL_PAGING = new Set(['NextToken', 'MaxResults', 'MaxRecords', 'Marker', 'PageSize']);

/**
 * Whether the call is made without automatic pagination (`--no-paginate`, or a manual paging member), after
 * checking (paginate.py ensure_paging_params_not_set) that no CLI paging option was given with it.
 */
export function pagingOff(given: Given, noPaginateFlag: boolean, paginated: boolean): boolean {
  // paginate.py PageArgument: argparse `type=int`, so a bad word is a usage error while parsing.
  for (const [option, v] of given) {
    const word = v.words[0];
    if ((option.name === '--max-items' || option.name === '--page-size') && word !== undefined && pyInt(word) === undefined) {
      throw usageError(`argument ${option.name}: invalid int value: '${word}'`);
    }
  }
  const off = noPaginateFlag || (paginated && [...given.keys()].some((o) => o.member !== undefined && MANUAL_PAGING.has(o.member)));
  if (!off) return false;
  const named = byName(given);
  const used = ['--starting-token', '--page-size', '--max-items'].filter((n) => {
    const word = named.get(n)?.words[0];
    return word !== undefined && word !== '' && !/^[+-]?0+$/.test(word.trim());
  });
  if (used.length) throw paramError(`Cannot specify --no-paginate along with pagination arguments: ${used.join(', ')}`);
  return true;
}

function int(word: string | undefined): number | undefined {
  return word !== undefined && /^-?\d+$/.test(word) ? Number(word) : undefined;
}

function runInstances(params: Record<string, unknown>, named: ReturnType<typeof byName>): void {
  const count = named.get('--count')?.words[0];
  if (count !== undefined) {
    // addcount.py: `min` or `min:max`, each through int(); anything else is one ParamValidation error.
    const parts = count.split(':');
    const [min, max] = [pyInt(parts[0]!), pyInt(parts[1] ?? parts[0]!)];
    if (parts.length > 2 || min === undefined || max === undefined) {
      throw paramError('count parameter should be of form min[:max] (e.g. 1 or 1:10)');
    }
    params.MinCount = min;
    params.MaxCount = max;
  }
  params.MinCount ??= 1;
  params.MaxCount ??= 1;
  if (typeof params.UserData === 'string') params.UserData = encodeUserData(params.UserData);
  const simple = ['--associate-public-ip-address', '--secondary-private-ip-addresses', '--secondary-private-ip-address-count'];
  if (!simple.some((n) => named.has(n))) return;
  if (params.NetworkInterfaces) {
    throw paramError('Mixing the --network-interfaces option with the simple, scalar options is not supported.');
  }
  const eni: Record<string, unknown> = { DeviceIndex: 0 };
  const assoc = named.get('--associate-public-ip-address');
  if (assoc) eni.AssociatePublicIpAddress = assoc.flag;
  const secondary = named.get('--secondary-private-ip-addresses')?.words;
  if (secondary) eni.PrivateIpAddresses = secondary.map((ip) => ({ PrivateIpAddress: ip, Primary: false }));
  const secondaryCount = named.get('--secondary-private-ip-address-count')?.words[0];
  if (secondaryCount !== undefined) eni.SecondaryPrivateIpAddressCount = int(secondaryCount) ?? secondaryCount;
  for (const [from, to] of [['SubnetId', 'SubnetId'], ['SecurityGroupIds', 'Groups'], ['PrivateIpAddress', 'PrivateIpAddress']] as const) {
    if (params[from] !== undefined) {
      eni[to] = params[from];
      delete params[from];
    }
  }
  params.NetworkInterfaces = [eni];
}

/** secgroupsimplify.py PortArgument: `-1`/`all`, `from-to` split at the first `-`, each through int(). */
function portRange(port: string | undefined): [number, number] | undefined {
  if (!port) return undefined;
  const [from, to] = port === 'all' || port === '-1' ? ['-1', '-1'] : port.includes('-') ? [port.slice(0, port.indexOf('-')), port.slice(port.indexOf('-') + 1)] : [port, port];
  const [a, b] = [pyInt(from), pyInt(to)];
  if (a === undefined || b === undefined) throw paramError('port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)');
  return [a, b];
}

/** secgroupsimplify.py ProtocolArgument: a protocol number 0-255 or -1, or tcp|udp|icmp|all (`all` is sent as -1). */
function protocolOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const n = pyInt(value);
  if (n === undefined) {
    if (!['tcp', 'udp', 'icmp', 'all'].includes(value)) {
      throw paramError('protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number.');
    }
    return value === 'all' ? '-1' : value;
  }
  if ((n < 0 || n > 255) && n !== -1) throw paramError('protocol numbers must be in the range 0-255 or -1 to specify all protocols');
  return value;
}

function securityGroupRule(params: Record<string, unknown>, named: ReturnType<typeof byName>): void {
  const word = (n: string) => named.get(n)?.words[0];
  const shortcuts = ['--protocol', '--port', '--cidr', '--source-group', '--group-owner'].filter((n) => word(n));
  if (!shortcuts.length) return;
  if (params.IpPermissions) throw paramError(`The ${shortcuts[0]} option is not compatible with the --ip-permissions option`);
  const rule: Record<string, unknown> = {};
  const protocol = protocolOf(word('--protocol'));
  if (protocol !== undefined) rule.IpProtocol = protocol;
  const ports = portRange(word('--port'));
  if (ports) [rule.FromPort, rule.ToPort] = ports;
  if (word('--cidr')) rule.IpRanges = [{ CidrIp: word('--cidr') }];
  const source = word('--source-group');
  if (source || word('--group-owner')) {
    const pair: Record<string, unknown> = {};
    if (source) pair[source.startsWith('sg-') ? 'GroupId' : 'GroupName'] = source;
    if (word('--group-owner')) pair.UserId = word('--group-owner');
    rule.UserIdGroupPairs = [pair];
  }
  params.IpPermissions = [rule];
}

/** protocolarg.py: create-/replace-network-acl-entry send tcp, udp, icmp and all as their protocol numbers. */
const ACL_PROTOCOLS: Record<string, string> = { tcp: '6', udp: '17', icmp: '1', all: '-1' };
const ACL_ENTRY_OPS = new Set(['ec2:CreateNetworkAclEntry', 'ec2:ReplaceNetworkAclEntry']);

function aclProtocol(params: Record<string, unknown>): void {
  const value = params.Protocol;
  if (typeof value === 'string' && Object.hasOwn(ACL_PROTOCOLS, value)) params.Protocol = ACL_PROTOCOLS[value];
}

function pascal(kebabName: string): string {
  return kebabName.replace(/^--/, '').split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** --cli-input-json's value (cliinput.py): a JSON object, else the CLI's two errors. */
function cliInput(word: string | undefined): Record<string, unknown> | undefined {
  if (word === undefined) return undefined;
  let loaded: unknown;
  try {
    loaded = parseJsonValue('cli-input-json', word);
  } catch {
    throw paramError(`Error parsing parameter 'cli-input-json': Invalid JSON received.`);
  }
  if (typeof loaded !== 'object' || loaded === null || Array.isArray(loaded)) {
    const type = Array.isArray(loaded) ? 'list' : loaded === null ? 'NoneType' : typeof loaded === 'string' ? 'str' : typeof loaded === 'boolean' ? 'bool' : Number.isInteger(loaded) ? 'int' : 'float';
    throw paramError(`Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class '${type}'>`);
  }
  return loaded as Record<string, unknown>;
}

/**
 * The members from the command line, then those only --cli-input-json gives (the command line wins), validated the
 * way botocore validates the whole input: missing required members, unknown ones, then each member's problems.
 */
function collectParams(type: string, given: Given, input: Record<string, unknown> | undefined): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const problems: string[] = [];
  const inputId = inputShapeId(type);
  for (const [option, v] of given) {
    if (option.kind === 'untyped') params[pascal(option.name)] = rawValue(option, v.words, v.flag ?? true);
    if (!option.member || !option.ref) continue;
    const raw = rawValue(option, v.words, v.flag ?? true);
    params[option.member] = convert(raw, option.ref, option.member, problems);
    if (inputId) checkMin(inputId, option.member, params[option.member], option.member, problems);
  }
  if (input) {
    const shape = operationShapes(type)?.input ?? { m: [] };
    const members = new Map(shape.m);
    const head: string[] = [];
    for (const [name] of requiredMembers(shape)) {
      if (!(name in params) && !Object.hasOwn(input, name)) head.push(`Missing required parameter in input: "${name}"`);
    }
    for (const key of Object.keys(input)) {
      if (!(key in params) && !members.has(key)) head.push(`Unknown parameter in input: "${key}", must be one of: ${shape.m.map(([n]) => n).join(', ')}`);
    }
    for (const [key, value] of Object.entries(input)) {
      const member = members.get(key);
      if (key in params || !member) continue;
      params[key] = convert(value, member, key, problems, true);
      if (inputId) checkMin(inputId, key, params[key], key, problems);
    }
    problems.unshift(...head);
  }
  if (problems.length) throw paramError(`Parameter validation failed:\n${problems.join('\n')}`);
  return params;
}

/** The request for `type` from the parsed options. Throws CliError (252/255) for bad values. */
export function buildRequest(type: string, table: OptionTable, given: Given): BuiltRequest {
  checkFlagPairs(given);
  const named = byName(given);
  const input = cliInput(named.get('--cli-input-json')?.words[0]);
  // argparse checks required options before any value is converted; --cli-input-json turns that check off.
  const missing = input ? [] : table.options.filter((o) => o.required && o.member && !given.has(o)).map((o) => o.name);
  if (missing.length) throw usageError(`the following arguments are required: ${missing.join(', ')}`);
  const params = collectParams(type, given, input);
  if (type === 'ec2:RunInstances') runInstances(params, named);
  if (SG_RULE_OPS.has(type)) securityGroupRule(params, named);
  if (ACL_ENTRY_OPS.has(type)) aclProtocol(params);
  const maxItemsWord = named.get('--max-items')?.words[0];
  const maxItems = maxItemsWord === undefined ? undefined : pyInt(maxItemsWord);
  const startingToken = named.get('--starting-token')?.words[0];
  return {
    params,
    paging: { ...(maxItems !== undefined ? { maxItems } : {}), ...(startingToken !== undefined ? { startingToken } : {}) },
    ...(maxItems !== undefined && maxItems <= 0 ? { warning: 'warning: Non-positive values for --max-items may result in undefined behavior.\n' } : {}),
  };
}
