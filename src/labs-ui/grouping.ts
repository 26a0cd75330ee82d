/**
 * The picker's order: labs grouped under the course section they teach first, sections in course order (the
 * engine's SECTIONS list the headings of the course, top to bottom), labs in catalogue order inside a section.
 */
import { SECTIONS, type Section } from '../engine/rules/sections';
import type { Lab } from '../labs/types';

interface LabGroup {
  section: Section;
  labs: Lab[];
}

export function groupBySection(labs: readonly Lab[]): LabGroup[] {
  const groups = new Map<Section, Lab[]>();
  for (const lab of labs) {
    const section = lab.sections[0];
    if (!section) continue;
    const list = groups.get(section) ?? [];
    list.push(lab);
    groups.set(section, list);
  }
  const order = (s: Section) => (SECTIONS as readonly string[]).indexOf(s);
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b)).map(([section, list]) => ({ section, labs: list }));
}

/** The lab after `id` in picker order (for "Next lab"), preferring one not done yet; undefined after the last. */
export function nextLab(labs: readonly Lab[], id: string, done: Readonly<Record<string, string>> = {}): Lab | undefined {
  const ordered = groupBySection(labs).flatMap((g) => g.labs);
  const at = ordered.findIndex((l) => l.id === id);
  const after = at === -1 ? ordered : [...ordered.slice(at + 1), ...ordered.slice(0, at)];
  return after.find((l) => !done[l.id]) ?? (at === -1 ? ordered[0] : ordered[at + 1]);
}
