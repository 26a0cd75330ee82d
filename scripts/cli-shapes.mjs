/**
 * Generates src/cli/shapes.generated.ts: the request and response shapes of every action in the engine's
 * ACTION_LIST, taken from the AWS SDK for JavaScript v3 clients' schema tables (dev dependencies), so the terminal's
 * `aws` knows per operation which option is a list, a number, a flag or a structure, and prints response keys in the
 * model's member order (botocore's, as the AWS CLI has it: scripts/botocore-member-order.json). Run it after adding
 * engine actions:
 *
 *   node scripts/cli-shapes.mjs
 *
 * (src/cli/shapes.test.ts fails when an ACTION_LIST action has no entry.) Besides ACTION_LIST, every operation of the
 * small services (Auto Scaling, ELBv2, Instance Connect) and a few EC2 ones other work adds are included up front.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { FLOAT_MEMBERS } from './cli-float-members.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;

/** IAM prefix → [CLI service name, SDK client package, include every operation of the service]. */
export const SERVICES = {
  ec2: ['ec2', '@aws-sdk/client-ec2', false],
  kms: ['kms', '@aws-sdk/client-kms', false],
  cloudwatch: ['cloudwatch', '@aws-sdk/client-cloudwatch', false],
  elasticloadbalancing: ['elbv2', '@aws-sdk/client-elastic-load-balancing-v2', true],
  autoscaling: ['autoscaling', '@aws-sdk/client-auto-scaling', true],
  'ec2-instance-connect': ['ec2-instance-connect', '@aws-sdk/client-ec2-instance-connect', true],
};
const EXTRA = [
  'ec2:CreateKeyPair', 'ec2:ImportKeyPair', 'ec2:DescribeKeyPairs', 'ec2:DeleteKeyPair',
  'ec2:AuthorizeSecurityGroupIngress', 'ec2:AuthorizeSecurityGroupEgress', 'ec2:RevokeSecurityGroupIngress',
  'ec2:RevokeSecurityGroupEgress', 'ec2:DescribeSecurityGroupRules', 'ec2:CreateTags', 'ec2:DeleteTags',
  'ec2:DescribeTags', 'ec2:DescribeRegions', 'ec2:DescribeAvailabilityZones',
];

/** botocore's member order where the SDK's differs (scripts/botocore-member-order.mjs writes it). */
const BOTOCORE_ORDER = JSON.parse(readFileSync(new URL('botocore-member-order.json', import.meta.url), 'utf8'));

/** `members` ([name, ref] pairs) in botocore's order; members botocore does not know stay last, in the SDK's order. */
function inBotocoreOrder(id, members) {
  const order = BOTOCORE_ORDER[id];
  if (!order) return members;
  const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
  return members.map((m, i) => [m, i]).sort(([a, i], [b, j]) => rank(a[0]) - rank(b[0]) || i - j).map(([m]) => m);
}

const SIMPLE = { 0: 's', 1: 'n', 2: 'b', 4: 't', 5: 't', 6: 't', 7: 't', 15: 'd', 17: 'n', 19: 'n', 21: 'B', 42: 'B' };

function isSchema(x) {
  return Array.isArray(x) && typeof x[0] === 'number' && typeof x[1] === 'string' && typeof x[2] === 'string';
}

function unwrap(x) {
  let v = typeof x === 'function' ? x() : x;
  // A member: [schema, traits]
  if (Array.isArray(v) && v.length === 2 && !isSchema(v)) v = v[0];
  return typeof v === 'function' ? v() : v;
}

function makeEncoder(service, shapes) {
  const encode = (x) => {
    const s = unwrap(x);
    if (typeof s === 'number') {
      if (s & 64) return { l: SIMPLE[s & 63] ?? 's' };
      if (s & 128) return { k: 's', v: SIMPLE[s & 63] ?? 's' };
      return SIMPLE[s] ?? 's';
    }
    if (s === 'unit' || s === undefined) return undefined;
    if (!isSchema(s)) return 's';
    const [kind, , name] = s;
    const id = `${service}/${name}`;
    if (id in shapes) return id;
    shapes[id] = null; // placeholder against recursion
    if (kind === 3 || kind === 4) {
      const names = s[4] ?? [];
      const members = s[5] ?? [];
      const floats = new Set(FLOAT_MEMBERS[service] ?? []);
      const member = (n, i) => {
        const ref = encode(members[i]) ?? 's';
        if (!floats.has(`${name}.${n}`)) return ref;
        return ref === 'n' ? 'f' : typeof ref === 'object' && ref.l === 'n' ? { l: 'f' } : ref;
      };
      // The SDK lists its s[6] required members first; botocore's order mixes them in, so they are named.
      const required = names.slice(0, s[6] ?? 0);
      shapes[id] = { m: inBotocoreOrder(id, names.map((n, i) => [n, member(n, i)])), ...(required.length ? { q: required } : {}) };
    } else if (kind === 1) shapes[id] = { l: encode(s[4]) ?? 's' };
    else if (kind === 2) shapes[id] = { k: encode(s[4]) ?? 's', v: encode(s[5]) ?? 's' };
    else shapes[id] = 's';
    return id;
  };
  return encode;
}

function paginated(mod, op) {
  return typeof mod[`paginate${op}`] === 'function';
}

/**
 * Paginators whose result keys (botocore's paginators-1.json `result_key`, a list) differ from "every list member of
 * the output in model order". The first key is the primary one: `--max-items` counts and cuts only it.
 */
const RESULT_KEYS = {
  'cloudwatch:DescribeAlarms': ['MetricAlarms', 'CompositeAlarms', 'LogAlarms'],
};

/** The paginator's result keys: every list member of the output (NextToken aside), or the RESULT_KEYS entry. */
function resultKeys(shapes, type, outputId) {
  if (RESULT_KEYS[type]) return RESULT_KEYS[type];
  const out = shapes[outputId];
  if (!out || !out.m) return undefined;
  const lists = out.m.filter(([n, ref]) => n !== 'NextToken' && typeof ref === 'string' && shapes[ref]?.l !== undefined);
  return lists.length ? lists.map(([n]) => n) : undefined;
}

async function actionTypes() {
  const server = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { ACTION_LIST } = await server.ssrLoadModule('/src/engine/actions/index.ts');
    return ACTION_LIST.map((def) => def.type);
  } finally {
    await server.close();
  }
}

async function main() {
  const wanted = new Set([...(await actionTypes()), ...EXTRA]);
  const shapes = {};
  const ops = {};
  const versions = {};
  for (const [prefix, [cli, pkg, all]] of Object.entries(SERVICES)) {
    const mod = require(pkg);
    versions[pkg] = require(`${pkg}/package.json`).version;
    const encode = makeEncoder(cli, shapes);
    const names = Object.keys(mod)
      .filter((k) => k.endsWith('$') && isSchema(mod[k]) && mod[k][0] === 9)
      .map((k) => k.slice(0, -1));
    for (const op of names.sort()) {
      const type = `${prefix}:${op}`;
      if (!all && !wanted.has(type)) continue;
      const schema = mod[`${op}$`];
      const input = encode(schema[4]);
      const output = encode(schema[5]);
      const keys = paginated(mod, op) ? resultKeys(shapes, type, output) : undefined;
      ops[type] = [input ?? null, output ?? null, ...(keys ? [keys] : [])];
    }
  }
  const missing = [...wanted].filter((t) => !t.startsWith('sim:') && !(t in ops));
  if (missing.length) console.warn(`no SDK model for: ${missing.join(', ')}`);
  const file = `${root}src/cli/shapes.generated.ts`;
  const json = JSON.stringify({ sdk: versions, ops, shapes });
  // A string parsed once at load: cheaper for TypeScript and the bundler than a 150 KB object literal.
  writeFileSync(file, `// Generated by scripts/cli-shapes.mjs from the AWS SDK v3 models. Do not edit.\nexport const SHAPES_JSON = ${JSON.stringify(json)};\n`);
  console.log(`${Object.keys(ops).length} operations, ${Object.keys(shapes).length} shapes → ${file}`);
}

await main();
