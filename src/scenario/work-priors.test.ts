import { describe, expect, it } from 'vitest';
import { ACTION_LIST, apply, createWorld } from '../engine';
import { nodesUpTo } from './replay';
import { READ_PRIORS } from './work-priors';

describe('READ_PRIORS', () => {
  it('prices every read that answers with a catalogue-sized list on the starting world', () => {
    const world = createWorld({ defaultVpc: true });
    const unpriced: string[] = [];
    for (const def of ACTION_LIST) {
      if (!def.read) continue;
      const result = apply(world, { type: def.type, params: {} });
      if (result.ok && nodesUpTo(result.response, 1000) > 400 && !Object.hasOwn(READ_PRIORS, def.type)) unpriced.push(def.type);
    }
    expect(unpriced).toEqual([]);
  });

  it('names only actions that exist and are reads', () => {
    const reads = new Set(ACTION_LIST.filter((d) => d.read).map((d) => d.type));
    for (const type of Object.keys(READ_PRIORS)) expect(reads.has(type), type).toBe(true);
  });
});
