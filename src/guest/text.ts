/** Text tools for pipes: echo, cat (stdin), grep, head, tail, wc, and a small jq (`.`, `.a.b`, `.a[0]`, `.[]`, `-r`). */
import { err, out, type Output } from './context';

function count(args: string[], fallback: number): { n: number; rest: string[] } {
  const rest: string[] = [];
  let n = fallback;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-n') n = Number(args[++i] ?? fallback);
    else if (/^-n?\d+$/.test(a)) n = Number(a.replace(/^-n?/, ''));
    else rest.push(a);
  }
  return { n: Number.isFinite(n) ? n : fallback, rest };
}

const split = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
const join = (rows: string[]) => (rows.length ? `${rows.join('\n')}\n` : '');

export function echo(args: string[]): Output {
  const noNewline = args[0] === '-n';
  const text = (noNewline ? args.slice(1) : args).join(' ');
  return out(noNewline ? text : `${text}\n`);
}

export function grep(args: string[], stdin: string): Output {
  const flags = args.filter((a) => /^-[ivcE]+$/.test(a)).join('');
  const pattern = args.find((a) => !/^-[ivcE]+$/.test(a));
  if (pattern === undefined) return err('Usage: grep [OPTION]... PATTERNS [FILE]...\n', 2);
  let re: RegExp;
  try {
    re = new RegExp(pattern.slice(0, 200), flags.includes('i') ? 'i' : '');
  } catch {
    return err(`grep: Invalid regular expression\n`, 2);
  }
  const rows = split(stdin).filter((l) => re.test(l) !== flags.includes('v'));
  if (flags.includes('c')) return out(`${rows.length}\n`, rows.length ? 0 : 1);
  return out(join(rows), rows.length ? 0 : 1);
}

export const head = (args: string[], stdin: string) => out(join(split(stdin).slice(0, count(args, 10).n)));
export function tail(args: string[], stdin: string): Output {
  const n = count(args, 10).n;
  return out(join(n === 0 ? [] : split(stdin).slice(-n)));
}

export function wc(args: string[], stdin: string): Output {
  const l = (stdin.match(/\n/g) ?? []).length;
  const w = stdin.split(/\s+/).filter(Boolean).length;
  const c = new TextEncoder().encode(stdin).length;
  if (args.includes('-l')) return out(`${l}\n`);
  if (args.includes('-w')) return out(`${w}\n`);
  if (args.includes('-c')) return out(`${c}\n`);
  return out(`${String(l).padStart(7)} ${String(w).padStart(7)} ${String(c).padStart(7)}\n`);
}

function step(values: unknown[], part: string): unknown[] | undefined {
  if (part === '[]') return values.flatMap((v) => (Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : []));
  const index = /^\[(-?\d+)\]$/.exec(part);
  if (index) return values.map((v) => (Array.isArray(v) ? v.at(Number(index[1])) : null));
  return values.map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[part] ?? null : null));
}

export function jq(args: string[], stdin: string): Output {
  const raw = args.includes('-r');
  const filter = args.find((a) => !a.startsWith('-')) ?? '.';
  let data: unknown;
  try {
    data = JSON.parse(stdin);
  } catch {
    return err('jq: error (at <stdin>:0): Cannot parse input as JSON\n', 5);
  }
  const parts = filter === '.' ? [] : filter.replace(/^\./, '').match(/\[[^\]]*\]|[^.[\]]+/g);
  if (!parts || parts.length > 20) return err(`jq: error: ${filter.slice(0, 60)} is not supported here (try .key, .a.b, .list[0], .[])\n`, 3);
  let values: unknown[] | undefined = [data];
  for (const part of parts) values = values && step(values, part);
  const text = (values ?? []).map((v) => (raw && typeof v === 'string' ? v : JSON.stringify(v, null, 2))).join('\n');
  return out(`${text}\n`);
}
