/**
 * The input shapes of `@aws-sdk/client-ec2` (a dev dependency), read from its type declarations: for each
 * operation, the members of its `<Op>Request` interface and the filter names documented on its `Filters` member.
 * Tests use this to check the engine against the real API surface (filters, no silently ignored members).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface SdkShape {
  members: string[];
  filters: string[];
  /** Each member's declared TypeScript type without `| undefined` (`string`, `boolean`, `VolumeType`, `Tag[]`). */
  types: Record<string, string>;
}

let cache: Map<string, SdkShape> | undefined;

function modelsDir(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@aws-sdk/client-ec2/package.json');
  return join(dirname(pkg), 'dist-types', 'models');
}

function parseInterface(body: string): SdkShape {
  const members: string[] = [];
  const filters: string[] = [];
  const types: Record<string, string> = {};
  // members are at 4-space indent: `    Name?: type;`
  const memberRe = /^ {4}([A-Z][A-Za-z0-9]*)\??: ([^;]*);/gm;
  for (let m = memberRe.exec(body); m; m = memberRe.exec(body)) {
    members.push(m[1] as string);
    types[m[1] as string] = (m[2] as string).replace(/ \| undefined$/, '');
  }
  const filterAt = body.search(/^ {4}Filters\??: /m);
  if (filterAt > 0) {
    const docStart = body.lastIndexOf('/**', filterAt);
    const doc = body.slice(docStart, filterAt);
    // filter names open a list item; names nested deeper (value lists inside an item) are not filters
    const nameRe = /<p>\n\s*\*( *)<code>([a-z][a-zA-Z0-9.:-]*)<\/code>(?:\s*:\s*&lt;key&gt;|:<key>)?\s*(?:<\/p>)?\s*-/g;
    const found: { name: string; indent: number }[] = [];
    for (let m = nameRe.exec(doc); m; m = nameRe.exec(doc)) found.push({ name: m[2] as string, indent: (m[1] as string).length });
    const top = Math.min(...found.map((f) => f.indent));
    for (const f of found) if (f.indent === top && !filters.includes(f.name)) filters.push(f.name);
  }
  return { members, filters, types };
}

/** Every `<Name>Request` interface of the EC2 client, by operation name (`DescribeInstances`). */
export function sdkShapes(): Map<string, SdkShape> {
  if (cache) return cache;
  cache = new Map();
  const dir = modelsDir();
  for (const file of readdirSync(dir).filter((f) => /^models_\d+\.d\.ts$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const re = /^export interface ([A-Za-z0-9]+)Request \{\n([\s\S]*?)^\}/gm;
    for (let m = re.exec(text); m; m = re.exec(text)) cache.set(m[1] as string, parseInterface(m[2] as string));
  }
  return cache;
}

let enumCache: Map<string, string[]> | undefined;

/** The values of every enum of the EC2 client (`VolumeType` → gp2, gp3, …; `_InstanceType` → every instance type). */
export function sdkEnums(): Map<string, string[]> {
  if (enumCache) return enumCache;
  enumCache = new Map();
  const text = readFileSync(join(modelsDir(), 'enums.d.ts'), 'utf8');
  const re = /^export declare const ([A-Za-z0-9_]+): \{\n([\s\S]*?)^\};/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const values = [...(m[2] as string).matchAll(/: "([^"]*)";/g)].map((v) => v[1] as string);
    enumCache.set(m[1] as string, values);
  }
  return enumCache;
}
