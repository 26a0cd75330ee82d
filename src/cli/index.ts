/**
 * `aws` in the lab's terminal (ENGINE_API.md "Terminal contracts"): `runAwsCli(world, commandLine, options?)` parses
 * an AWS CLI v2 command line, sends the request through the engine's `apply`, and answers with what the CLI prints.
 * Pure: no DOM, no store. The caller (the terminal) dispatches `actions` through the store so undo, the timeline and
 * labs see them, and keeps shell variables itself.
 */
import { ACTION_LIST, apply, REGIONS, type Action, type EngineError, type World } from '../engine';
import { parseOperationArgs, splitCommand, type Globals } from './args';
import { buildRequest, pagingOff } from './build';
import { ConversionError } from './convert';
import { CliError, EXIT, invalidChoice, otherError, paramError, serviceError, usageError } from './errors';
import { checkQuery, formatOutput } from './format';
import { CLI_VERSION, type OutputFormat } from './globals';
import { mainHelp, operationHelp, serviceHelp } from './help';
import { buildIndex, type OperationIndex, type OperationRef } from '../commands/cli-names';
import { cliNameOf } from '../commands/actions';
import { closeMatches } from './difflib';
import { optionTable } from './options';
import { paginate, shapeValue } from './response';
import { operationShapes } from './shapes';
import { inputSkeleton } from './skeleton';
import { tokenize, TokenizeError } from './tokenize';
import { checkWaiter, findWaiter, hasWaiters, type Outcome, type Waiter } from './wait';

interface CliOptions {
  /** The region used when the line has no `--region` (the configured default). Default: the world's home region. */
  region?: string;
  /** The account making the calls. Default: the world's own. */
  account?: string;
}

export interface CliResult {
  world: World;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The requests sent to the engine, in order (refused ones included; dry runs and client-side errors send none). */
  actions: Action[];
  /** When the service refused: the engine's explanation (why, fix) for the lab to show beside the CLI's error. */
  refusal?: EngineError;
}

/** Bounds on untrusted input: the line is refused before any work past these. */
const MAX_LINE_LENGTH = 64 * 1024;
const MAX_WORDS = 2000;

let cachedIndex: OperationIndex | undefined;
/** service → operation → engine action, from ACTION_LIST (every action any part of the engine registers). */
export function operationIndex(): OperationIndex {
  cachedIndex ??= buildIndex(ACTION_LIST, cliNameOf);
  return cachedIndex;
}

function words(commandLine: string): string[] {
  if (commandLine.length > MAX_LINE_LENGTH) {
    throw usageError(`the command line is ${commandLine.length} characters long; the lab accepts up to ${MAX_LINE_LENGTH}`);
  }
  let list: string[];
  try {
    list = tokenize(commandLine);
  } catch (e) {
    if (e instanceof TokenizeError) throw usageError(e.message);
    throw e;
  }
  if (list.length > MAX_WORDS) throw usageError(`the command line has ${list.length} words; the lab accepts up to ${MAX_WORDS}`);
  return list[0] === 'aws' ? list.slice(1) : list;
}

function findOperation(service: string | undefined, operation: string | undefined): OperationRef | string {
  const index = operationIndex();
  if (service === undefined) throw usageError('the following arguments are required: command');
  if (service === 'help') return mainHelp([...index.keys()].sort());
  const ops = index.get(service);
  if (!ops) throw invalidChoice('command', service, closeMatches(service, [...index.keys()].sort()));
  if (operation === undefined) throw usageError('the following arguments are required: operation');
  if (operation === 'help') return serviceHelp(service, [...ops.values()], hasWaiters(service, index));
  const op = ops.get(operation);
  if (!op) throw invalidChoice('operation', operation, closeMatches(operation, [...ops.keys(), 'help', 'wait']));
  return op;
}

function regionOf(world: World, globals: Globals, options: CliOptions, op: OperationRef): string {
  const region = (globals.get('--region') as string | undefined) ?? options.region ?? world.homeRegion;
  if (!REGIONS[region]) {
    const host = op.type.split(':')[0] === 'sim' ? 'lab' : op.type.split(':')[0];
    throw otherError(`Could not connect to the endpoint URL: "https://${host}.${region}.amazonaws.com/"`);
  }
  return region;
}

/** globalargs.py resolve_types, run right after the main pass: `--query` compiles, `--endpoint-url` has a scheme. */
function checkTopLevel(globals: Globals): void {
  checkQuery(globals.get('--query') as string | undefined);
  const endpoint = globals.get('--endpoint-url');
  if (typeof endpoint === 'string' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(endpoint)) {
    throw paramError(
      `Bad value for --endpoint-url "${endpoint}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`,
    );
  }
}

function checkProfile(globals: Globals): void {
  const profile = globals.get('--profile');
  if (typeof profile === 'string' && profile !== 'default') throw otherError(`The config profile (${profile}) could not be found`);
}

interface Prepared {
  op: OperationRef;
  action: Action;
  dryRun: boolean;
  format: OutputFormat;
  query?: string;
  paging: { maxItems?: number; startingToken?: string };
  noPaginate: boolean;
  waiter?: Waiter;
  warning?: string;
}

const SKELETON_CHOICES = ['input', 'output', 'yaml-input'];

/** `--generate-cli-skeleton [input]`: the sample request instead of a call (required options are not required). */
function generateSkeleton(choice: string, shapes: ReturnType<typeof operationShapes>): string {
  if (!SKELETON_CHOICES.includes(choice)) {
    throw invalidChoice('--generate-cli-skeleton', choice, closeMatches(choice, SKELETON_CHOICES));
  }
  if (choice !== 'input') throw paramError(`--generate-cli-skeleton ${choice} is not available in the lab; --generate-cli-skeleton input is.`);
  return inputSkeleton(shapes);
}

/** Everything before the call: parse, look up, convert. Returns help text instead when help was asked for. */
function prepare(world: World, line: string, options: CliOptions): Prepared | string {
  const split = splitCommand(words(line));
  if (split.globals.has('--version')) return `${CLI_VERSION}\n`;
  checkTopLevel(split.globals);
  const index = operationIndex();
  const wait = split.operation === 'wait' && hasWaiters(split.service!, index) ? findWaiter(split.service!, split.rest, index) : undefined;
  if (typeof wait === 'string') return wait;
  const found = wait?.op ?? findOperation(split.service, split.operation);
  if (typeof found === 'string') return found;
  // A waiter takes its operation's options, without the CLI's paging ones.
  const shapes = wait && operationShapes(found.type) ? { ...operationShapes(found.type)!, resultKeys: undefined } : operationShapes(found.type);
  const table = optionTable(found.type, shapes);
  const args = parseOperationArgs(split.rest, table, split.globals);
  if (args.help) return operationHelp(found, table, !!shapes?.resultKeys);
  const skeleton = [...args.values].find(([o]) => o.name === '--generate-cli-skeleton' && o.kind !== 'untyped')?.[1];
  if (skeleton) return generateSkeleton(skeleton.words[0] ?? 'input', shapes);
  const noPaginate = pagingOff(args.values, split.globals.has('--no-paginate'), !!shapes?.resultKeys);
  checkProfile(split.globals);
  const query = split.globals.get('--query') as string | undefined;
  checkTopLevel(split.globals);
  const region = regionOf(world, split.globals, options, found);
  const { params, paging, warning } = buildRequest(found.type, table, args.values);
  const dryRun = params.DryRun === true;
  delete params.DryRun;
  const explicitRegion = split.globals.has('--region') || options.region !== undefined;
  const action: Action = {
    type: found.type,
    params,
    ...(explicitRegion ? { region } : {}),
    ...(options.account ? { account: options.account } : {}),
  };
  return {
    op: found,
    action,
    dryRun,
    format: ((split.globals.get('--output') as string | undefined) ?? 'json') as OutputFormat,
    ...(query !== undefined ? { query } : {}),
    paging,
    noPaginate,
    ...(wait ? { waiter: wait.waiter } : {}),
    ...(warning ? { warning } : {}),
  };
}

/**
 * A paginated result. Text output formats the page and then, as its own block, `{"NextToken": {"NextToken": tok}}`
 * (formatter.py TextFormatter), so the token comes last as `NEXTTOKEN⇥tok` and `--query` applies to it too.
 */
function printPaged(page: Record<string, unknown>, p: Prepared): string {
  if (p.format !== 'text' || page.NextToken === undefined) return formatOutput(page, p.format, p.op.api, p.query);
  const { NextToken, ...items } = page;
  return formatOutput(items, p.format, p.op.api, p.query) + formatOutput({ NextToken: { NextToken } }, p.format, p.op.api, p.query);
}

/** `aws … wait …`: the acceptors decide; nothing is printed on success. */
function waited(world: World, result: ReturnType<typeof apply>, p: Prepared & { waiter: Waiter }): CliResult {
  const outcome: Outcome = result.ok
    ? { ok: true, response: result.response }
    : { ok: false, code: result.error.code, message: result.error.message };
  const failed = checkWaiter(p.waiter, outcome);
  const err = failed === undefined ? undefined : otherError(failed);
  return { world: result.ok ? result.world : world, stdout: '', stderr: err?.stderr ?? '', exitCode: err?.exitCode ?? EXIT.ok, actions: [p.action] };
}

function call(world: World, p: Prepared): CliResult {
  const result = apply(world, p.action);
  if (p.waiter) return waited(world, result, { ...p, waiter: p.waiter });
  if (!result.ok) {
    const e = serviceError(result.error.code, p.op.api, result.error.message);
    return { world, stdout: '', stderr: e.stderr, exitCode: e.exitCode, actions: p.dryRun ? [] : [p.action], refusal: result.error };
  }
  if (p.dryRun) {
    const e = serviceError('DryRunOperation', p.op.api, 'Request would have succeeded, but DryRun flag is set.');
    return { world, stdout: '', stderr: e.stderr, exitCode: e.exitCode, actions: [] };
  }
  const shapes = operationShapes(p.op.type);
  const response = { ...(result.response as Record<string, unknown>) };
  delete response.ResponseMetadata;
  const shaped = shapeValue(response, shapes?.output) as Record<string, unknown>;
  const keys = shapes?.resultKeys;
  const paged = keys && !p.noPaginate && keys.some((k) => k in shaped);
  try {
    const stdout = paged ? printPaged(paginate(shaped, keys, p.paging), p) : formatOutput(shaped, p.format, p.op.api, p.query);
    return { world: result.world, stdout, stderr: '', exitCode: EXIT.ok, actions: [p.action] };
  } catch (e) {
    // The call went through: a print-time error (JMESPath type error, table row length) does not undo it.
    const err = e instanceof CliError ? e : otherError(`internal error: ${(e as Error).message ?? String(e)}`);
    return { world: result.world, stdout: '', stderr: err.stderr, exitCode: err.exitCode, actions: [p.action] };
  }
}

/** Runs one `aws …` command line against `world`. Never throws for bad input. */
export function runAwsCli(world: World, commandLine: string, options: CliOptions = {}): CliResult {
  let prepared: Prepared | string;
  try {
    prepared = prepare(world, commandLine, options);
    if (typeof prepared === 'string') return { world, stdout: prepared, stderr: '', exitCode: EXIT.ok, actions: [] };
    const result = call(world, prepared);
    return prepared.warning ? { ...result, stderr: prepared.warning + result.stderr } : result;
  } catch (e) {
    if (e instanceof CliError) return { world, stdout: '', stderr: e.stderr, exitCode: e.exitCode, actions: [] };
    if (e instanceof ConversionError) {
      const err = otherError(e.message);
      return { world, stdout: '', stderr: err.stderr, exitCode: err.exitCode, actions: [] };
    }
    const err = otherError(`internal error: ${(e as Error).message ?? String(e)}`);
    return { world, stdout: '', stderr: err.stderr, exitCode: err.exitCode, actions: [] };
  }
}

export { toCliCommand } from './to-cli';
