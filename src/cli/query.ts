/**
 * `--query` (reference/aws-cli.md (e), (f)): parsed before anything is sent, with Python jmespath's error wording
 * (`Incomplete expression:` + the expression and a caret line), refused when the expression could multiply its input
 * beyond a bound (nested multiselects inside projections), and evaluated with Python's type-error wording.
 */
import jmespathModule from 'jmespath';
import { pyStr } from './output/pystr';

const MAX_QUERY_LENGTH = 4096;
/** How many times an expression may copy its input (product of multiselect widths along projections and pipes). */
export const MAX_QUERY_FANOUT = 1000;
const MAX_AST_DEPTH = 100;

interface Node {
  type: string;
  name?: string;
  children?: Node[];
  value?: unknown;
}
interface Token {
  type: string;
  value: unknown;
  start: number;
}

// The package's types omit `compile` (parse without evaluating) and `tokenize`.
const jmespath = jmespathModule as unknown as {
  compile(q: string): Node;
  tokenize(q: string): Token[];
  search(data: unknown, q: string): unknown;
};

/** `--query` is not a valid expression: the text after `Bad value for --query EXPR: `. */
export class QuerySyntaxError extends Error {}
/** Evaluation failed (a function given the wrong type): the CLI's exit-255 message. */
export class QueryRuntimeError extends Error {}

function incomplete(query: string): string {
  return `Invalid jmespath expression: Incomplete expression:\n"${query}"\n${' '.repeat(query.length + 1)}^`;
}

/** A JS parser error that Python reports as an incomplete expression (it ran into the end). */
function atEnd(e: unknown): boolean {
  if (!(e instanceof Error)) return true;
  return e instanceof TypeError || /\bEOF\b|undefined/.test(e.message);
}

function tryCompile(text: string): unknown {
  try {
    jmespath.compile(text);
    return undefined;
  } catch (e) {
    return e ?? new Error('unknown');
  }
}

/** The first token after which the prefix stops being a possible start of an expression (Python's error token). */
function failingToken(query: string): Token | undefined {
  let tokens: Token[];
  try {
    tokens = jmespath.tokenize(query);
  } catch {
    return undefined;
  }
  for (let k = 0; k < tokens.length; k++) {
    const end = k + 1 < tokens.length ? tokens[k + 1]!.start : query.length;
    const e = tryCompile(query.slice(0, end));
    if (e !== undefined && !atEnd(e)) return tokens[k];
  }
  return undefined;
}

const PY_TOKEN: Record<string, string> = { UnquotedIdentifier: 'unquoted_identifier', QuotedIdentifier: 'quoted_identifier' };

function syntaxMessage(query: string, e: unknown): string {
  if (e instanceof Error && e.name === 'LexerError') {
    const char = e.message.replace(/^Unknown character:/, '');
    const at = Math.max(0, query.indexOf(char));
    return `Bad jmespath expression: Unknown character '${char}':\n${query}\n${' '.repeat(at)}^`;
  }
  if (atEnd(e)) return incomplete(query);
  const token = query.length <= 512 ? failingToken(query) : undefined;
  if (!token) return incomplete(query);
  const type = (PY_TOKEN[token.type] ?? token.type).toUpperCase();
  const value = typeof token.value === 'string' ? token.value : JSON.stringify(token.value);
  return (
    `Invalid jmespath expression: Parse error at column ${token.start} near token "${value}" (${type}) for expression:\n` +
    `"${query}"\n${' '.repeat(token.start + 1)}^`
  );
}

/** Nodes whose children each see the same input once: their copies add up. */
const ADDITIVE = new Set([
  'MultiSelectList',
  'MultiSelectHash',
  'KeyValuePair',
  'Function',
  'Comparator',
  'AndExpression',
  'OrExpression',
  'NotExpression',
]);

/**
 * How many copies of its input `node` can produce: a multiselect adds its members' counts, everything that feeds one
 * expression into another (subexpression, projection, pipe, index) multiplies them. Undefined when nested too deep.
 */
function fanout(node: Node | undefined, depth = 0): number | undefined {
  if (!node || typeof node !== 'object') return 1;
  if (depth > MAX_AST_DEPTH) return undefined;
  const kids = node.type === 'KeyValuePair' ? [node.value as Node] : (node.children ?? []);
  const counts: number[] = [];
  for (const kid of kids) {
    const n = fanout(kid, depth + 1);
    if (n === undefined) return undefined;
    counts.push(n);
  }
  if (!counts.length) return 1;
  if (ADDITIVE.has(node.type)) return Math.min(Number.MAX_SAFE_INTEGER, counts.reduce((a, b) => a + b, 0));
  // A filter's condition runs once per element like its right side, but neither multiplies the other.
  if (node.type === 'FilterProjection') return Math.min(Number.MAX_SAFE_INTEGER, counts[0]! * Math.max(counts[1] ?? 1, counts[2] ?? 1));
  return Math.min(Number.MAX_SAFE_INTEGER, counts.reduce((a, b) => a * b, 1));
}

/** Checks `--query` before anything is sent; throws QuerySyntaxError with the text after `Bad value for --query X: `. */
export function checkQuery(query: string): void {
  if (query.length > MAX_QUERY_LENGTH) throw new QuerySyntaxError(`longer than ${MAX_QUERY_LENGTH} characters`);
  let ast: Node;
  try {
    ast = jmespath.compile(query);
  } catch (e) {
    throw new QuerySyntaxError(syntaxMessage(query, e));
  }
  const copies = fanout(ast);
  if (copies === undefined) throw new QuerySyntaxError(`the expression is nested deeper than ${MAX_AST_DEPTH} levels`);
  if (copies > MAX_QUERY_FANOUT) {
    throw new QuerySyntaxError(
      `the expression can copy its input up to ${copies} times (multiselects inside projections); the lab evaluates ` +
        `up to ${MAX_QUERY_FANOUT}`,
    );
  }
}

const PY_TYPE: Record<string, string> = { expression: 'expref', 'Array<number>': 'array-number', 'Array<string>': 'array-string' };

/** The words of a top-level `name(a, b)` call's arguments (commas outside brackets, quotes and literals). */
function rootArguments(query: string): string[] {
  const text = query.trim();
  const body = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
  const args: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      args.push(body.slice(start, i));
      start = i + 1;
    }
  }
  return [...args, body.slice(start)];
}

/** Python's `str()` of the offending argument when the whole query is the failing call (`length(Vpc.Nope)`). */
function offendingValue(data: unknown, query: string, name: string, index: number): string | undefined {
  try {
    const ast = jmespath.compile(query);
    if (ast.type !== 'Function' || ast.name !== name) return undefined;
    const arg = rootArguments(query)[index];
    return arg === undefined ? undefined : pyStr(jmespath.search(data, arg));
  } catch {
    return undefined;
  }
}

/** jmespath.js's `TypeError: length() expected argument 1 to be type string,array,object but received type null instead.` */
function typeErrorMessage(message: string, data: unknown, query: string): string | undefined {
  const m = /^TypeError: (\w+)\(\) expected argument (\d+) to be type (.+) but received type (\S+) instead\.$/.exec(message);
  if (!m) return undefined;
  const expected = m[3]!.split(',').map((t) => `'${PY_TYPE[t] ?? t}'`);
  const received = PY_TYPE[m[4]!] ?? m[4]!;
  const value = received === 'null' ? 'None' : (offendingValue(data, query, m[1]!, Number(m[2]) - 1) ?? `<${received}>`);
  return `In function ${m[1]}(), invalid type for value: ${value}, expected one of: [${expected.join(', ')}], received: "${received}"`;
}

/** jmespath.js's `ArgumentError: length() takes 1 argument but received 2` → Python's ArityError text. */
function arityMessage(message: string): string | undefined {
  const m = /^ArgumentError: (\w+)\(\) takes (at least ?)?(\d+) arguments? but received (\d+)$/.exec(message);
  if (!m) return undefined;
  const plural = m[3] === '1' ? 'argument' : 'arguments';
  return `Expected ${m[2] ? 'at least ' : ''}${m[3]} ${plural} for function ${m[1]}(), received ${m[4]}`;
}

/** Evaluates a checked `--query` on `data`. */
export function searchQuery(data: unknown, query: string): unknown {
  try {
    return jmespath.search(data, query);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof RangeError) throw new QueryRuntimeError('the query needs more work than the lab allows');
    throw new QueryRuntimeError(typeErrorMessage(message, data, query) ?? arityMessage(message) ?? message.replace(/^(TypeError|ArgumentError): /, ''));
  }
}
