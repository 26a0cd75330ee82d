import { describe, expect, it } from 'vitest';
import { summarize } from '../engine/history';
import { classroom } from '../test/worlds';
import { serializeAutosave } from './persist';
import { immutableJson } from './save-json';

describe('immutableJson', () => {
  it('writes exactly what JSON.stringify writes, before and after a change that reuses most resources', () => {
    const t = classroom();
    const before = t.b.world;
    expect(immutableJson(before)).toBe(JSON.stringify(before));
    t.b.run('ec2:CreateTags', { Resources: [t.web], Tags: [{ Key: 'Name', Value: 'changed "name"' }] });
    expect(immutableJson(t.b.world)).toBe(JSON.stringify(t.b.world));
    expect(immutableJson(t.b.world)).toContain('changed \\"name\\"');
    expect(immutableJson(before)).toBe(JSON.stringify(before));
    expect(immutableJson([1, undefined, 'x'])).toBe(JSON.stringify([1, undefined, 'x']));
  });

  it('gives the autosave document JSON.stringify would give, with its undo log', () => {
    const t = classroom();
    const base = t.b.world;
    const action = { type: 'ec2:StopInstances', params: { InstanceIds: [t.web] } } as const;
    const result = t.b.run(action.type, action.params);
    const save = {
      world: t.b.world,
      positions: { [t.web]: { x: 1.5, y: -2 } },
      lens: 'network' as const,
      savedAt: '2026-01-01T00:00:00.000Z',
      lab: { id: 'x' } as never,
      history: { base, entries: [summarize(action, { ok: true, world: t.b.world, response: result, events: [] })] },
    };
    const { world, positions, lens, savedAt, lab, history } = save;
    const expected = JSON.stringify({ format: 'ec2-lab-autosave', version: 1, savedAt, world, positions, lens, lab, history });
    expect(serializeAutosave(save)).toBe(expected);
  });
});
