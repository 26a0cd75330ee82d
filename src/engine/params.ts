import { refuse } from './refusal';

type Raw = Record<string, unknown>;

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}...` : value;
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}

export function invalid(name: string, value: unknown, why?: string): never {
  return refuse(
    'request.invalid-parameter',
    `Invalid value '${describeValue(value)}' for ${name}.${why ? ` ${why}` : ''}`,
    { scope: { kind: 'parameter', to: name } },
  );
}

export function missing(name: string): never {
  return refuse('request.missing-parameter', `The request must contain the parameter ${name}.`, {
    scope: { kind: 'parameter', to: name },
  });
}

/**
 * Reads request members with AWS's validation messages. Untrusted input arrives here (the terminal, share links,
 * fuzzers), so every reader checks the type; nothing downstream re-checks.
 */
export class Params {
  private readonly members: Raw;
  private readonly prefix: string;
  /** The action these params belong to (set by the door on the top-level params), e.g. `ec2:DescribeVpcs`. */
  action = '';
  /** The page the door will cut from the response (MaxResults / NextToken), so a handler may stop early. */
  page: { offset: number; size: number | undefined } | undefined;
  /** Members a handler looked at: the door refuses the rest instead of silently ignoring them. */
  private readonly seen = new Set<string>();
  private readAll = false;
  /** Nested structures read through this one, so `modelled()` can copy only what handlers used. */
  private readonly children = new Map<string, Params | Params[]>();

  constructor(raw: unknown, prefix = '') {
    if (raw === undefined || raw === null) this.members = {};
    else if (typeof raw === 'object' && !Array.isArray(raw)) this.members = raw as Raw;
    else invalid(prefix || 'params', raw, 'Parameters must be an object.');
    this.prefix = prefix;
  }

  /** The whole request object. Reading it counts as handling every member (prefer `value(name)`). */
  get raw(): Raw {
    this.readAll = true;
    return this.members;
  }

  /** One member as sent, recorded as read. */
  value(name: string): unknown {
    this.seen.add(name);
    return Object.hasOwn(this.members, name) ? this.members[name] : undefined;
  }

  /** One member as sent, without counting as handling it (for copies of a request a resource keeps). */
  peek(name: string): unknown {
    return Object.hasOwn(this.members, name) ? this.members[name] : undefined;
  }

  /** Members present in the request that no handler read (top level only; nested structures are read whole). */
  unread(): string[] {
    if (this.readAll) return [];
    return Object.keys(this.members).filter(
      (key) => !this.seen.has(key) && this.members[key] !== undefined && this.members[key] !== null,
    );
  }

  /** Mark members as handled elsewhere (the door handles DryRun and pagination). */
  markRead(...names: string[]): void {
    for (const name of names) this.seen.add(name);
  }

  /**
   * A plain copy of the members handlers actually read (recursively through structures read with optObj /
   * optObjList): what a resource may keep of a request, never raw junk or `__proto__` members.
   */
  modelled(): Raw {
    const out: Raw = {};
    const keys = this.readAll ? Object.keys(this.members) : [...this.seen];
    for (const key of keys) {
      const v = Object.hasOwn(this.members, key) ? this.members[key] : undefined;
      if (v === undefined || v === null || key === '__proto__') continue;
      const child = this.children.get(key);
      if (child) out[key] = Array.isArray(child) ? child.map((c) => c.modelled()) : child.modelled();
      else if (typeof v !== 'object') out[key] = v;
      else if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) out[key] = [...v];
    }
    return out;
  }

  private label(name: string): string {
    return this.prefix ? `${this.prefix}.${name}` : name;
  }

  has(name: string): boolean {
    const v = this.value(name);
    return v !== undefined && v !== null;
  }

  optStr(name: string): string | undefined {
    const v = this.value(name);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') return invalid(this.label(name), v);
    return v;
  }

  str(name: string): string {
    const v = this.optStr(name);
    if (v === undefined || v === '') return missing(this.label(name));
    return v;
  }

  optEnum<T extends string>(name: string, values: readonly T[]): T | undefined {
    const v = this.optStr(name);
    if (v === undefined) return undefined;
    if (!(values as readonly string[]).includes(v)) {
      return invalid(this.label(name), v, `Valid values: ${values.join(', ')}.`);
    }
    return v as T;
  }

  enum<T extends string>(name: string, values: readonly T[]): T {
    const v = this.optEnum(name, values);
    if (v === undefined) return missing(this.label(name));
    return v;
  }

  optBool(name: string): boolean | undefined {
    const v = this.value(name);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true') return true;
    if (v === 'false') return false;
    // SDK "AttributeBooleanValue" shape: { Value: true }
    if (typeof v === 'object' && !Array.isArray(v) && typeof (v as Raw).Value === 'boolean') {
      return (v as Raw).Value as boolean;
    }
    return invalid(this.label(name), v);
  }

  bool(name: string, fallback: boolean): boolean {
    return this.optBool(name) ?? fallback;
  }

  optInt(name: string, min = -Infinity, max = Infinity): number | undefined {
    const v = this.value(name);
    if (v === undefined || v === null) return undefined;
    const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n)) return invalid(this.label(name), v);
    if (n < min || n > max) return invalid(this.label(name), v, `It must be between ${min} and ${max}.`);
    return n;
  }

  int(name: string, min = -Infinity, max = Infinity): number {
    const v = this.optInt(name, min, max);
    if (v === undefined) return missing(this.label(name));
    return v;
  }

  optNumber(name: string): number | undefined {
    const v = this.value(name);
    if (v === undefined || v === null) return undefined;
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) return invalid(this.label(name), v);
    return n;
  }

  optList(name: string): unknown[] | undefined {
    const v = this.value(name);
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) return invalid(this.label(name), v, 'It must be a list.');
    return v;
  }

  optStrList(name: string): string[] | undefined {
    const list = this.optList(name);
    if (!list) return undefined;
    list.forEach((item, i) => {
      if (typeof item !== 'string' || item === '') invalid(`${this.label(name)}.${i + 1}`, item);
    });
    return list as string[];
  }

  strList(name: string): string[] {
    const v = this.optStrList(name);
    if (!v || v.length === 0) return missing(this.label(name));
    return v;
  }

  optObj(name: string): Params | undefined {
    const cached = this.children.get(name);
    if (cached && !Array.isArray(cached)) return cached;
    const v = this.value(name);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) return invalid(this.label(name), v, 'It must be a structure.');
    const child = new Params(v, this.label(name));
    this.children.set(name, child);
    return child;
  }

  obj(name: string): Params {
    const v = this.optObj(name);
    if (!v) return missing(this.label(name));
    return v;
  }

  /** A list of structures, each read with its own Params. */
  optObjList(name: string): Params[] | undefined {
    const cached = this.children.get(name);
    if (Array.isArray(cached)) return cached;
    const list = this.optList(name);
    if (!list) return undefined;
    const children = list.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        return invalid(`${this.label(name)}.${i + 1}`, item, 'It must be a structure.');
      }
      return new Params(item, `${this.label(name)}.${i + 1}`);
    });
    this.children.set(name, children);
    return children;
  }

  /** Tags from TagSpecifications for one resource type (SDK shape). */
  tagsFor(resourceType: string): { Key: string; Value: string }[] {
    const specs = this.optObjList('TagSpecifications') ?? [];
    const tags: { Key: string; Value: string }[] = [];
    for (const spec of specs) {
      if (spec.optStr('ResourceType') !== resourceType) continue;
      for (const tag of spec.optObjList('Tags') ?? []) {
        tags.push({ Key: tag.str('Key'), Value: tag.optStr('Value') ?? '' });
      }
    }
    return tags;
  }
}
