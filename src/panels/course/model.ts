/** What the course reader shows for each heading: its ideas, the rules it teaches (with AWS codes) and its labs. */
import type { RuleEntry, Section } from '../../engine';
import type { Lab } from '../../labs/types';
import { COURSE } from './course-text';
import { courseSlug } from '../../view-model/course-links';

interface CourseRule {
  id: string;
  title: string;
  code: string;
}

interface CourseLab {
  id: string;
  title: string;
  minutes: number;
}

export interface CourseEntry {
  section: Section;
  /** Without the `[OOS]` (out of scope of the exam) mark. */
  title: string;
  outOfScope: boolean;
  slug: string;
  level: 1 | 2 | 3;
  ideas: string[];
  rules: CourseRule[];
  labs: CourseLab[];
}

export function courseEntries(rules: readonly [string, RuleEntry][], labs: readonly Lab[]): CourseEntry[] {
  return COURSE.map(({ section, level, ideas }) => ({
    section,
    title: section.replace(/\s*\[OOS\]$/, ''),
    outOfScope: section.endsWith('[OOS]'),
    slug: courseSlug(section),
    level,
    ideas,
    rules: rules
      .filter(([, r]) => r.section === section)
      .map(([id, r]) => ({ id, title: r.title, code: r.code }))
      .sort((a, b) => a.code.localeCompare(b.code) || a.title.localeCompare(b.title)),
    labs: labs.filter((l) => l.sections.includes(section)).map((l) => ({ id: l.id, title: l.title, minutes: l.minutes })),
  }));
}

/** A slug from a link (`#course/…`): untrusted, so bounded and reduced to what slugs are made of. */
export function linkSlug(raw: string): string {
  return raw.slice(0, 100).toLowerCase().replace(/[^a-z0-9-]/g, '');
}
