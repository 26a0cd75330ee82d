/**
 * Reads a Query request's key tree (form.ts) back into the SDK's input shape, walking the operation's input schema
 * from the SDK model the way the SDK's own QueryShapeSerializer wrote it:
 * - EC2 (`ec2Query`): a member's key is its `ec2QueryName`, else its capitalised `xmlName` or name; every list is
 *   flattened (`InstanceId.1`, `Filter.1.Value.2`).
 * - Auto Scaling and ELBv2 (`awsQuery`): a member's key is its `xmlName` or name; lists are `Name.member.1` unless
 *   flattened; maps are `Name.entry.1.key` / `.value`.
 * A key the model does not know is refused (`UnknownParameter`), a value that is not of its type
 * (`InvalidParameterValue`), as EC2 does.
 */
import type { NormalizedSchema } from '@smithy/core/schema';
import { FormError, type FormNode } from './form';

interface Dialect {
  /** EC2's query dialect rather than plain awsQuery. */
  ec2: boolean;
}

type Traits = { xmlName?: string; ec2QueryName?: string; xmlFlattened?: unknown };

function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** The key the SDK writes for a structure member. */
function memberKey(name: string, member: NormalizedSchema, dialect: Dialect): string {
  const traits = member.getMergedTraits() as Traits;
  if (dialect.ec2) return traits.ec2QueryName ?? capitalize(traits.xmlName ?? name);
  return traits.xmlName ?? name;
}

function unknown(path: string): FormError {
  return new FormError('UnknownParameter', `The parameter ${path} is not recognized.`);
}

function invalid(path: string, value: string, kind: string): FormError {
  return new FormError('InvalidParameterValue', `Value (${value.slice(0, 64)}) for parameter ${path} is invalid. Expected ${kind}.`);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function base64ToText(value: string, path: string): string {
  try {
    const bytes = Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    throw invalid(path, value, 'base64-encoded data');
  }
}

function readScalar(ns: NormalizedSchema, node: FormNode, path: string): unknown {
  if (node.children.size > 0) throw unknown(join(path, [...node.children.keys()][0]!));
  const value = node.value ?? '';
  if (ns.isBooleanSchema()) {
    if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    throw invalid(path, value, 'a boolean (true or false)');
  }
  if (ns.isNumericSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw invalid(path, value, 'a number');
    return n;
  }
  if (ns.isBlobSchema()) return base64ToText(value, path);
  return value;
}

/** Children whose keys are 1, 2, 3 … in numeric order; any other key is unknown. */
function indexed(node: FormNode, path: string): FormNode[] {
  const entries = [...node.children.entries()];
  for (const [key] of entries) if (!/^[1-9]\d{0,5}$/.test(key)) throw unknown(join(path, key));
  return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, child]) => child);
}

function readList(ns: NormalizedSchema, node: FormNode, path: string, dialect: Dialect): unknown[] {
  const member = ns.getValueSchema();
  const flat = dialect.ec2 || !!(ns.getMergedTraits() as Traits).xmlFlattened;
  let items = node;
  if (!flat) {
    const suffix = (member.getMergedTraits() as Traits).xmlName ?? 'member';
    for (const key of node.children.keys()) if (key !== suffix) throw unknown(join(path, key));
    const inner = node.children.get(suffix);
    if (!inner) return [];
    items = inner;
    path = join(path, suffix);
  }
  return indexed(items, path).map((child, i) => readValue(member, child, `${path}.${i + 1}`, dialect));
}

function readMap(ns: NormalizedSchema, node: FormNode, path: string, dialect: Dialect): Record<string, unknown> {
  const flat = !!(ns.getMergedTraits() as Traits).xmlFlattened;
  let entries = node;
  if (!flat) {
    for (const key of node.children.keys()) if (key !== 'entry') throw unknown(join(path, key));
    entries = node.children.get('entry') ?? { children: new Map() };
    path = join(path, 'entry');
  }
  const keyName = (ns.getKeySchema().getMergedTraits() as Traits).xmlName ?? 'key';
  const valueName = (ns.getValueSchema().getMergedTraits() as Traits).xmlName ?? 'value';
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  indexed(entries, path).forEach((entry, i) => {
    const at = `${path}.${i + 1}`;
    const key = entry.children.get(keyName)?.value;
    const value = entry.children.get(valueName);
    if (key === undefined || !value) throw new FormError('MissingParameter', `The request must contain ${at}.${keyName} and ${at}.${valueName}.`);
    out[key] = readValue(ns.getValueSchema(), value, `${at}.${valueName}`, dialect);
  });
  return { ...out };
}

function readStruct(ns: NormalizedSchema, node: FormNode, path: string, dialect: Dialect): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [name, member] of ns.structIterator()) {
    const key = memberKey(name, member, dialect);
    const child = node.children.get(key);
    if (!child) continue;
    seen.add(key);
    out[name] = readValue(member, child, join(path, key), dialect);
  }
  for (const key of node.children.keys()) if (!seen.has(key)) throw unknown(join(path, key));
  return out;
}

/** The SDK-shaped value of `node` read against the schema `ns`. */
function readValue(ns: NormalizedSchema, node: FormNode, path: string, dialect: Dialect): unknown {
  if (ns.isListSchema()) return readList(ns, node, path, dialect);
  if (ns.isMapSchema()) return readMap(ns, node, path, dialect);
  if (ns.isStructSchema()) return readStruct(ns, node, path, dialect);
  return readScalar(ns, node, path);
}

/** The input members of a whole request: the tree without `Action` and `Version`, read against the input schema. */
export function readInput(input: NormalizedSchema, root: FormNode, dialect: Dialect): Record<string, unknown> {
  const rest: FormNode = { children: new Map([...root.children].filter(([k]) => k !== 'Action' && k !== 'Version')) };
  if (input.isUnitSchema()) {
    const extra = [...rest.children.keys()][0];
    if (extra !== undefined) throw unknown(extra);
    return {};
  }
  return readStruct(input, rest, '', dialect);
}
