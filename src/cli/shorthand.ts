/**
 * The AWS CLI's shorthand syntax (reference/aws-cli.md (b)): `Name=vpc-id,Values=vpc-1,vpc-2`,
 * `DeviceName=/dev/xvda,Ebs={VolumeSize=20}`, `Values=[a,b]`, quoted items. Values come out as strings, lists and
 * objects; conversion to numbers and booleans happens against the model afterwards (convert.ts).
 */

type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

export class ShorthandError extends Error {}

const KEY_CHAR = /[A-Za-z0-9\-_.#/:]/;
const NOT_FIRST = ` "',=[{`;
const NOT_FOLLOW = `"',]}`;
/** Nesting of `[…]` / `{…}` allowed (as deep as JSON values, values.ts); deeper input is refused, not recursed into. */
const MAX_SHORTHAND_DEPTH = 32;

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly input: string) {}

  parse(): Record<string, ShorthandValue> {
    const params: Record<string, ShorthandValue> = {};
    let lastIndex = -1;
    for (;;) {
      this.skipSpace();
      const [key, value] = this.keyval();
      // shorthand.py DuplicateKeyInObjectError: the caret goes one past where the previous key-value pair ended.
      if (Object.hasOwn(params, key)) this.duplicate(key, lastIndex + 1);
      setOwn(params, key, value);
      lastIndex = this.i;
      this.skipSpace();
      if (this.eof()) return params;
      this.expect(',');
    }
  }

  private eof(): boolean {
    return this.i >= this.input.length;
  }

  private peek(): string {
    return this.input[this.i] ?? '';
  }

  private skipSpace(): number {
    while (this.peek() === ' ' || this.peek() === '\t') this.i++;
    return this.i;
  }

  private fail(expected: string): never {
    const received = this.eof() ? 'EOF' : this.peek();
    throw new ShorthandError(
      `Expected: '${expected}', received: '${received}' for input:\n ${this.input}\n${' '.repeat(this.i)}^`,
    );
  }

  private duplicate(key: string, at: number): never {
    throw new ShorthandError(
      `Second instance of key "${key}" encountered for input:\n${this.input}\n${' '.repeat(at)}^\n` +
        'This is often because there is a preceding "," instead of a space.',
    );
  }

  private expect(char: string): void {
    this.skipSpace();
    if (this.peek() !== char) this.fail(char);
    this.i++;
    this.skipSpace();
  }

  private key(): string {
    const start = this.i;
    while (KEY_CHAR.test(this.peek())) this.i++;
    if (this.i === start) this.fail('=');
    return this.input.slice(start, this.i);
  }

  private keyval(): [string, ShorthandValue] {
    const key = this.key();
    this.skipSpace();
    if (this.peek() === '@') this.i++;
    this.expect('=');
    return [key, this.values()];
  }

  private values(): ShorthandValue {
    if (this.eof()) return '';
    if (this.peek() === '[') return this.list();
    if (this.peek() === '{') return this.hash();
    return this.csv();
  }

  private csv(): ShorthandValue {
    const first = this.item(false);
    this.skipSpace();
    if (this.peek() !== ',') return first;
    const items: string[] = [first];
    for (;;) {
      const comma = this.i;
      this.i++;
      this.skipSpace();
      if (this.eof()) this.fail('value');
      const next = this.tryItem();
      this.skipSpace();
      if (next === undefined || (!this.eof() && this.peek() !== ',')) {
        // `a=b,c,d=e`: `d` is the next key, not an item; step back to the comma.
        this.i = comma;
        break;
      }
      items.push(next);
      if (this.eof()) break;
    }
    return items.length === 1 ? first : items;
  }

  private tryItem(): string | undefined {
    const start = this.i;
    try {
      return this.item(true);
    } catch {
      this.i = start;
      return undefined;
    }
  }

  /** A quoted or bare item; `noEquals` for the second and later items of a csv list. */
  private item(noEquals: boolean): string {
    const c = this.peek();
    if (c === "'" || c === '"') return this.quoted(c);
    if (this.eof() || NOT_FIRST.includes(c)) this.fail('value');
    let text = '';
    while (!this.eof()) {
      const ch = this.peek();
      if (ch === '\\' && this.input[this.i + 1] === ',') {
        text += ',';
        this.i += 2;
        continue;
      }
      if (NOT_FOLLOW.includes(ch) || ch === ',') break;
      if (noEquals && ch === '=') this.fail(',');
      text += ch;
      this.i++;
    }
    return text.replace(/\s+$/, '');
  }

  private quoted(q: string): string {
    let text = '';
    this.i++;
    while (!this.eof()) {
      const ch = this.peek();
      if (ch === '\\' && (this.input[this.i + 1] === q || this.input[this.i + 1] === '\\')) {
        text += this.input[this.i + 1];
        this.i += 2;
      } else if (ch === q) {
        this.i++;
        return text;
      } else {
        text += ch;
        this.i++;
      }
    }
    return this.fail(q);
  }

  private nest(): void {
    if (++this.depth > MAX_SHORTHAND_DEPTH) {
      const shown = this.input.length > 200 ? `${this.input.slice(0, 200)}…` : this.input;
      throw new ShorthandError(`Nested deeper than ${MAX_SHORTHAND_DEPTH} levels of [ and { for input:\n ${shown}`);
    }
  }

  private element(): ShorthandValue {
    this.skipSpace();
    if (this.peek() === '[') return this.list();
    if (this.peek() === '{') return this.hash();
    return this.item(false);
  }

  private list(): ShorthandValue[] {
    this.nest();
    this.expect('[');
    const items: ShorthandValue[] = [];
    while (this.peek() !== ']') {
      items.push(this.element());
      this.skipSpace();
      if (this.peek() === ']') break;
      this.expect(',');
    }
    this.i++;
    this.depth--;
    return items;
  }

  private hash(): Record<string, ShorthandValue> {
    this.nest();
    this.expect('{');
    const out: Record<string, ShorthandValue> = {};
    while (this.peek() !== '}') {
      const key = this.key();
      this.expect('=');
      setOwn(out, key, this.element());
      this.skipSpace();
      if (this.peek() === '}') break;
      this.expect(',');
    }
    this.i++;
    this.depth--;
    return out;
  }
}

/** An own property even for `__proto__`: a key never reaches a prototype. */
function setOwn(target: Record<string, ShorthandValue>, key: string, value: ShorthandValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Parses one shorthand word into a structure; throws ShorthandError with the CLI's message. */
export function parseShorthand(input: string): Record<string, ShorthandValue> {
  return new Parser(input).parse();
}
