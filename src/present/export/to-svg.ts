import { paletteOf, toneOf, type ExportTheme } from './palette';
import { intersects, type Rect, type Scene, type SceneBox } from './scene';

interface SvgOptions {
  theme: ExportTheme;
  /** 1 or 2: the picture's pixel size over its canvas size (the drawing is vector either way). */
  scale: number;
  /** Draw only this part of the canvas (the current view); default: everything. */
  crop?: Rect;
  /** A heading above the picture (the scenario's title). */
  title?: string;
  /** A line under the picture (the step, the course). */
  footer?: string;
}

export interface SvgPicture {
  svg: string;
  /** Size in pixels at the chosen scale. */
  width: number;
  height: number;
}

const FONT = "font-family=\"Inter, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif\"";
const PAD = 24;
const TITLE_BAND = 52;
const FOOTER_BAND = 36;
const TITLE_SIZE = 13;
const LINE_SIZE = 11;
/** Average advance of a character, as a share of the font size (a slightly generous sans-serif figure). */
const CHAR_WIDTH = 0.6;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for XML: escaped, and with control characters (not allowed in XML 1.0) dropped. */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The text cut to fit `width` pixels at `size`, with an ellipsis when cut. */
export function fitText(text: string, width: number, size: number): string {
  const max = Math.floor(width / (size * CHAR_WIDTH));
  if (max <= 1) return '';
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const round = (n: number) => Math.round(n * 10) / 10;

function boxSvg(box: SceneBox, theme: ExportTheme): string {
  const tone = toneOf(paletteOf(theme), box.type);
  const radius = box.group ? 10 : 8;
  const parts = [
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="${radius}" fill="${tone.fill}" stroke="${tone.stroke}" stroke-width="${box.group ? 1.5 : 2}"/>`,
  ];
  const inner = box.width - 16;
  const lines = [box.text.title, ...(box.group ? box.text.lines.slice(0, 1) : box.text.lines)];
  let y = box.y + 8 + TITLE_SIZE;
  lines.forEach((line, i) => {
    const size = i === 0 ? TITLE_SIZE : LINE_SIZE;
    if (y > box.y + box.height - 4) return;
    const text = fitText(line, inner, size);
    if (text) {
      const weight = i === 0 ? ' font-weight="600"' : '';
      parts.push(`<text x="${round(box.x + 8)}" y="${round(y)}" font-size="${size}"${weight} fill="${tone.text}">${xmlText(text)}</text>`);
    }
    y += size + 5;
  });
  return parts.join('');
}

/**
 * The canvas as a standalone SVG: rectangles, lines and text only (no foreignObject, no external resources), so it
 * renders the same in a browser, in librsvg and in Inkscape, and pastes into slides as shapes.
 */
export function toSvg(scene: Scene, options: SvgOptions): SvgPicture {
  const palette = paletteOf(options.theme);
  const area = options.crop ?? scene.bounds;
  const boxes = options.crop ? scene.boxes.filter((b) => intersects(b, area)) : scene.boxes;
  const top = PAD + (options.title ? TITLE_BAND : 0);
  const contentWidth = Math.max(area.width, 320);
  const width = Math.ceil(contentWidth + 2 * PAD);
  const height = Math.ceil(top + Math.max(area.height, 120) + PAD + (options.footer ? FOOTER_BAND : 0));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width * options.scale)}" height="${Math.round(height * options.scale)}" viewBox="0 0 ${width} ${height}" ${FONT}>`,
    `<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
  ];
  if (options.title) {
    out.push(`<text x="${PAD}" y="${PAD + 26}" font-size="26" font-weight="700" fill="${palette.text}">${xmlText(fitText(options.title, contentWidth, 26))}</text>`);
  }
  out.push(`<defs><clipPath id="view"><rect x="${round(area.x)}" y="${round(area.y)}" width="${round(area.width)}" height="${round(area.height)}"/></clipPath></defs>`);
  out.push(`<g transform="translate(${round(PAD - area.x)} ${round(top - area.y)})" clip-path="url(#view)">`);
  for (const box of boxes) out.push(boxSvg(box, options.theme));
  for (const link of scene.links) {
    out.push(`<line x1="${round(link.from.x)}" y1="${round(link.from.y)}" x2="${round(link.to.x)}" y2="${round(link.to.y)}" stroke="${palette.link}" stroke-width="1.5" stroke-dasharray="4 3"/>`);
  }
  out.push('</g>');
  if (options.footer) {
    out.push(`<text x="${PAD}" y="${height - PAD / 2 - 6}" font-size="15" fill="${palette.muted}">${xmlText(fitText(options.footer, contentWidth, 15))}</text>`);
  }
  out.push('</svg>');
  return { svg: out.join('\n'), width: Math.round(width * options.scale), height: Math.round(height * options.scale) };
}
