/**
 * `--output yaml` (reference/aws-cli.md (d) "yaml"): block style, keys sorted, list items at their key's
 * indentation, strings quoted only when they would read back as something else. A long plain or single-quoted
 * string folds as ruamel.yaml's emitter folds it (the CLI's YAML printer): at a single space met once the line is
 * past column 80, onto a line indented 2 more than its key (or its list dash).
 */
import { floatText, unquoteFloats } from './pyfloat';
import { sortKeys } from './pystr';

const SPECIAL_START = /^[#@`*&!%|>'"[{\]},?:-]/;
const NUMBER = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;
const WORDS = /^(true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?([Tt ]|$)/;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const float = floatText(value);
  if (float !== undefined) return float;
  const text = String(value);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) return JSON.stringify(text);
  const quote =
    text === '' ||
    NUMBER.test(text) ||
    WORDS.test(text) ||
    TIMESTAMP.test(text) ||
    (SPECIAL_START.test(text) && !/^-[^\s]/.test(text) && !/^[?:][^\s]/.test(text)) ||
    text.startsWith('- ') ||
    text === '-' ||
    text.includes(': ') ||
    text.endsWith(':') ||
    text.includes(' #') ||
    text !== text.trim();
  return quote ? `'${text.replaceAll("'", "''")}'` : text;
}

/** ruamel's `best_width`: a line may run past it by one word, then folds at the next single space. */
const BEST_WIDTH = 80;

/**
 * `text` (a scalar as printed: plain, or single-quoted) written from `column`, folded as ruamel's `write_plain` and
 * `write_single_quoted` fold: only a run of exactly one space may become a line break plus `indent` spaces, and only
 * while the line is already past BEST_WIDTH; a quoted string never folds at its first or last character.
 */
function fold(text: string, column: number, indent: number): string {
  if (text.startsWith('"') || column + text.length <= BEST_WIDTH) return text;
  const quoted = text.startsWith("'");
  const parts = (quoted ? text.slice(1, -1) : text).split(/( +)/);
  let out = quoted ? "'" : '';
  let at = column + out.length;
  parts.forEach((part, i) => {
    const inner = i > 0 && i < parts.length - 1 && parts[i - 1] !== '' && parts[i + 1] !== '';
    if (part === ' ' && at > BEST_WIDTH && inner) {
      out += `\n${' '.repeat(indent)}`;
      at = indent;
      return;
    }
    out += part;
    at += part.length;
  });
  return quoted ? `${out}'` : out;
}

function isEmptyContainer(v: unknown): boolean {
  return typeof v === 'object' && v !== null && Object.keys(v).length === 0;
}

function block(value: unknown, indent: number, out: string[], prefix: string): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    value.forEach((item) => {
      if (item && typeof item === 'object' && !isEmptyContainer(item)) {
        const first = out.length;
        block(item, indent + 2, out, '');
        out[first] = `${pad}- ${out[first]!.slice(indent + 2)}`;
      } else out.push(`${pad}- ${fold(inline(item), indent + 2, indent + 2)}`);
    });
    return;
  }
  const obj = value as Record<string, unknown>;
  for (const key of sortKeys(Object.keys(obj))) {
    const v = obj[key];
    const k = `${pad}${prefix}${scalar(key)}:`;
    if (Array.isArray(v) && v.length) {
      out.push(k);
      block(v, indent, out, '');
    } else if (v && typeof v === 'object' && !isEmptyContainer(v)) {
      out.push(k);
      block(v, indent + 2, out, '');
    } else out.push(`${k} ${fold(inline(v), k.length + 1, indent + 2)}`);
  }
}

function inline(v: unknown): string {
  if (Array.isArray(v)) return '[]';
  if (v && typeof v === 'object') return '{}';
  return scalar(v);
}

export function formatYaml(value: unknown): string {
  if (value === null || typeof value !== 'object') return `${unquoteFloats(JSON.stringify(value ?? null))}\n`;
  if (isEmptyContainer(value)) return `${inline(value)}\n`;
  const out: string[] = [];
  block(value, 0, out, '');
  return `${out.join('\n')}\n`;
}
