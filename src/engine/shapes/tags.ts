import type { Tag } from '../model/common';

/** SDK `Tags` member: omitted when empty, as AWS does. */
export function sdkTags(tags: Tag[]): { Tags?: Tag[] } {
  return tags.length ? { Tags: tags.map((t) => ({ ...t })) } : {};
}
