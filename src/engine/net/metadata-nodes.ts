/** The instance metadata tree's nodes: a directory lists its entries, a leaf answers its body (see metadata.ts). */

export interface Leaf {
  kind: 'leaf';
  body: string;
  contentType?: string;
}

export interface Dir {
  kind: 'dir';
  entries: Record<string, Node>;
  /** Overrides the listing (public-keys/ lists `0=name`; /latest/ lists names without slashes). */
  listing?: string;
}

export type Node = Leaf | Dir;

/** A file of the tree. */
export const leaf = (body: string, contentType?: string): Leaf => ({
  kind: 'leaf',
  body,
  ...(contentType ? { contentType } : {}),
});

/** A directory of the tree; entries given as undefined are left out (a category the instance does not have). */
export function dir(entries: Record<string, Node | undefined>, listing?: string): Dir {
  const kept: Record<string, Node> = {};
  for (const [k, v] of Object.entries(entries)) if (v) kept[k] = v;
  return { kind: 'dir', entries: kept, ...(listing !== undefined ? { listing } : {}) };
}

/** What a directory answers: its entries, sorted, directories with a trailing slash (unless it says otherwise). */
export function listingOf(node: Dir): string {
  if (node.listing !== undefined) return node.listing;
  return Object.keys(node.entries)
    .sort()
    .map((k) => (node.entries[k]?.kind === 'dir' ? `${k}/` : k))
    .join('\n');
}

/** A leaf of one item per line, or nothing when there are none. */
export const lines = (items: string[]): Leaf | undefined => (items.length > 0 ? leaf(items.join('\n')) : undefined);
