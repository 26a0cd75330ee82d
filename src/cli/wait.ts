/**
 * `aws <service> wait <waiter>` (reference/aws-cli.md (g)): the waiter's operation is called with the given options
 * and its acceptors (botocore waiter.py) are checked. States settle at once in the lab, so one check decides what
 * polling would end with: success → exit 0 and no output; a failure acceptor, an unmatched error, or a state that
 * would never change → `Waiter <Name> failed: …`, exit 255.
 */
import { kebab, type OperationIndex, type OperationRef } from '../commands/cli-names';
import { closeMatches } from './difflib';
import { invalidChoice, paramError } from './errors';
import { pyStr } from './output/pystr';
import { searchQuery } from './query';
import { WAITERS_JSON } from './waiters.generated';

type Acceptor = [state: string, matcher: string, expected: unknown, argument?: string];
type Table = Record<string, Record<string, [operation: string, acceptors: Acceptor[]]>>;
const TABLE = JSON.parse(WAITERS_JSON) as Table;

export interface Waiter {
  name: string;
  acceptors: Acceptor[];
}

/** What the call gave: the response, or the service's error. */
export type Outcome = { ok: true; response: unknown } | { ok: false; code: string; message: string };

/** The waiters of `service` whose operation the lab runs: CLI name → [API name, the operation]. */
function waitersOf(service: string, index: OperationIndex): Map<string, [string, OperationRef, Acceptor[]]> {
  const ops = index.get(service);
  const out = new Map<string, [string, OperationRef, Acceptor[]]>();
  if (!ops) return out;
  const byApi = new Map([...ops.values()].map((op) => [op.type, op]));
  for (const [prefix, waiters] of Object.entries(TABLE)) {
    for (const [name, [operation, acceptors]] of Object.entries(waiters)) {
      const op = byApi.get(`${prefix}:${operation}`);
      if (op) out.set(kebab(name), [name, op, acceptors]);
    }
  }
  return out;
}

/** Whether `aws <service> wait` exists (the service has waiters the lab can run). */
export function hasWaiters(service: string, index: OperationIndex): boolean {
  return waitersOf(service, index).size > 0;
}

/** Takes the waiter name off `rest` (the first free word) and finds it; a help page for `wait help`. */
export function findWaiter(service: string, rest: string[], index: OperationIndex): { op: OperationRef; waiter: Waiter } | string {
  const at = rest.findIndex((w) => !w.startsWith('-'));
  const waiters = waitersOf(service, index);
  const names = [...waiters.keys()].sort();
  // commands.py BasicCommand._raise_usage_error
  if (at < 0) throw paramError(`usage: aws [options] ${service} wait <subcommand> [parameters]\naws: [ERROR]: too few arguments`);
  const word = rest.splice(at, 1)[0]!;
  if (word === 'help') {
    return `WAIT()\n\nNAME\n       wait -\n\nDESCRIPTION\n       Wait until a particular condition is satisfied. Each subcommand polls\n       an API until the listed requirement is met.\n\nAVAILABLE COMMANDS\n${names.map((n) => `       o ${n}\n`).join('\n')}`;
  }
  const found = waiters.get(word);
  if (!found) throw invalidChoice('subcommand', word, closeMatches(word, names));
  return { op: found[1], waiter: { name: found[0], acceptors: found[2] } };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function matches([, matcher, expected, argument]: Acceptor, outcome: Outcome): boolean {
  if (matcher === 'error') {
    if (expected === true) return !outcome.ok;
    if (expected === false) return outcome.ok;
    return !outcome.ok && outcome.code === expected;
  }
  if (matcher === 'status') return (outcome.ok ? 200 : 400) === expected;
  if (!outcome.ok || argument === undefined) return false;
  const result = searchQuery(outcome.response, argument);
  if (matcher === 'path') return same(result, expected);
  if (!Array.isArray(result) || !result.length) return false;
  return matcher === 'pathAll' ? result.every((r) => same(r, expected)) : result.some((r) => same(r, expected));
}

function explanation([, matcher, expected, argument]: Acceptor): string {
  const value = pyStr(expected);
  if (matcher === 'path') return `For expression "${argument}" we matched expected path: "${value}"`;
  if (matcher === 'pathAll') return `For expression "${argument}" all members matched excepted path: "${value}"`;
  if (matcher === 'pathAny') return `For expression "${argument}" we matched expected path: "${value}" at least once`;
  if (matcher === 'status') return `Matched expected HTTP status code: ${value}`;
  if (matcher === 'error') return `Matched expected service error code: ${value}`;
  return `No explanation for unknown waiter type: "${matcher}"`;
}

/** undefined when the waiter succeeds, else the CLI's `Waiter <Name> failed: …` message. */
export function checkWaiter(waiter: Waiter, outcome: Outcome): string | undefined {
  const hit = waiter.acceptors.find((a) => matches(a, outcome));
  const fail = (reason: string) => `Waiter ${waiter.name} failed: ${reason}`;
  if (hit?.[0] === 'success') return undefined;
  if (hit?.[0] === 'failure') return fail(`Waiter encountered a terminal failure state: ${explanation(hit)}`);
  if (!hit && !outcome.ok) return fail(`An error occurred (${outcome.code}): ${outcome.message}`);
  return fail(hit ? `Max attempts exceeded. Previously accepted state: ${explanation(hit)}` : 'Max attempts exceeded');
}
