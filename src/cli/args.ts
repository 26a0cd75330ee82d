/**
 * The three argparse passes of `aws` (reference/aws-cli.md (a)): global options from anywhere, the service and the
 * operation as the first free words, then the operation's own options with argparse's rules (unique prefixes,
 * `--name=value`, lists that swallow free words, the `help` slot, `Unknown options:`).
 */
import { invalidChoice, unknownOptions, usageError } from './errors';
import { closeMatches } from './difflib';
import { GLOBAL_CHOICES, GLOBALS_BY_NAME, GLOBAL_OPTIONS } from './globals';
import type { CliOption, OptionTable, OptionUse } from './options';

export type Globals = Map<string, string | true>;

interface CommandSplit {
  globals: Globals;
  service?: string;
  operation?: string;
  /** The words left for the operation pass, in order. */
  rest: string[];
}

/**
 * An option word (`--x`, `-x`) rather than a value; negative numbers are values, and so (argparse _parse_optional)
 * is a word with a space in it unless the part before an `=` is an option spelling (`'-my sg'` is a value).
 */
function isOptionWord(word: string): boolean {
  if (word.length < 2 || !word.startsWith('-') || /^-(\d+\.?\d*|\.\d+)$/.test(word)) return false;
  const eq = word.indexOf('=');
  return !(eq < 0 ? word : word.slice(0, eq)).includes(' ');
}

function takeGlobal(globals: Globals, name: string, inline: string | undefined, words: string[], i: number): number {
  const option = GLOBALS_BY_NAME.get(name)!;
  if (!option.takesValue) {
    if (inline !== undefined) throw usageError(`argument ${name}: ignored explicit argument '${inline}'`);
    globals.set(name, true);
    return i;
  }
  let value = inline;
  if (value === undefined) {
    const next = words[i + 1];
    if (next === undefined || isOptionWord(next)) throw usageError(`argument ${name}: expected one argument`);
    value = next;
    i++;
  }
  const choices = GLOBAL_CHOICES.get(name);
  if (choices && !choices.includes(value)) throw invalidChoice(name, value, closeMatches(value, choices));
  // argparse `type=int`: Python int() of the word.
  if (option.type === 'int' && !/^\s*[+-]?\d+(_\d+)*\s*$/.test(value)) throw usageError(`argument ${name}: invalid int value: '${value}'`);
  globals.set(name, value);
  return i;
}

/** A unique prefix among `names`, the exact name, undefined (none) or an ambiguity error. */
function matchPrefix(word: string, names: Iterable<string>): string | undefined {
  const all = [...names];
  if (all.includes(word)) return word;
  const hits = all.filter((n) => n.startsWith(word));
  if (hits.length > 1) throw usageError(`ambiguous option: ${word} could match ${hits.join(', ')}`);
  return hits[0];
}

/** Main and service passes: globals (exact names anywhere; prefixes before the service), service, operation. */
export function splitCommand(words: string[]): CommandSplit {
  const globals: Globals = new Map();
  const free: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isOptionWord(word) && word.startsWith('--')) {
      const eq = word.indexOf('=');
      const bare = eq < 0 ? word : word.slice(0, eq);
      const inline = eq < 0 ? undefined : word.slice(eq + 1);
      // argparse parse_known_args: a unique prefix of a global option is that option anywhere on the line.
      const name = GLOBALS_BY_NAME.has(bare) ? bare : bare === '--' ? undefined : matchPrefix(bare, GLOBALS_BY_NAME.keys());
      if (name) {
        i = takeGlobal(globals, name, inline, words, i);
        continue;
      }
    }
    if (free.length < 2 && !isOptionWord(word)) free.push(word);
    else rest.push(word);
  }
  return { globals, ...(free[0] !== undefined ? { service: free[0] } : {}), ...(free[1] !== undefined ? { operation: free[1] } : {}), rest };
}

export interface OperationArgs {
  /** Words given per option, in the order given; a flag records its value. */
  values: Map<CliOption, { words: string[]; flag?: boolean; spelled: string[] }>;
  help: boolean;
}

function wantsValues(use: OptionUse): 'none' | 'optional' | 'one' | 'many' {
  const kind = use.option.kind;
  if (use.option.name === '--generate-cli-skeleton') return 'optional'; // argparse nargs='?'
  if (kind === 'flag' || (kind === 'wrapped-bool' && !use.value)) return 'none';
  if (kind === 'wrapped-bool' || kind === 'untyped') return kind === 'untyped' ? 'many' : 'optional';
  return kind === 'list' || kind === 'complex-list' ? 'many' : 'one';
}

function consume(use: OptionUse, name: string, inline: string | undefined, words: string[], i: number): [string[], number] {
  const mode = wantsValues(use);
  if (mode === 'none') {
    if (inline !== undefined) throw usageError(`argument ${name}: ignored explicit argument '${inline}'`);
    return [[], i];
  }
  if (inline !== undefined) return [[inline], i];
  const taken: string[] = [];
  while (i + 1 < words.length && !isOptionWord(words[i + 1]!)) {
    taken.push(words[++i]!);
    if (mode !== 'many') break;
  }
  if (mode === 'one' && taken.length === 0) throw usageError(`argument ${name}: expected one argument`);
  return [taken, i];
}

/** An option of a model-less operation, created on first use. */
function openOption(table: OptionTable, name: string): OptionUse {
  const known = table.byName.get(name);
  if (known) return known;
  const use: OptionUse = { option: { name, kind: 'untyped', type: 'string', required: false }, value: true };
  table.byName.set(name, use);
  return use;
}

/** The operation pass over `rest`. Global options met here (by prefix) go into `globals`. */
export function parseOperationArgs(rest: string[], table: OptionTable, globals: Globals): OperationArgs {
  const values: OperationArgs['values'] = new Map();
  const unknown: string[] = [];
  let helpSlot: string | undefined;
  const names = [...table.byName.keys(), ...GLOBAL_OPTIONS.map((g) => g.name)];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (!isOptionWord(word)) {
      if (helpSlot === undefined) helpSlot = word;
      else unknown.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const bare = eq < 0 ? word : word.slice(0, eq);
    const inline = eq < 0 ? undefined : word.slice(eq + 1);
    const name = bare.startsWith('--') && bare !== '--' ? matchPrefix(bare, names) : undefined;
    if (name && GLOBALS_BY_NAME.has(name) && !table.byName.has(name)) {
      i = takeGlobal(globals, name, inline, rest, i);
      continue;
    }
    const use = name ? table.byName.get(name) : table.open && bare.startsWith('--') ? openOption(table, bare) : undefined;
    if (!use) {
      unknown.push(word);
      continue;
    }
    const [taken, next] = consume(use, use.option.name, inline, rest, i);
    i = next;
    const entry = values.get(use.option) ?? { words: [], spelled: [] };
    // The same option twice: the last one wins (a flag pair records both spellings for the conflict check).
    values.set(use.option, { words: taken, flag: use.value, spelled: [...entry.spelled, use.value ? use.option.name : (use.option.negative ?? use.option.name)] });
  }
  if (helpSlot === 'help') return { values, help: true };
  if (helpSlot !== undefined) unknown.push(helpSlot);
  if (unknown.length) throw unknownOptions(unknown);
  return { values, help: false };
}
