import { REQUEST_RULES } from './rules/request';
import { NETWORK_RULES } from './rules/network';
import { NETWORK_ACL_RULES } from './rules/network-acls';
import { PRIVATE_IP_RULES } from './rules/private-ips';
import { LAUNCH_RULES } from './rules/launch';
import { NETWORK_INTERFACE_RULES } from './rules/network-interfaces';
import { ADDRESS_RULES } from './rules/addresses';
import { INSTANCE_RULES } from './rules/instances';
import { GUEST_RULES } from './rules/guest';
import { STORAGE_RULES } from './rules/storage';
import { PURCHASING_RULES } from './rules/purchasing';
import { HEALTH_RULES } from './rules/health';
import { CATALOG_RULES } from './rules/catalog';
import { ACCESS_RULES } from './rules/access';
import { SCALING_RULES } from './rules/scaling';
import { SCALING_LIMIT_RULES } from './rules/scaling-limits';
import { LISTENER_RULE_RULES } from './rules/listener-rules';
import { INSTANCE_CONNECT_ENDPOINT_RULES } from './rules/instance-connect-endpoints';
import type { RuleEntry } from './rules/sections';

export { SECTIONS, type RuleEntry, type Section } from './rules/sections';

/**
 * The rule catalogue: every refusal the engine can give, with its AWS error code, the idea behind it in plain words,
 * a fix and the course section it teaches. Ids are stable (`eni.attach.same-az`): labs, tests and the explanation
 * card refer to them.
 */
export const RULES = {
  ...REQUEST_RULES,
  ...NETWORK_RULES,
  ...NETWORK_ACL_RULES,
  ...PRIVATE_IP_RULES,
  ...LAUNCH_RULES,
  ...NETWORK_INTERFACE_RULES,
  ...ADDRESS_RULES,
  ...INSTANCE_RULES,
  ...GUEST_RULES,
  ...STORAGE_RULES,
  ...PURCHASING_RULES,
  ...HEALTH_RULES,
  ...CATALOG_RULES,
  ...ACCESS_RULES,
  ...SCALING_RULES,
  ...SCALING_LIMIT_RULES,
  ...LISTENER_RULE_RULES,
  ...INSTANCE_CONNECT_ENDPOINT_RULES,
} satisfies Record<string, RuleEntry>;

export type RuleId = keyof typeof RULES;

export function ruleEntries(): [RuleId, RuleEntry][] {
  return Object.entries(RULES) as [RuleId, RuleEntry][];
}
