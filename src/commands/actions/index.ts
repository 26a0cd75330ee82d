/**
 * Every engine action's descriptor (types.ts), family by family in the order the palette lists them. A test checks
 * this covers ACTION_LIST exactly once.
 */
import { ACCESS_ACTIONS } from './access';
import { AUTO_SCALING_ACTIONS } from './auto-scaling';
import { ELASTIC_IP_ACTIONS } from './elastic-ips';
import { ENCRYPTION_ACTIONS } from './encryption';
import { HEALTH_ACTIONS } from './health';
import { IMAGE_ACTIONS } from './images';
import { INSTANCE_ACTIONS } from './instances';
import { LAUNCH_TEMPLATE_ACTIONS } from './launch-templates';
import { LOAD_BALANCING_ACTIONS } from './load-balancing';
import { NETWORK_ACTIONS } from './network';
import { NETWORK_INTERFACE_ACTIONS } from './network-interfaces';
import { PURCHASING_ACTIONS } from './purchasing';
import { SECURITY_GROUP_ACTIONS } from './security-groups';
import { SIMULATION_ACTIONS } from './simulation';
import { STORAGE_ACTIONS } from './storage';
import { deriveCliName, type ActionDescriptor, type CliName } from './types';

export const DESCRIPTORS: readonly ActionDescriptor[] = [
  ...NETWORK_ACTIONS,
  ...SECURITY_GROUP_ACTIONS,
  ...INSTANCE_ACTIONS,
  ...NETWORK_INTERFACE_ACTIONS,
  ...ELASTIC_IP_ACTIONS,
  ...STORAGE_ACTIONS,
  ...IMAGE_ACTIONS,
  ...ENCRYPTION_ACTIONS,
  ...PURCHASING_ACTIONS,
  ...HEALTH_ACTIONS,
  ...ACCESS_ACTIONS,
  ...LAUNCH_TEMPLATE_ACTIONS,
  ...LOAD_BALANCING_ACTIONS,
  ...AUTO_SCALING_ACTIONS,
  ...SIMULATION_ACTIONS,
];

const BY_TYPE: ReadonlyMap<string, ActionDescriptor> = new Map(DESCRIPTORS.map((d) => [d.type, d]));

/** The descriptor of an engine action, if it has one. */
export function descriptorOf(type: string): ActionDescriptor | undefined {
  return BY_TYPE.get(type);
}

/** `aws <service> <operation>` for an action (derived the same way for a type the descriptors do not list). */
export function cliNameOf(type: string): CliName {
  return descriptorOf(type)?.cli ?? deriveCliName(type);
}

/** The value at a path such as `Instances[0].InstanceId` in a response, if it is a string. */
export function readPath(value: unknown, path: string): string | undefined {
  let at: unknown = value;
  for (const step of path.match(/[^.[\]]+/g) ?? []) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return typeof at === 'string' ? at : undefined;
}

/** The id of what an accepted action created (to select it afterwards), read where its descriptor says. */
export function createdIdOf(type: string, response: unknown): string | undefined {
  const path = descriptorOf(type)?.createdId;
  return path ? readPath(response, path) : undefined;
}
