/**
 * Writes scripts/botocore-member-order.json: for every structure of the terminal's six services whose member order in
 * botocore's models differs from the AWS SDK v3's, botocore's order. The SDK moves required members to the front; the
 * AWS CLI parses responses, prints JSON and YAML keys, lists "must be one of" and writes `--generate-cli-skeleton` in
 * botocore's order, so scripts/cli-shapes.mjs puts members back in it. Run with a checkout of the AWS CLI v2 (its
 * `awscli/botocore/data` folder) after an SDK upgrade:
 *
 *   node scripts/botocore-member-order.mjs <aws-cli>/awscli/botocore/data && node scripts/cli-shapes.mjs
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** CLI service names, as in scripts/cli-shapes.mjs's SERVICES. */
const SERVICES = ['ec2', 'kms', 'cloudwatch', 'elbv2', 'autoscaling', 'ec2-instance-connect'];

const data = process.argv[2];
if (!data) {
  console.error('usage: node scripts/botocore-member-order.mjs <aws-cli>/awscli/botocore/data');
  process.exit(2);
}
const order = {};
for (const service of SERVICES) {
  const version = readdirSync(join(data, service)).filter((d) => /^\d{4}-/.test(d)).sort().at(-1);
  const model = JSON.parse(readFileSync(join(data, service, version, 'service-2.json'), 'utf8'));
  for (const [name, shape] of Object.entries(model.shapes)) {
    if (shape.type !== 'structure' || !shape.members) continue;
    const members = Object.keys(shape.members);
    const required = new Set(shape.required ?? []);
    const sdk = [...members.filter((m) => required.has(m)), ...members.filter((m) => !required.has(m))];
    if (sdk.join() !== members.join()) order[`${service}/${name}`] = members;
  }
}
const file = new URL('botocore-member-order.json', import.meta.url).pathname;
// One structure a line: small, and a model change shows as a one-line diff.
const lines = Object.entries(order).map(([id, members]) => `  ${JSON.stringify(id)}: ${JSON.stringify(members)}`);
writeFileSync(file, `{\n${lines.join(',\n')}\n}\n`);
console.log(`${Object.keys(order).length} structures → ${file}`);
