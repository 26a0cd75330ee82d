/**
 * Writes an engine response (SDK output shape) as the XML body AWS answers, walking the operation's output schema
 * from the SDK model with the element names the SDK's XmlShapeDeserializer reads: a member's `xmlName` or its name
 * (EC2: `reservationSet`, `instanceId`), list items as their member's `xmlName` (EC2: `item`) or `member`, flattened
 * lists repeated, maps as `entry`/`key`/`value`. Members the model lacks are left out, as the wire would.
 */
import type { NormalizedSchema } from '@smithy/core/schema';

const MAX_DEPTH = 64;

type Traits = { xmlName?: string; xmlFlattened?: unknown };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function timestamp(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000).toISOString();
  return undefined;
}

function scalar(ns: NormalizedSchema, value: unknown): string | undefined {
  if (ns.isTimestampSchema()) return timestamp(value);
  if (ns.isBlobSchema()) {
    if (typeof value === 'string') return textToBase64(value);
    if (value instanceof Uint8Array) return textToBase64(new TextDecoder().decode(value));
    return undefined;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function element(tag: string, inner: string): string {
  return inner === '' ? `<${tag}/>` : `<${tag}>${inner}</${tag}>`;
}

function listItems(ns: NormalizedSchema, value: unknown[], tag: string, depth: number): string {
  const member = ns.getValueSchema();
  if ((ns.getMergedTraits() as Traits).xmlFlattened) {
    return value.map((item) => element(tag, writeInner(member, item, depth + 1) ?? '')).join('');
  }
  return element(tag, wrappedItems(ns, value, depth));
}

/** The items of a (not flattened) list, each in its item element. */
function wrappedItems(ns: NormalizedSchema, value: unknown[], depth: number): string {
  const member = ns.getValueSchema();
  const itemTag = (member.getMergedTraits() as Traits).xmlName ?? 'member';
  return value.map((item) => element(itemTag, writeInner(member, item, depth + 1) ?? '')).join('');
}

function mapEntries(ns: NormalizedSchema, value: Record<string, unknown>, tag: string, depth: number): string {
  const keyTag = (ns.getKeySchema().getMergedTraits() as Traits).xmlName ?? 'key';
  const valueTag = (ns.getValueSchema().getMergedTraits() as Traits).xmlName ?? 'value';
  const entries = Object.entries(value).map(([k, v]) => {
    const inner = `<${keyTag}>${escapeXml(k)}</${keyTag}>${element(valueTag, writeInner(ns.getValueSchema(), v, depth + 1) ?? '')}`;
    return (ns.getMergedTraits() as Traits).xmlFlattened ? element(tag, inner) : `<entry>${inner}</entry>`;
  });
  return (ns.getMergedTraits() as Traits).xmlFlattened ? entries.join('') : element(tag, entries.join(''));
}

/** The members of a structure value, each as its element. */
export function writeMembers(ns: NormalizedSchema, value: Record<string, unknown>, depth = 0): string {
  let out = '';
  for (const [name, member] of ns.structIterator()) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    const tag = (member.getMemberTraits() as Traits).xmlName ?? name;
    if (member.isListSchema()) {
      if (Array.isArray(v)) out += listItems(member, v, tag, depth);
    } else if (member.isMapSchema()) {
      if (typeof v === 'object') out += mapEntries(member, v as Record<string, unknown>, tag, depth);
    } else {
      const inner = writeInner(member, v, depth + 1);
      if (inner !== undefined) out += element(tag, inner);
    }
  }
  return out;
}

/** The content of one element holding `value` of schema `ns` (undefined: nothing the model can carry). */
function writeInner(ns: NormalizedSchema, value: unknown, depth: number): string | undefined {
  if (depth > MAX_DEPTH || value === undefined || value === null) return undefined;
  if (ns.isStructSchema()) {
    return typeof value === 'object' && !Array.isArray(value) ? writeMembers(ns, value as Record<string, unknown>, depth) : undefined;
  }
  if (ns.isListSchema()) return Array.isArray(value) ? wrappedItems(ns, value, depth) : undefined;
  if (ns.isMapSchema()) return undefined; // a map inside a list: not in the models the engine answers
  if (ns.isDocumentSchema()) return escapeXml(JSON.stringify(value));
  const text = scalar(ns, value);
  return text === undefined ? undefined : escapeXml(text);
}
