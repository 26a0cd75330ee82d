import type { Tag } from './model/common';
import { invalid, type Params } from './params';
import { documentedFilters } from './filter-names';

/** Values an item exposes for one filter name (`vpc-id`, `state`, …). */
export type FilterAccessors<T> = Record<string, (item: T) => string | boolean | number | undefined | (string | undefined)[]>;

/** Most filters and values per filter AWS accepts in one request. */
const MAX_FILTERS = 50;
const MAX_VALUES = 200;

const patternCache = new Map<string, RegExp>();

/** EC2's filter wildcards: `*` any run, `?` one character, `\` escapes the next character. */
export function wildcard(pattern: string): RegExp {
  const cached = patternCache.get(pattern);
  if (cached) return cached;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && i + 1 < pattern.length) source += (pattern[++i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '*') source += '[\\s\\S]*';
    else if (c === '?') source += '[\\s\\S]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const re = new RegExp(`^${source}$`);
  if (patternCache.size > 500) patternCache.clear();
  patternCache.set(pattern, re);
  return re;
}

function pascal(segment: string): string {
  return segment
    .split('-')
    .map((w) => (w ? (w[0] as string).toUpperCase() + w.slice(1) : w))
    .join('');
}

function candidates(segment: string): string[] {
  const p = pascal(segment);
  const out = [p, `${p}s`, `${p}Set`, `${p}es`];
  if (p.endsWith('y')) out.push(`${p.slice(0, -1)}ies`);
  if (p.endsWith('Id')) out.push(`${p.slice(0, -2)}ID`);
  return out;
}

function scalarText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

/**
 * The values at a filter path of an SDK-shaped item: `attachment.device-index` reads `Attachment.DeviceIndex`,
 * descending through lists (`network-interface.subnet-id` reads every `NetworkInterfaces[].SubnetId`).
 */
export function valuesAtPath(item: unknown, name: string): string[] {
  let current: unknown[] = [item];
  for (const segment of name.split('.')) {
    const next: unknown[] = [];
    for (const node of current) {
      if (typeof node !== 'object' || node === null) continue;
      const record = node as Record<string, unknown>;
      const key = candidates(segment).find((k) => Object.hasOwn(record, k));
      if (key === undefined) continue;
      const v = record[key];
      if (Array.isArray(v)) next.push(...v);
      else next.push(v);
    }
    current = next;
  }
  const out: string[] = [];
  for (const v of current) {
    const text = scalarText(v);
    if (text !== undefined) out.push(text);
    else if (typeof v === 'object' && v !== null && 'Value' in v) {
      const inner = scalarText((v as { Value: unknown }).Value);
      if (inner !== undefined) out.push(inner);
    }
  }
  return out;
}

function tagReader<T extends { tags?: Tag[] }>(name: string): ((item: T) => unknown[]) | undefined {
  if (name.startsWith('tag:')) {
    const key = name.slice(4);
    return (item) => (item.tags ?? []).filter((t) => t.Key === key).map((t) => t.Value);
  }
  if (name === 'tag-key') return (item) => (item.tags ?? []).map((t) => t.Key);
  if (name === 'tag-value') return (item) => (item.tags ?? []).map((t) => t.Value);
  return undefined;
}

/**
 * EC2's `Filters: [{ Name, Values }]`: an item matches when every filter has at least one matching value (AND
 * across filters, OR within one filter's values; `*` and `?` wildcards; `tag:<key>`, `tag-key`, `tag-value`).
 * A name the action's own accessors do not cover but the API Reference documents for this action is read from the
 * item's SDK shape (`sdk`); a name the API does not document is refused as AWS refuses it.
 */
export function applyFilters<T extends { tags?: Tag[] }>(
  items: T[],
  p: Params,
  accessors: FilterAccessors<T>,
  sdk?: (item: T) => unknown,
  member = 'Filters',
): T[] {
  const filters = p.optObjList(member) ?? [];
  if (filters.length > MAX_FILTERS) return invalid('Filters', `${filters.length} filters`, `At most ${MAX_FILTERS} filters are allowed.`);
  const documented = documentedFilters(p.action);
  const shapes = new Map<T, unknown>();
  const shapeOf = (item: T) => {
    if (!shapes.has(item)) shapes.set(item, sdk?.(item));
    return shapes.get(item);
  };
  let out = items;
  for (const filter of filters) {
    const name = filter.str('Name');
    const values = filter.optStrList('Values') ?? [];
    if (values.length > MAX_VALUES) return invalid(`Filter.${name}`, `${values.length} values`, `At most ${MAX_VALUES} values per filter.`);
    const patterns = values.map(wildcard);
    let read = tagReader<T>(name);
    const accessor = Object.hasOwn(accessors, name) ? accessors[name] : undefined;
    if (!read && accessor) {
      read = (item) => {
        const v = accessor(item);
        return Array.isArray(v) ? v : [v];
      };
    }
    if (!read && sdk && documented?.has(name)) read = (item) => valuesAtPath(shapeOf(item), name);
    if (!read) return invalid('Filter', name, `The filter '${name}' is invalid.`);
    const reader = read;
    out = out.filter((item) =>
      reader(item).some((value) => value !== undefined && value !== null && patterns.some((re) => re.test(String(value)))),
    );
  }
  return out;
}

/**
 * Accessors for documented filter names whose values sit at an SDK path the name does not spell
 * (`block-device-mapping.volume-id` is `BlockDeviceMappings[].Ebs.VolumeId`): name → PascalCase path in `sdk(item)`.
 */
export function sdkPathAccessors<T extends object>(paths: Record<string, string>, sdk: (item: T) => unknown): FilterAccessors<T> {
  const shapes = new WeakMap<T, unknown>();
  const shapeOf = (item: T) => {
    if (!shapes.has(item)) shapes.set(item, sdk(item));
    return shapes.get(item);
  };
  const out: FilterAccessors<T> = {};
  for (const [name, path] of Object.entries(paths)) out[name] = (item) => valuesAtPath(shapeOf(item), path);
  return out;
}
