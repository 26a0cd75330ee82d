import { describe, expect, it } from 'vitest';
import { ruleEntries, SECTIONS } from '../../engine';
import { labs } from '../../labs/catalogue';
import { COURSE } from './course-text';
import { courseEntries, linkSlug } from './model';

describe('the course reader’s content', () => {
  const entries = courseEntries(ruleEntries(), labs);

  it('has one entry per course heading, in the course’s order, each with ideas and a unique slug', () => {
    expect(entries.map((e) => e.section)).toEqual([...SECTIONS]);
    expect(new Set(entries.map((e) => e.slug)).size).toBe(SECTIONS.length);
    for (const e of entries) expect(e.ideas.length, e.section).toBeGreaterThan(0);
  });

  it('lists every rule of the catalogue under its section, with its AWS error code', () => {
    const listed = entries.flatMap((e) => e.rules.map((r) => r.id)).sort();
    expect(listed).toEqual(ruleEntries().map(([id]) => id).sort());
    for (const r of entries.flatMap((e) => e.rules)) expect(r.code, r.id).toMatch(/^[A-Za-z][A-Za-z0-9.]+$/);
    expect(entries.find((e) => e.section === 'EC2 Architecture and Resilience')!.rules.length).toBeGreaterThan(0);
  });

  it('names the labs that teach a section, so “try it” can open them', () => {
    expect(entries.find((e) => e.section === 'Elastic IP address')!.labs.map((l) => l.id)).toContain('elastic-ip');
    for (const lab of labs) for (const s of lab.sections) expect(entries.find((e) => e.section === s)!.labs.map((l) => l.id)).toContain(lab.id);
  });

  it('tells the ideas in its own words: no sentence of the course is copied', async () => {
    // node:fs by a computed name: the app's tsconfig has no Node types (tests run in Node all the same).
    const fsModule = 'node:fs';
    const { readFileSync } = (await import(/* @vite-ignore */ fsModule)) as { readFileSync: (url: URL, enc: 'utf8') => string };
    // The course's copy in the repository (docs/course; scripts/shared-docs.test.ts keeps it equal to the shared one).
    const course = readFileSync(new URL('../../../docs/course/ec2-fundamentals.md', import.meta.url), 'utf8');
    expect(course).toContain('# Virtualization Fundamentals');
    const sentences = course
      .split(/[.\n]/)
      .map((s: string) => s.replace(/[`*]/g, '').trim())
      .filter((s: string) => s.split(/\s+/).length >= 8);
    const ours = COURSE.flatMap((c) => c.ideas).join(' ');
    expect(sentences.filter((s: string) => ours.includes(s))).toEqual([]);
  });

  it('reads a link’s slug safely', () => {
    expect(linkSlug('Elastic-IP-address')).toBe('elastic-ip-address');
    expect(linkSlug('<script>x</script>')).toBe('scriptxscript');
    expect(linkSlug('a'.repeat(10_000))).toHaveLength(100);
  });
});
