/**
 * The AWS CLI's shorthand syntax (reference/aws-cli.md (b)): `Name=vpc-id,Values=vpc-1,vpc-2`,
 * `DeviceName=/dev/xvda,Ebs={VolumeSize=20}`, `Values=[a,b]`, quoted items. Values come out as strings, lists and
 * objects; conversion to numbers and booleans happens against the model afterwards (convert.ts).
 */

type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

export class ShorthandError extends Error {}

const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
const WHITESPACE = ' \t\n\r\v\f';
/**
 * shorthand.py's character classes: what a value may start with, and what may follow in the first value (which may
 * hold `=`, `[` and `{`) and in later csv items (which may hold `]` and `}` but not `=`). `\,` is an escaped comma.
 */
const START = String.raw`!#-&(-+\--<>-Z\\-z|-\uffff`;
const FIRST_FOLLOW = String.raw`\s!#-&(-+\--\\^-|~-\uffff`;
const SECOND_FOLLOW = String.raw`\s!#-&(-+\--<>-\uffff`;
const FIRST_VALUE = new RegExp(String.raw`(?:\\,|[${START}])(?:\\,|[${FIRST_FOLLOW}])*`, 'y');
const SECOND_VALUE = new RegExp(String.raw`(?:\\,|[${START}])(?:\\,|[${SECOND_FOLLOW}])*`, 'y');
const SINGLE_QUOTED = /'(?:\\'|[^'])*'/y;
const DOUBLE_QUOTED = /"(?:\\"|[^"])*"/y;
/** Nesting of `[…]` / `{…}` allowed (as deep as JSON values, values.ts); deeper input is refused, not recursed into. */
const MAX_SHORTHAND_DEPTH = 32;

/** A syntax error the csv list may recover from by stepping back to its comma (shorthand.py's ShorthandParseSyntaxError). */
class SyntaxProblem extends ShorthandError {}

/**
 * Where the parse stopped, as shorthand.py's `_error_location` draws it: the input up to the end of the line holding
 * the index, a caret under the index (counted from that line's start), then the rest of the input.
 */
function errorLocation(input: string, index: number): string {
  const before = input.slice(0, index);
  const spaces = before.includes('\n') ? index - before.lastIndexOf('\n') - 1 : index;
  const next = input.indexOf('\n', index);
  const [consumed, remaining] = next >= 0 ? [input.slice(0, next), input.slice(next)] : [input, ''];
  return `${consumed}\n${' '.repeat(spaces)}^${remaining}`;
}

/** The parser of awscli/shorthand.py, step for step, so that what it accepts and the errors it prints are the CLI's. */
class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly input: string) {}

  parse(): Record<string, ShorthandValue> {
    const params: Record<string, ShorthandValue> = {};
    const [key, value] = this.keyval();
    setOwn(params, key, value);
    let lastIndex = this.i;
    while (!this.eof()) {
      this.expect(',', true);
      const [next, nextValue] = this.keyval();
      // DuplicateKeyInObjectError: the caret goes one past where the previous key-value pair ended.
      if (Object.hasOwn(params, next)) this.duplicate(next, lastIndex + 1);
      setOwn(params, next, nextValue);
      lastIndex = this.i;
    }
    return params;
  }

  private eof(): boolean {
    return this.i >= this.input.length;
  }

  /** The character at the index; undefined at the end (shorthand.py's `_EOF`). */
  private current(): string | undefined {
    return this.input[this.i];
  }

  private skipSpace(): void {
    while (!this.eof() && WHITESPACE.includes(this.input[this.i]!)) this.i++;
  }

  private fail(expected: string, received: string): never {
    throw new SyntaxProblem(`Expected: '${expected}', received: '${received}' for input:\n ${errorLocation(this.input, this.i)}`);
  }

  private duplicate(key: string, at: number): never {
    throw new ShorthandError(
      `Second instance of key "${key}" encountered for input:\n${errorLocation(this.input, at)}\n` +
        'This is often because there is a preceding "," instead of a space.',
    );
  }

  private expect(char: string, spaces = false): void {
    if (spaces) this.skipSpace();
    if (this.eof()) this.fail(char, 'EOF');
    if (this.current() !== char) this.fail(char, this.current()!);
    this.i++;
    if (spaces) this.skipSpace();
  }

  private consume(regex: RegExp, name: string): string {
    regex.lastIndex = this.i;
    const match = regex.exec(this.input);
    if (!match) this.fail(`<${name}>`, '<none>');
    this.i += match[0].length;
    return match[0];
  }

  private key(): string {
    const start = this.i;
    while (!this.eof() && KEY_CHARS.test(this.current()!)) this.i++;
    return this.input.slice(start, this.i);
  }

  /** `key=values`, or `key@=values` (a value read from a file; here the value as written). */
  private keyval(): [string, ShorthandValue] {
    const key = this.key();
    this.optionalAt();
    this.expect('=', true);
    return [key, this.values()];
  }

  private optionalAt(): void {
    try {
      this.expect('@', true);
    } catch (e) {
      if (!(e instanceof SyntaxProblem)) throw e;
    }
  }

  private values(): ShorthandValue {
    if (this.eof()) return '';
    if (this.current() === '[') return this.list();
    if (this.current() === '{') return this.hash();
    return this.csv();
  }

  /** `a=b` → 'b'; `a=b,c` → ['b', 'c']; in `a=b,c=d` the `c` is the next key: back to the comma. */
  private csv(): ShorthandValue {
    const first = this.firstValue();
    this.skipSpace();
    if (this.eof() || this.current() !== ',') return first;
    this.expect(',', true);
    const items: string[] = [first];
    for (;;) {
      try {
        const item = this.secondValue();
        this.skipSpace();
        if (this.eof()) {
          items.push(item);
          break;
        }
        this.expect(',', true);
        items.push(item);
      } catch (e) {
        if (!(e instanceof SyntaxProblem) || this.eof()) throw e;
        while (this.i >= 0 && this.input[this.i] !== ',') this.i--;
        break;
      }
    }
    return items.length === 1 ? first : items;
  }

  private firstValue(): string {
    if (this.current() === "'") return this.quoted(SINGLE_QUOTED, 'singled quoted', "'");
    if (this.current() === '"') return this.quoted(DOUBLE_QUOTED, 'double quoted', '"');
    FIRST_VALUE.lastIndex = this.i;
    const match = FIRST_VALUE.exec(this.input);
    if (!match) return '';
    this.i += match[0].length;
    return bare(match[0]);
  }

  private secondValue(): string {
    if (this.current() === "'") return this.quoted(SINGLE_QUOTED, 'singled quoted', "'");
    if (this.current() === '"') return this.quoted(DOUBLE_QUOTED, 'double quoted', '"');
    return bare(this.consume(SECOND_VALUE, 'second'));
  }

  private quoted(regex: RegExp, name: string, quote: string): string {
    return this.consume(regex, name).slice(1, -1).replaceAll(`\\${quote}`, quote).replaceAll('\\\\', '\\');
  }

  private nest(): void {
    if (++this.depth > MAX_SHORTHAND_DEPTH) {
      const shown = this.input.length > 200 ? `${this.input.slice(0, 200)}…` : this.input;
      throw new ShorthandError(`Nested deeper than ${MAX_SHORTHAND_DEPTH} levels of [ and { for input:\n ${shown}`);
    }
  }

  /** A list item or a hash value: a list, a hash, or a first value. */
  private element(): ShorthandValue {
    if (this.current() === '[') return this.list();
    if (this.current() === '{') return this.hash();
    return this.firstValue();
  }

  private list(): ShorthandValue[] {
    this.nest();
    this.expect('[', true);
    const items: ShorthandValue[] = [];
    while (this.current() !== ']') {
      items.push(this.element());
      this.skipSpace();
      if (this.current() !== ']') {
        this.expect(',');
        this.skipSpace();
      }
    }
    this.expect(']');
    this.depth--;
    return items;
  }

  private hash(): Record<string, ShorthandValue> {
    this.nest();
    this.expect('{', true);
    const out: Record<string, ShorthandValue> = {};
    while (this.current() !== '}') {
      const key = this.key();
      this.optionalAt();
      this.expect('=', true);
      const value = this.element();
      this.skipSpace();
      if (this.current() !== '}') {
        this.expect(',');
        this.skipSpace();
      }
      setOwn(out, key, value);
    }
    this.expect('}');
    this.depth--;
    return out;
  }
}

/** A bare value: escaped commas unescaped, trailing whitespace dropped. */
function bare(text: string): string {
  return text.replaceAll('\\,', ',').replace(/\s+$/, '');
}

/** An own property even for `__proto__`: a key never reaches a prototype. */
function setOwn(target: Record<string, ShorthandValue>, key: string, value: ShorthandValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Parses one shorthand word into a structure; throws ShorthandError with the CLI's message. */
export function parseShorthand(input: string): Record<string, ShorthandValue> {
  return new Parser(input).parse();
}
