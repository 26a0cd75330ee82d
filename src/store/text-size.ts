/**
 * Text size for rooms: Normal, Large, Projector. It sets two things: the panels' root font size (a data attribute
 * on <html> that index.css turns into a rem size every panel inherits) and the smallest on-screen size of node text
 * the canvas camera may settle at (node cards are laid out in fixed canvas pixels, so the camera zooms instead).
 * The learner's choice is kept in localStorage; what comes back is validated (anything else: Normal).
 */
import { z } from 'zod/mini';

const TEXT_SIZE_STORAGE_KEY = 'ec2-lab:text-size';
const textSizeSchema = z.enum(['normal', 'large', 'projector']);
export type TextSize = z.infer<typeof textSizeSchema>;
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'projector'];

export const TEXT_SIZE_LABEL: Record<TextSize, string> = { normal: 'Normal', large: 'Large', projector: 'Projector' };

/** Smallest on-screen size of node text (px) the camera settles at, per setting. */
export const NODE_TEXT_PX: Record<TextSize, number> = { normal: 11, large: 14, projector: 18 };

/** The smallest font size used by node text on the canvas, in canvas pixels (chips' addresses). */
export const NODE_MIN_FONT_PX = 14;

/** The lowest zoom at which every node text is at least the setting's size on screen. */
export function readableZoom(size: TextSize): number {
  // A hair above the exact ratio: the browser rounds the viewport's scale, and 10.99 px is not 11.
  return NODE_TEXT_PX[size] / NODE_MIN_FONT_PX + 0.002;
}

/** A stored value is a text size only if it is exactly one of the three names (and short). */
export function parseStoredTextSize(raw: unknown): TextSize | null {
  if (typeof raw !== 'string' || raw.length > 16) return null;
  const parsed = textSizeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function readStoredTextSize(): TextSize {
  try {
    return parseStoredTextSize(localStorage.getItem(TEXT_SIZE_STORAGE_KEY)) ?? 'normal';
  } catch {
    return 'normal'; // no storage (privacy settings, sandboxed iframe)
  }
}

export function storeTextSize(size: TextSize): void {
  try {
    localStorage.setItem(TEXT_SIZE_STORAGE_KEY, size);
  } catch {
    // Full or disabled storage: the choice lasts for this visit only.
  }
}

/** index.css scales the root font size by this attribute; every panel's rem sizes follow. */
export function applyTextSize(size: TextSize, root: HTMLElement = document.documentElement): void {
  if (size === 'normal') delete root.dataset.textSize;
  else root.dataset.textSize = size;
}
