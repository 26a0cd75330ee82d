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
  readonly raw: Raw;
  private readonly prefix: string;

  constructor(raw: unknown, prefix = '') {
    if (raw === undefined || raw === null) this.raw = {};
    else if (typeof raw === 'object' && !Array.isArray(raw)) this.raw = raw as Raw;
    else invalid(prefix || 'params', raw, 'Parameters must be an object.');
    this.prefix = prefix;
  }

  private label(name: string): string {
    return this.prefix ? `${this.prefix}.${name}` : name;
  }

  has(name: string): boolean {
    return this.raw[name] !== undefined && this.raw[name] !== null;
  }

  optStr(name: string): string | undefined {
    const v = this.raw[name];
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
    const v = this.raw[name];
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
    const v = this.raw[name];
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
    const v = this.raw[name];
    if (v === undefined || v === null) return undefined;
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) return invalid(this.label(name), v);
    return n;
  }

  optList(name: string): unknown[] | undefined {
    const v = this.raw[name];
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
    const v = this.raw[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) return invalid(this.label(name), v, 'It must be a structure.');
    return new Params(v, this.label(name));
  }

  obj(name: string): Params {
    const v = this.optObj(name);
    if (!v) return missing(this.label(name));
    return v;
  }

  /** A list of structures, each read with its own Params. */
  optObjList(name: string): Params[] | undefined {
    const list = this.optList(name);
    if (!list) return undefined;
    return list.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        return invalid(`${this.label(name)}.${i + 1}`, item, 'It must be a structure.');
      }
      return new Params(item, `${this.label(name)}.${i + 1}`);
    });
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
