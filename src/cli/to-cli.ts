/**
 * `toCliCommand(action)`: the `aws …` command line that sends the same request (for "Copy as AWS CLI", the session
 * export and the round-trip test). Parsing the line with runAwsCli gives back the identical action. Scalars become
 * words, flags `--x` / `--no-x`, structures shorthand when every leaf is a plain word, JSON otherwise; members the
 * model does not know travel in `--cli-input-json`.
 */
import type { Action } from '../engine';
import { decodeUserData } from '../engine/user-data';
import { cliNameOf } from '../commands/actions';
import { kebab } from '../commands/cli-names';
import { optionTable, type CliOption } from './options';
import { operationShapes } from './shapes';
import { shellQuote } from './tokenize';

const PLAIN = /^[A-Za-z0-9_./:@+*-][A-Za-z0-9_./:@+* -]*$/;

function plainLeaf(v: unknown): boolean {
  if (typeof v === 'number' || typeof v === 'boolean') return true;
  return typeof v === 'string' && PLAIN.test(v) && v === v.trim() && !/^(true|false)$/i.test(v);
}

function shorthandValue(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    const items = v.map(shorthandValue);
    return items.every((i) => i !== undefined) ? `[${items.join(',')}]` : undefined;
  }
  if (v && typeof v === 'object') return shorthandStruct(v as Record<string, unknown>, true);
  return plainLeaf(v) ? String(v) : undefined;
}

/** `K=V,K2=V2` (or `{…}` when nested); undefined when a leaf needs JSON. */
function shorthandStruct(obj: Record<string, unknown>, nested: boolean): string | undefined {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (!/^[A-Za-z0-9_.:/#-]+$/.test(k)) return undefined;
    const text = shorthandValue(v);
    if (text === undefined) return undefined;
    parts.push(`${k}=${text}`);
  }
  if (!parts.length) return undefined;
  return nested ? `{${parts.join(',')}}` : parts.join(',');
}

function structureWord(v: unknown): string {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const short = shorthandStruct(v as Record<string, unknown>, false);
    if (short !== undefined) return shellQuote(short);
  }
  return shellQuote(JSON.stringify(v));
}

function optionWords(option: CliOption, value: unknown): string[] {
  const flag = (on: boolean) => [on ? option.name : (option.negative ?? `${option.name}=false`)];
  switch (option.kind) {
    case 'flag':
      return typeof value === 'boolean' ? flag(value) : [option.name, structureWord(value)];
    case 'wrapped-bool': {
      const inner = (value as { Value?: unknown } | null)?.Value;
      return typeof inner === 'boolean' && Object.keys(value as object).length === 1 ? flag(inner) : [option.name, shellQuote(JSON.stringify(value))];
    }
    case 'wrapped-string': {
      const inner = (value as { Value?: unknown } | null)?.Value;
      const simple = typeof inner === 'string' && !inner.includes('=') && !inner.trimStart().startsWith('{');
      return simple ? [option.name, shellQuote(inner)] : [option.name, shellQuote(JSON.stringify(value))];
    }
    case 'list':
      return Array.isArray(value) && value.every((x) => typeof x === 'string' && !x.startsWith('-') && !x.startsWith('['))
        ? [option.name, ...value.map((x) => shellQuote(x as string))]
        : [option.name, shellQuote(JSON.stringify(value))];
    case 'complex-list':
      if (Array.isArray(value) && value.length && value.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
        const words = value.map((x) => shorthandStruct(x as Record<string, unknown>, false));
        if (words.every((w) => w !== undefined)) return [option.name, ...words.map((w) => shellQuote(w!))];
      }
      return [option.name, shellQuote(JSON.stringify(value))];
    case 'complex':
      return [option.name, structureWord(value)];
    default:
      if (typeof value === 'string' && value.startsWith('-')) return [`${option.name}=${shellQuote(value)}`];
      return [option.name, shellQuote(typeof value === 'string' ? value : JSON.stringify(value))];
  }
}

function untypedWords(name: string, value: unknown): string[] {
  const option = `--${kebab(name)}`;
  if (value === true) return [option];
  if (typeof value === 'string' && !/^-?\d+$/.test(value) && value !== 'true' && value !== 'false' && !/^\s*[[{]/.test(value)) {
    return value.startsWith('-') ? [`${option}=${shellQuote(value)}`] : [option, shellQuote(value)];
  }
  return [option, shellQuote(JSON.stringify(value))];
}

function runInstancesParams(params: Record<string, unknown>): [Record<string, unknown>, string[]] {
  const rest = { ...params };
  const words: string[] = [];
  const { MinCount: min, MaxCount: max } = rest;
  if (typeof min === 'number' && typeof max === 'number') {
    delete rest.MinCount;
    delete rest.MaxCount;
    if (min !== 1 || max !== 1) words.push('--count', min === max ? String(min) : `${min}:${max}`);
  }
  if (typeof rest.UserData === 'string') {
    try {
      rest.UserData = decodeUserData(rest.UserData);
    } catch {
      /* not base64: sent as it is */
    }
  }
  return [rest, words];
}

/** The `aws` command line for `action`. */
export function toCliCommand(action: Action): string {
  const { service, operation } = cliNameOf(action.type);
  const words = ['aws', service, operation];
  const shapes = operationShapes(action.type);
  let params = { ...(action.params ?? {}) };
  if (action.type === 'ec2:RunInstances') {
    const [rest, extra] = runInstancesParams(params);
    params = rest;
    words.push(...extra);
  }
  if (!shapes) {
    for (const [name, value] of Object.entries(params)) if (value !== undefined) words.push(...untypedWords(name, value));
  } else {
    const table = optionTable(action.type, shapes);
    const leftover: Record<string, unknown> = {};
    const byMember = new Map(table.options.filter((o) => o.member).map((o) => [o.member!, o]));
    for (const [name, value] of Object.entries(params)) {
      if (value === undefined) continue;
      const option = byMember.get(name);
      if (option) words.push(...optionWords(option, value));
      else leftover[name] = value;
    }
    if (Object.keys(leftover).length) words.push('--cli-input-json', shellQuote(JSON.stringify(leftover)));
  }
  if (action.region) words.push('--region', action.region);
  return words.join(' ');
}
