/**
 * Row packing: items go left to right and wrap when the next one would pass `maxWidth`; a row is as tall as its
 * tallest item. Deterministic, and items never overlap (the unit tests check it for random inputs).
 */
interface Box {
  width: number;
  height: number;
}

interface Packed {
  positions: { x: number; y: number }[];
  width: number;
  height: number;
}

export function pack(items: readonly Box[], maxWidth: number, gap: number): Packed {
  const positions: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > maxWidth) {
      y += rowHeight + gap;
      x = 0;
      rowHeight = 0;
    }
    positions.push({ x, y });
    x += item.width + gap;
    width = Math.max(width, x - gap);
    rowHeight = Math.max(rowHeight, item.height);
  }
  return { positions, width, height: items.length ? y + rowHeight : 0 };
}

/** How many equal cards go side by side for `count` of them: two for a classroom, a square-ish grid for crowds. */
export function gridColumns(count: number): number {
  if (count <= 1) return 1;
  if (count <= 4) return 2;
  return Math.ceil(Math.sqrt(count));
}

/** Width of `columns` cards of `cardWidth` with `gap` between them. */
export function rowWidth(columns: number, cardWidth: number, gap: number): number {
  return columns * cardWidth + Math.max(0, columns - 1) * gap;
}
