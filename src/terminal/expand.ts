/**
 * The terminal's shell expansion: `$VAR`, `${VAR}`, `$?` and `$(command)`, outside single quotes. The result is
 * text again, quoted so that the `aws` tokenizer reads the words bash would: unquoted expansions split on blanks,
 * double-quoted ones stay one word, and nothing in a value is read as quotes.
 */
import { shellQuote } from '../cli/tokenize';
import { skipQuoted } from './quote-scan';

export class ExpandError extends Error {}

interface ExpandContext {
  vars: Readonly<Record<string, string>>;
  status: number;
  /** Runs a command substitution and returns its stdout. */
  substitute: (line: string) => string;
}

/** Index just past the `)` that closes a `$(` opened before `start`. */
function closingParen(text: string, start: number): number {
  let depth = 1;
  const scan = { quote: null as string | null };
  for (let i = start; i < text.length; i++) {
    const skipped = skipQuoted(text, i, scan);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new ExpandError("unexpected EOF while looking for matching `)'");
}

function place(value: string, inDouble: boolean, split: boolean): string {
  if (inDouble) return value.replace(/["\\$`]/g, (c) => `\\${c}`);
  if (!split) return value === '' ? "''" : shellQuote(value);
  return value.split(/[ \t\n]+/).filter(Boolean).map(shellQuote).join(' ');
}

/** One `$…` at `i` (text[i] === '$'): [replacement, next index]. */
function dollar(text: string, i: number, ctx: ExpandContext): [string | null, number] {
  const next = text[i + 1];
  if (next === '?') return [String(ctx.status), i + 2];
  if (next === '(') {
    const end = closingParen(text, i + 2);
    return [ctx.substitute(text.slice(i + 2, end - 1)).replace(/\n+$/, ''), end];
  }
  if (next === '{') {
    const close = text.indexOf('}', i + 2);
    if (close < 0) throw new ExpandError('bad substitution');
    const name = text.slice(i + 2, close);
    if (!/^[A-Za-z_]\w*$/.test(name)) throw new ExpandError(`\${${name}}: bad substitution`);
    return [ctx.vars[name] ?? '', close + 1];
  }
  const m = /^[A-Za-z_]\w*/.exec(text.slice(i + 1));
  if (!m) return [null, i + 1];
  return [ctx.vars[m[0]] ?? '', i + 1 + m[0].length];
}

/** Expands `text`; `split: false` keeps each unquoted expansion one word (assignments). */
export function expand(text: string, ctx: ExpandContext, split = true): string {
  let out = '';
  let inDouble = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (!inDouble && c === "'") {
      const close = text.indexOf("'", i + 1);
      const stop = close < 0 ? text.length : close + 1;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
    } else if (c === '"') {
      inDouble = !inDouble;
      out += c;
      i++;
    } else if (c === '$') {
      const [value, next] = dollar(text, i, ctx);
      out += value === null ? '$' : place(value, inDouble, split);
      i = next;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
