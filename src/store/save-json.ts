/**
 * JSON text of worlds for saving, byte for byte what `JSON.stringify` writes, at the cost of what changed: worlds are
 * immutable and share their unchanged resources, so each resource object's text is kept (a WeakMap keyed by the
 * object) and a save after one action writes one resource's text anew instead of the whole world's. The autosave
 * writes the world and the world its undo log starts from after each change, so this is most of its cost.
 */
import { Collection } from '../engine/collection';

const texts = new WeakMap<object, string>();

/** `JSON.stringify(value)` of an immutable value, remembered by identity (objects only). */
function cached(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    if (text !== undefined) texts.set(value, text);
  }
  return text;
}

/** A collection's `{ id: resource }` text. */
function collectionJson(collection: Collection<unknown>): string {
  const parts: string[] = [];
  for (const [id, value] of collection.entries()) {
    const text = cached(value);
    if (text !== undefined) parts.push(`${JSON.stringify(id)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}

/** An object's text with its immutable members (collections, resources, entries) written through the cache. */
export function immutableJson(value: object): string {
  if (value instanceof Collection) return collectionJson(value as Collection<unknown>);
  if (Array.isArray(value)) return `[${value.map((v) => cached(v) ?? 'null').join(',')}]`;
  const parts: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const text = member instanceof Collection ? collectionJson(member as Collection<unknown>) : cached(member);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
