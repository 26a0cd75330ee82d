/**
 * The engine's door (see docs/contract/ENGINE_API.md). Everything else in the app, and every test, goes through
 * `apply(world, action)`.
 */
import { apply } from './apply';
import type { World } from './model/world';

export { apply, describe } from './apply';
export { createWorld, type CreateWorldOptions } from './world';
export { RULES, SECTIONS, ruleEntries, type RuleId, type RuleEntry, type Section } from './rules';
export { ACTION_LIST } from './actions';
export type { Action, Result, EngineEvent, EngineError, RefusalScope } from './types';
export type { World } from './model/world';
export { summarize, type HistoryEntry } from './history';
export { recoverAlarmParams } from './shapes/alarms';
export { REGIONS, HOME_REGION, DEFAULT_ACCOUNT, AMAZON_ACCOUNT } from './regions';
export {
  interfacesOf,
  primaryInterfaceOf,
  addressesOf,
  elasticIpsOf,
  volumesOf,
  nextDeviceIndex,
  nextDeviceName,
  nameTag,
  type InterfaceAddresses,
} from './queries';

export interface DnsQuery {
  Name: string;
  From: 'inside-vpc' | 'internet';
  VpcId?: string;
}

/** The Amazon resolver's answer for a name, asked from inside a VPC or from the internet (sim:ResolveDns). */
export function resolveDns(world: World, query: DnsQuery): { Answers: string[]; Rcode: 'NOERROR' | 'NXDOMAIN' } {
  const result = apply(world, { type: 'sim:ResolveDns', params: { ...query } });
  return result.ok ? result.response : { Answers: [], Rcode: 'NXDOMAIN' };
}

export interface MetadataRequest {
  InstanceId: string;
  Method?: 'GET' | 'PUT';
  Path: string;
  Headers?: Record<string, string>;
  Token?: string;
}

/** What the instance metadata service answers to one HTTP request from inside the instance (sim:QueryIMDS). */
export function instanceMetadata(
  world: World,
  request: MetadataRequest,
): { Status: number; Body: string; Headers: Record<string, string>; Token?: string } {
  const result = apply(world, { type: 'sim:QueryIMDS', params: { Method: 'GET', ...request } });
  return result.ok ? result.response : { Status: 404, Body: '', Headers: {} };
}
