/**
 * The draft survives a reload: it is saved in localStorage (debounced) and read back through zod, leniently — a
 * draft may be unfinished (no title yet, a step without goals), so text is cut to its limits, unknown sections and
 * unsound goals are dropped, and a start that no longer opens is captured again from the canvas. Never throws.
 */
import { z } from 'zod/mini';
import { SECTIONS, type Section, type World } from '../engine';
import { AUTHORED_LIMITS, checkGoalSpec, goalSpecSchema, type AuthoredStart, type GoalSpec } from '../labs/authoring';
import { labActionSchema, labStartSchema, questionSchema } from '../labs/authoring/document';
import type { LabAction, Question } from '../labs/types';
import type { Draft } from './draft';

z.config({ jitless: true });

const DRAFT_KEY = 'ec2-lab:lab-author:draft:v1';
const MAX_DRAFT_CHARS = 1_000_000;

/** What is saved: the draft with its start as the document carries it. */
interface SavedDraft {
  title: string;
  summary: string;
  minutes: number;
  sections: Section[];
  steps: { id: string; title: string; instruction: string; hints: string[]; why: string; goals: GoalSpec[]; solution?: LabAction[] }[];
  start: AuthoredStart | null;
  origin: 'canvas' | 'file';
  questions: Question[];
  summaryLines?: [string, string];
}

const savedSchema = z.looseObject({
  title: z.string(),
  summary: z.string(),
  minutes: z.number(),
  sections: z.array(z.string()),
  steps: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string(),
      instruction: z.string(),
      hints: z.array(z.string()),
      why: z.string(),
      goals: z.array(z.unknown()),
    }),
  ),
  start: z.unknown(),
  origin: z.optional(z.enum(['canvas', 'file'])),
  questions: z.optional(z.array(z.unknown())),
  summaryLines: z.optional(z.unknown()),
});

/** The parts the builder keeps without editing them (solutions, questions, the picker lines): kept when sound, else dropped. */
const solutionSchema = z.array(labActionSchema).check(z.maxLength(AUTHORED_LIMITS.solutionActions));
const linesSchema = z.tuple([z.string().check(z.maxLength(AUTHORED_LIMITS.summary)), z.string().check(z.maxLength(AUTHORED_LIMITS.summary))]);
const keptSolution = (value: unknown) => (solutionSchema.safeParse(value).success ? { solution: value as LabAction[] } : {});

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function toSaved(draft: Draft): SavedDraft {
  return {
    title: draft.title,
    summary: draft.summary,
    minutes: draft.minutes,
    sections: draft.sections,
    steps: draft.steps.map(({ id, title, instruction, hints, why, goals, solution }) => ({
      id,
      title,
      instruction,
      hints,
      why,
      goals,
      ...(solution ? { solution } : {}),
    })),
    start: draft.start?.start ?? null,
    origin: draft.start?.origin ?? 'canvas',
    questions: draft.questions,
    ...(draft.summaryLines ? { summaryLines: draft.summaryLines } : {}),
  };
}

const cut = (text: string, max: number) => text.slice(0, max);

function soundGoal(value: unknown): GoalSpec | undefined {
  const parsed = goalSpecSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const spec = value as GoalSpec;
  return checkGoalSpec(spec) === undefined ? spec : undefined;
}

/** Read back a saved draft's text (JSON); undefined when there is none or it cannot be used. */
export function parseSavedDraft(raw: string | null): SavedDraft | undefined {
  if (raw === null || raw.length > MAX_DRAFT_CHARS) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    const parsed = savedSchema.safeParse(value);
    if (!parsed.success) return undefined;
    const d = parsed.data;
    const start = d.start;
    let kept: AuthoredStart | null = null;
    if (typeof start === 'string' && /^s=\d{1,6}\.[A-Za-z0-9_-]*$/.test(start) && start.length <= AUTHORED_LIMITS.scenario) kept = start;
    else if (start !== null && typeof start === 'object' && labStartSchema.safeParse(start).success) kept = start as AuthoredStart;
    return {
      title: cut(d.title, AUTHORED_LIMITS.title),
      summary: cut(d.summary, AUTHORED_LIMITS.summary),
      minutes: Math.min(AUTHORED_LIMITS.minutesMax, Math.max(1, Math.round(Number.isFinite(d.minutes) ? d.minutes : 10))),
      // in the draft's own order (a lab's first section is its home in the picker)
      sections: [...new Set(d.sections)].filter((s): s is Section => (SECTIONS as readonly string[]).includes(s)).slice(0, AUTHORED_LIMITS.sections),
      steps: d.steps.slice(0, AUTHORED_LIMITS.steps).map((step) => ({
        id: /^[a-z0-9][a-z0-9-]{0,39}$/.test(step.id) ? step.id : 'step',
        title: cut(step.title, AUTHORED_LIMITS.stepTitle),
        instruction: cut(step.instruction, AUTHORED_LIMITS.instruction),
        hints: step.hints.slice(0, AUTHORED_LIMITS.hints).map((h) => cut(h, AUTHORED_LIMITS.hint)),
        why: cut(step.why, AUTHORED_LIMITS.why),
        goals: step.goals.slice(0, AUTHORED_LIMITS.goals).flatMap((g) => soundGoal(g) ?? []),
        ...keptSolution(step['solution']),
      })),
      start: kept,
      origin: d.origin ?? 'canvas',
      questions: (d.questions ?? []).slice(0, AUTHORED_LIMITS.questions).flatMap((q) => (questionSchema.safeParse(q).success ? [q as Question] : [])),
      ...(linesSchema.safeParse(d.summaryLines).success ? { summaryLines: d.summaryLines as [string, string] } : {}),
    };
  } catch {
    return undefined;
  }
}

export function readSavedDraft(): SavedDraft | undefined {
  try {
    return parseSavedDraft(storage()?.getItem(DRAFT_KEY) ?? null);
  } catch {
    return undefined;
  }
}

export function writeSavedDraft(draft: Draft): void {
  try {
    storage()?.setItem(DRAFT_KEY, JSON.stringify(toSaved(draft)));
  } catch {
    // storage full or disabled: the draft stays in memory while the page is open
  }
}

export function clearSavedDraft(): void {
  try {
    storage()?.removeItem(DRAFT_KEY);
  } catch {
    // harmless
  }
}

/** The world a saved start opens on, or undefined (then the canvas is captured again). */
export async function worldOfStart(start: AuthoredStart): Promise<World | undefined> {
  try {
    if (typeof start === 'string') {
      const { decodeScenario } = await import('../scenario');
      const opened = decodeScenario(start);
      return opened.ok ? opened.scenario.world : undefined;
    }
    const { replayStart } = await import('../labs/authoring');
    return replayStart(start as Parameters<typeof replayStart>[0]);
  } catch {
    return undefined;
  }
}
