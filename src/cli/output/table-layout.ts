/**
 * The drawing half of `--output table`: awscli's MultiTable (sections, the vertical conversion past 80 columns,
 * proportional column widths with Python's round-half-to-even, centred titles and headers, left-aligned cells).
 */
import { eastAsianWidthType } from 'get-east-asian-width';

export interface Section {
  title: string;
  headers: string[];
  rows: string[][];
  indent: number;
  maxWidths: number[];
}

const TERMINAL_WIDTH = 80;

/**
 * Display width as awscli/table.py's `get_text_length` counts it: a character whose East Asian Width is Wide,
 * Fullwidth or Ambiguous (`é`, `ü`, `°` too) counts 2.
 */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const type = eastAsianWidthType(ch.codePointAt(0)!);
    width += type === 'wide' || type === 'fullwidth' || type === 'ambiguous' ? 2 : 1;
  }
  return width;
}

function updateWidths(section: Section, cells: string[]): void {
  if (!section.maxWidths.length) section.maxWidths = cells.map(textWidth);
  else cells.forEach((c, i) => (section.maxWidths[i] = Math.max(textWidth(c), section.maxWidths[i] ?? 0)));
}

export function newSection(title: string, indent: number): Section {
  return { title, headers: [], rows: [], indent, maxWidths: [] };
}

export function addHeader(section: Section, headers: string[]): void {
  updateWidths(section, headers);
  section.headers = headers;
}

export class RowLengthError extends Error {}

export function addRow(section: Section, row: string[]): void {
  const cols = section.headers.length || section.rows[0]?.length;
  if (cols !== undefined && row.length !== cols) {
    throw new RowLengthError(`Row should have ${cols} elements, instead it has ${row.length}`);
  }
  section.rows.push(row);
  updateWidths(section, row);
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function columnWidths(section: Section, maxWidth?: number): number[] {
  const unscaled = section.maxWidths.map((w) => w + 4);
  if (maxWidth === undefined || !unscaled.length) return unscaled;
  const scale = maxWidth / unscaled.reduce((a, b) => a + b, 0);
  const scaled = unscaled.map((w) => roundHalfEven(scale * w));
  let off = scaled.reduce((a, b) => a + b, 0) - maxWidth;
  while (off !== 0) {
    const order = [...scaled.keys()];
    if (off < 0) order.reverse();
    for (const i of order) {
      scaled[i]! += off > 0 ? -1 : 1;
      off += off > 0 ? -1 : 1;
      if (off === 0) break;
    }
  }
  return scaled;
}

function totalWidth(section: Section): number {
  const columns = section.maxWidths.reduce((a, w) => a + w + 4, 0);
  const total = columns + 2 + 2 * section.indent;
  return Math.max(textWidth(section.title) + 2 + 2 * section.indent, total);
}

function center(text: string, length: number, left: string): string {
  const start = Math.floor(length / 2) - Math.floor(textWidth(text) / 2) - 1;
  const sofar = left.length + start + textWidth(text);
  return `${left}${' '.repeat(Math.max(0, start))}${text}${' '.repeat(Math.max(0, length - 1 - sofar))}|`;
}

function alignLeft(text: string, length: number, left: string): string {
  const padding = length - (textWidth(text) + 2 + left.length + 1) >= 0 ? 2 : 0;
  const sofar = left.length + padding + textWidth(text);
  return `${left}${' '.repeat(padding)}${text}${' '.repeat(Math.max(0, length - sofar - 1))}|`;
}

function lineBreak(widths: number[]): string {
  return widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join('');
}

function renderSection(section: Section, maxWidth: number, out: string[]): void {
  const w = maxWidth - 2 * section.indent;
  const bar = '|'.repeat(section.indent);
  const put = (line: string) => out.push(`${bar}${line}${bar}`);
  if (section.title) {
    put(center(section.title, w, '|'));
    if (!section.headers.length && !section.rows.length) put(`+${'-'.repeat(w - 2)}+`);
  }
  const widths = columnWidths(section, w);
  if (section.headers.length) {
    put(lineBreak(widths));
    put(section.headers.map((h, i) => center(h, widths[i]!, i === 0 ? '|' : '')).join(''));
  }
  if (section.rows.length && widths.length) {
    put(lineBreak(widths));
    for (const row of section.rows) put(row.map((c, i) => alignLeft(c, widths[i]!, i === 0 ? '|' : '')).join(''));
    put(lineBreak(widths));
  }
}

function toVertical(section: Section): Section {
  if (section.rows.length !== 1 || !section.headers.length) return section;
  const vertical = newSection(section.title, section.indent);
  section.headers.forEach((h, i) => addRow(vertical, [h, section.rows[0]![i] ?? '']));
  return vertical;
}

/** Draws the sections as MultiTable.render does. */
export function renderSections(sections: Section[], terminalWidth = TERMINAL_WIDTH): string {
  let list = sections;
  let max = Math.max(...list.map(totalWidth));
  if (max > terminalWidth) {
    list = list.map(toVertical);
    max = Math.max(...list.map(totalWidth));
  }
  const out = ['-'.repeat(max)];
  for (const section of list) renderSection(section, max, out);
  return `${out.join('\n')}\n`;
}
