import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../engine';
import { labs } from '../labs/catalogue';
import { groupBySection, nextLab } from './grouping';

describe('picker order', () => {
  it('groups every lab once, under its first section, sections in course order', () => {
    const groups = groupBySection(labs);
    expect(groups.flatMap((g) => g.labs).map((l) => l.id).sort()).toEqual(labs.map((l) => l.id).sort());
    const order = groups.map((g) => SECTIONS.indexOf(g.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const g of groups) for (const l of g.labs) expect(l.sections[0]).toBe(g.section);
  });

  it('the next lab follows picker order and skips labs already done', () => {
    const ordered = groupBySection(labs).flatMap((g) => g.labs);
    expect(nextLab(labs, ordered[0]!.id)?.id).toBe(ordered[1]!.id);
    expect(nextLab(labs, ordered[0]!.id, { [ordered[1]!.id]: 'x' })?.id).toBe(ordered[2]!.id);
    expect(nextLab(labs, ordered[ordered.length - 1]!.id)?.id).toBe(ordered[0]!.id);
  });
});
