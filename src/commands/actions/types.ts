/**
 * One descriptor per engine action: everything the UI knows about it in one place (Excalidraw registers each action
 * once the same way) — its family (the palette's group), its plain label, its form, its AWS CLI name, where its
 * response carries the id of what it created, and the buttons the inspector offers for it. The engine's ACTION_LIST
 * stays the source of what actions exist and what they do; a test checks every one has exactly one descriptor.
 *
 * Nothing here loads the engine at runtime (types only), so labels stay on the first-load path.
 */
import type { World } from '../../engine';
import type { Instance } from '../../engine/model/instances';
import type { ElasticIp, InternetGateway, NetworkInterface, Subnet, Vpc } from '../../engine/model/network';
import type { DedicatedHost } from '../../engine/model/purchasing';
import type { Image, Snapshot, Volume } from '../../engine/model/storage';
import type { CollectionKey } from '../../engine/model/world';
import { cliService, kebab } from '../cli-names';
import type { FormBody, FormSpec } from '../forms/fields';

/** What an inspector button can act on: a selected resource of one of these kinds. */
interface ButtonTargets {
  instance: Instance;
  eni: NetworkInterface;
  volume: Volume;
  eip: ElasticIp;
  subnet: Subnet;
  vpc: Vpc;
  igw: InternetGateway;
  snapshot: Snapshot;
  image: Image;
  host: DedicatedHost;
  az: ZoneTarget;
}
export type ButtonKind = keyof ButtonTargets;

/** An Availability Zone as an inspector button sees it: zones are not a world collection, so it is built from the region. */
export interface ZoneTarget {
  ZoneName: string;
  ZoneId: string;
  region: string;
  /** Down after sim:FailAvailabilityZone, until it is restored. */
  failed: boolean;
}

/** The world collection each button kind is looked up in (zones excepted: see ZoneTarget). */
export const BUTTON_COLLECTION: { [K in Exclude<ButtonKind, 'az'>]: CollectionKey } = {
  instance: 'instances',
  eni: 'networkInterfaces',
  volume: 'volumes',
  eip: 'addresses',
  subnet: 'subnets',
  vpc: 'vpcs',
  igw: 'internetGateways',
  snapshot: 'snapshots',
  image: 'images',
  host: 'dedicatedHosts',
};

/** A button the inspector shows for a selected resource of `kind`; pressing it dispatches this action. */
interface ButtonSpec<K extends ButtonKind = ButtonKind> {
  kind: K;
  label: string;
  danger?: boolean;
  /** Shown only when this holds (e.g. Detach only while attached). */
  when?: (resource: ButtonTargets[K], world: World) => boolean;
  /** An on/off setting: its current state (pressing it dispatches the opposite). */
  on?: (resource: ButtonTargets[K]) => boolean;
  /** The action's params for the selected resource (`id` is the selection's id). */
  params: (resource: ButtonTargets[K], id: string) => Record<string, unknown>;
}

/** A button spec of any kind (the kind-specific callbacks are checked where it is written, by `button`). */
export type AnyButtonSpec = { [K in ButtonKind]: ButtonSpec<K> }[ButtonKind];

/** Writes one inspector button, typed by the kind of resource it acts on. */
export function button<K extends ButtonKind>(kind: K, spec: Omit<ButtonSpec<K>, 'kind'>): AnyButtonSpec {
  return { kind, ...spec } as unknown as AnyButtonSpec;
}

export interface CliName {
  /** The CLI service (`ec2`, `elbv2`, `lab` for the simulator's own actions). */
  service: string;
  /** The kebab-case operation (`create-vpc`). */
  operation: string;
}

export interface ActionDescriptor {
  /** IAM action name, as in the engine's ACTION_LIST. */
  type: string;
  /** The family it belongs to: the palette's group. */
  family: string;
  /** Plain words: "Create VPC", "Launch instances". */
  label: string;
  /** `aws <service> <operation>`. */
  cli: CliName;
  /** The form the palette shows; actions without one get the JSON params editor. */
  form?: FormSpec;
  /** Path to the id of what the action created (or acted on) in its response, e.g. `Instances[0].InstanceId`. */
  createdId?: string;
  /** Buttons the inspector shows for a selected resource. */
  buttons?: readonly AnyButtonSpec[];
  /** False for reads too narrow for the palette (one attribute of one resource). */
  palette?: boolean;
}

/** What a family file writes for one action: its type alone, or the type with what differs from the defaults. */
export type DescriptorEntry =
  | string
  | (Partial<Omit<ActionDescriptor, 'type' | 'family' | 'form'>> & { type: string; form?: FormBody });

const WORDS: Record<string, string> = {
  Vpc: 'VPC',
  Vpcs: 'VPCs',
  Ip: 'IP',
  Ips: 'IPs',
  Ipv6: 'IPv6',
  Ebs: 'EBS',
  Kms: 'KMS',
  Dns: 'DNS',
  Imds: 'IMDS',
  IMDS: 'IMDS',
  Id: 'ID',
  Cidr: 'CIDR',
  Acl: 'ACL',
  Acls: 'ACLs',
};

/** The label an action gets unless its descriptor says otherwise: `ec2:AttachNetworkInterface` → "Attach network interface". */
export function plainLabel(type: string): string {
  const name = type.includes(':') ? type.slice(type.indexOf(':') + 1) : type;
  const words = name.match(/[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+/g) ?? [name];
  return words
    .map((w, i) => WORDS[w] ?? (i === 0 ? w : w.toLowerCase()))
    .join(' ')
    .replace(/\bipv6\b/gi, 'IPv6');
}

/** The AWS CLI's name for an action: IAM prefix → service, API name → kebab-case operation. */
export function deriveCliName(type: string): CliName {
  const colon = type.indexOf(':');
  return { service: cliService(type.slice(0, Math.max(0, colon))), operation: kebab(type.slice(colon + 1)) };
}

/** A family's descriptors, with the defaults filled in (label from the name, CLI name from the type). */
export function family(name: string, entries: readonly DescriptorEntry[]): ActionDescriptor[] {
  return entries.map((entry) => {
    const { type, form, ...rest } = typeof entry === 'string' ? { type: entry } : entry;
    return {
      type,
      family: name,
      label: plainLabel(type),
      cli: deriveCliName(type),
      ...rest,
      ...(form ? { form: { type, ...form } } : {}),
    };
  });
}
