/**
 * An SVG picture rasterised in the browser: drawn into a canvas through an <img> (an SVG without foreignObject or
 * external resources never taints the canvas), then encoded as PNG.
 */

/** Pixels one PNG may have: beyond this browsers fail or stall, so a huge world is drawn at a smaller scale. */
const MAX_PNG_PIXELS = 48_000_000;
/** Chromium's limit on one side of a canvas. */
const MAX_SIDE = 16_384;

/** The largest scale ≤ `wanted` at which a `width` × `height` picture (at scale 1) stays within the limits. */
function safeScale(width: number, height: number, wanted: number): number {
  const byArea = Math.sqrt(MAX_PNG_PIXELS / Math.max(1, width * height));
  const bySide = MAX_SIDE / Math.max(1, width, height);
  return Math.min(wanted, byArea, bySide);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.decoding = 'async';
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The picture could not be drawn.'));
    img.src = url;
  });
}

/** The PNG of an SVG whose size at scale 1 is `width` × `height`, at `scale` (lowered when too large). */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<{ blob: Blob; scale: number }> {
  const used = safeScale(width, height, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * used));
    canvas.height = Math.max(1, Math.round(height * used));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the picture.');
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture is too large for this browser.');
    return { blob, scale: used };
  } finally {
    URL.revokeObjectURL(url);
  }
}
