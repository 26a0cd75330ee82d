/** A copy of `list` with the item at `index` replaced by `item`. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, j) => (j === index ? item : old));
}

/** A copy of `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, j) => j !== index);
}
