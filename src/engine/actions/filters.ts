import type { Tag } from '../model/common';
import { invalid, type Params } from '../params';

/** Values an item exposes for one filter name (`vpc-id`, `state`, …). */
export type FilterAccessors<T> = Record<string, (item: T) => string | boolean | number | undefined | (string | undefined)[]>;

function wildcard(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

/**
 * EC2's `Filters: [{ Name, Values }]`: an item matches when every filter has at least one matching value
 * (`*` and `?` wildcards, `tag:<key>` and `tag-key` on the item's tags). An unknown filter name is refused.
 */
export function applyFilters<T extends { tags?: Tag[] }>(items: T[], p: Params, accessors: FilterAccessors<T>): T[] {
  const filters = p.optObjList('Filters') ?? [];
  let out = items;
  for (const filter of filters) {
    const name = filter.str('Name');
    const patterns = (filter.optStrList('Values') ?? []).map(wildcard);
    let read: (item: T) => unknown[];
    if (name.startsWith('tag:')) {
      const key = name.slice(4);
      read = (item) => (item.tags ?? []).filter((t) => t.Key === key).map((t) => t.Value);
    } else if (name === 'tag-key') {
      read = (item) => (item.tags ?? []).map((t) => t.Key);
    } else {
      const accessor = accessors[name];
      if (!accessor) return invalid('Filter', name, `The filter '${name}' is invalid.`);
      read = (item) => {
        const v = accessor(item);
        return Array.isArray(v) ? v : [v];
      };
    }
    out = out.filter((item) =>
      read(item).some((value) => value !== undefined && patterns.some((re) => re.test(String(value)))),
    );
  }
  return out;
}

/** SDK `Tags` member: omitted when empty, as AWS does. */
export function sdkTags(tags: Tag[]): { Tags?: Tag[] } {
  return tags.length ? { Tags: tags.map((t) => ({ ...t })) } : {};
}
