/**
 * The engine contract, design notes, budgets and rule references the code cites live in the repository under docs/
 * (docs/contract, docs/reference, docs/course), so a checkout is complete on its own. They are copies of the project's shared
 * specification: where that sits beside the checkout (../shared), each copy must equal it, so they never drift.
 * `UPDATE_README=1 npx vitest run scripts/shared-docs.test.ts` refreshes the copies.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url);
const shared = new URL('../shared/', root);
const COPIES: [string, string][] = [
  ['ENGINE_API.md', 'docs/contract/ENGINE_API.md'],
  ['DESIGN.md', 'docs/contract/DESIGN.md'],
  ['BUDGETS.md', 'docs/contract/BUDGETS.md'],
  ['reference/ec2-rules.md', 'docs/reference/ec2-rules.md'],
  ['reference/scaling-and-access-rules.md', 'docs/reference/scaling-and-access-rules.md'],
  ['reference/aws-cli.md', 'docs/reference/aws-cli.md'],
  ['course/ec2-fundamentals.md', 'docs/course/ec2-fundamentals.md'],
];

describe('specification copies in docs/', () => {
  it.each(COPIES)('%s is in the repository as %s', (_, copy) => {
    expect(readFileSync(new URL(copy, root), 'utf8').length).toBeGreaterThan(1000);
  });

  it.runIf(existsSync(shared))('each copy equals the shared specification beside the checkout', () => {
    for (const [source, copy] of COPIES) {
      const want = readFileSync(new URL(source, shared), 'utf8');
      if (process.env.UPDATE_README) writeFileSync(new URL(copy, root), want);
      expect(readFileSync(new URL(copy, root), 'utf8'), copy).toBe(want);
    }
  });
});
