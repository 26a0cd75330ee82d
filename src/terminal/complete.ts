/**
 * Tab completion at the prompt: shell commands, then `aws` services, operations (from the engine's ACTION_LIST) and
 * the operation's `--options`, then resource ids from the world for id-like options (`--vpc-id` offers `vpc-…`).
 */
import { operationIndex } from '../cli';
import { optionTable } from '../cli/options';
import { operationShapes } from '../cli/shapes';
import { GLOBAL_OPTIONS } from '../cli/globals';
import type { World } from '../engine';
import { Collection } from '../engine/collection';

const SHELL_COMMANDS = ['aws', 'clear', 'echo', 'env', 'exit', 'export', 'help', 'history', 'unset'];

/** AWS id prefixes by the resource word in an option name (`--network-interface-id` → `eni-`). */
const ID_PREFIXES: [RegExp, string][] = [
  [/network-interface/, 'eni-'],
  [/internet-gateway/, 'igw-'],
  [/instance-connect-endpoint/, 'eice-'],
  [/route-table/, 'rtb-'],
  [/subnet/, 'subnet-'],
  [/vpc/, 'vpc-'],
  [/instance/, 'i-'],
  [/group/, 'sg-'],
  [/volume/, 'vol-'],
  [/snapshot/, 'snap-'],
  [/image|ami/, 'ami-'],
  [/allocation/, 'eipalloc-'],
  [/host/, 'h-'],
];

/** The CLI's own commands that are not API operations (its customizations), with their options. */
const CUSTOM_COMMANDS: Record<string, Record<string, string[]>> = {
  'ec2-instance-connect': {
    ssh: ['--instance-id', '--instance-ip', '--private-key-file', '--os-user', '--ssh-port', '--local-forwarding', '--connection-type', '--eice-options'],
    'open-tunnel': ['--instance-id', '--instance-connect-endpoint-id', '--private-ip-address', '--remote-port', '--local-port'],
  },
};

/** Every resource id in the world: the keys of each of its collections. */
function worldIds(world: World): string[] {
  const ids: string[] = [];
  for (const value of Object.values(world)) {
    if (!(value instanceof Collection)) continue;
    for (const key of value.keys()) if (/^[a-z]+(-[a-z]+)*-[0-9a-f]{6,}$/.test(key)) ids.push(key);
  }
  return ids;
}

interface Completion {
  /** The word being completed starts here. */
  start: number;
  candidates: string[];
}

function optionsOf(service: string, operation: string): string[] {
  const custom = CUSTOM_COMMANDS[service]?.[operation];
  if (custom) return [...custom, ...GLOBAL_OPTIONS.map((g) => g.name)];
  const op = operationIndex().get(service)?.get(operation);
  if (!op) return [];
  const table = optionTable(op.type, operationShapes(op.type));
  return [...table.byName.keys(), ...GLOBAL_OPTIONS.map((g) => g.name)];
}

function idsFor(option: string | undefined, world: World): string[] {
  const ids = worldIds(world);
  if (!option) return ids;
  const prefix = ID_PREFIXES.find(([re]) => re.test(option))?.[1];
  return prefix ? ids.filter((id) => id.startsWith(prefix)) : ids;
}

/** Candidates for the word under the cursor (plain words; the caller inserts the common prefix). */
export function complete(line: string, cursor: number, world: World | null): Completion {
  const before = line.slice(0, cursor);
  const start = before.search(/\S*$/);
  const word = before.slice(start);
  const words = before.slice(0, start).trim().split(/\s+/).filter(Boolean);
  const pick = (list: Iterable<string>) => ({ start, candidates: [...new Set(list)].filter((c) => c.startsWith(word)).sort() });
  if (words.length === 0) return pick(SHELL_COMMANDS);
  if (words[0] !== 'aws') return { start, candidates: [] };
  const index = operationIndex();
  if (words.length === 1) return pick(word.startsWith('-') ? GLOBAL_OPTIONS.map((g) => g.name) : [...index.keys(), 'help']);
  const service = words[1]!;
  if (words.length === 2) return pick([...(index.get(service)?.keys() ?? []), ...Object.keys(CUSTOM_COMMANDS[service] ?? {}), 'help']);
  if (word.startsWith('-')) return pick(optionsOf(service, words[2]!));
  const lastOption = [...words].reverse().find((w) => w.startsWith('--'));
  if (lastOption === '--output') return pick(['json', 'text', 'table', 'yaml', 'yaml-stream', 'off']);
  if (lastOption === '--region') return pick(world ? Object.keys(world.regions ?? {}) : []);
  if (lastOption === '--connection-type') return pick(['auto', 'direct', 'eice']);
  return pick(world ? idsFor(lastOption, world) : []);
}

/** The longest prefix all candidates share. */
export function commonPrefix(candidates: readonly string[]): string {
  if (!candidates.length) return '';
  let prefix = candidates[0]!;
  for (const c of candidates) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
