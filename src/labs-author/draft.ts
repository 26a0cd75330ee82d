/**
 * The lab being written: kept in a small store of its own (loaded with the builder) so that closing the builder to
 * try something on the canvas never loses it. The start is the canvas as it was when the draft began (or when the
 * author chose "use the canvas now"), or the start of an imported lab file.
 */
import { create } from 'zustand';
import type { Section, World } from '../engine';
import type { AuthoredLab, AuthoredStart, AuthoredStep, GoalSpec } from '../labs/authoring';
import type { Question } from '../labs/types';
import { writeSavedDraft } from './draft-storage';
import { AUTHORED_FORMAT, AUTHORED_VERSION } from '../labs/authoring';

/** A step as the document carries it, with a React key that is stable while the draft lives. */
export interface DraftStep extends AuthoredStep {
  key: number;
}

export interface DraftStart {
  /** Where it came from: the canvas (captured when the draft began, or again on request), or a lab file. */
  origin: 'canvas' | 'file';
  /** As the document carries it (a scenario fragment or a LabStart); undefined when the canvas is too large to pack. */
  start?: AuthoredStart;
  /** Why it could not be packed (code: sentence). */
  problem?: string;
  world: World;
}

export interface Draft {
  title: string;
  summary: string;
  minutes: number;
  sections: Section[];
  steps: DraftStep[];
  start: DraftStart | null;
  /** The lab's quiz questions, asked on its summary (an adapted built-in lab brings its own). */
  questions: Question[];
  /** The picker's two lines as a loaded document wrote them; exported as they were while the summary is unchanged. */
  summaryLines?: [string, string];
}

let nextKey = 1;

/** A step id not used by the other steps: `step-1`, `step-2`, … */
export function freshStepId(steps: readonly { id: string }[]): string {
  const used = new Set(steps.map((s) => s.id));
  for (let n = steps.length + 1; ; n++) if (!used.has(`step-${n}`)) return `step-${n}`;
}

export const DEFAULT_GOAL: GoalSpec = {
  kind: 'resource',
  collection: 'instances',
  where: [{ path: 'state', op: 'eq', value: 'running' }],
};

export function newStep(steps: readonly DraftStep[]): DraftStep {
  return { key: nextKey++, id: freshStepId(steps), title: '', instruction: '', hints: [], why: '', goals: [structuredClone(DEFAULT_GOAL)] };
}

interface DraftStore {
  draft: Draft;
  /** Which step is open in the editor (its key). */
  openStep: number | null;
  update: (patch: Partial<Omit<Draft, 'steps'>>) => void;
  setStart: (start: DraftStart) => void;
  addStep: () => void;
  updateStep: (key: number, patch: Partial<Omit<DraftStep, 'key'>>) => void;
  removeStep: (key: number) => void;
  moveStep: (key: number, by: -1 | 1) => void;
  setOpenStep: (key: number | null) => void;
  /** Replace the whole draft with an imported document. */
  load: (doc: AuthoredLab, world: World) => void;
  /** Bring back a saved draft (its start, when it still opens, with its world). */
  restore: (saved: Omit<Draft, 'steps' | 'start'> & { steps: Omit<DraftStep, 'key'>[] }, start: DraftStart | null) => void;
  /** Whether the saved draft has been read back (once per page). */
  restored: boolean;
  reset: () => void;
}

const empty = (): Draft => ({ title: '', summary: '', minutes: 10, sections: [], steps: [], start: null, questions: [] });

const joinLines = (lines: readonly [string, string]) => lines.join(' ').trim();

export const useDraft = create<DraftStore>()((set) => ({
  draft: empty(),
  openStep: null,
  update: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
  setStart: (start) => set((s) => ({ draft: { ...s.draft, start } })),
  addStep: () =>
    set((s) => {
      const step = newStep(s.draft.steps);
      return { draft: { ...s.draft, steps: [...s.draft.steps, step] }, openStep: step.key };
    }),
  updateStep: (key, patch) =>
    set((s) => ({ draft: { ...s.draft, steps: s.draft.steps.map((step) => (step.key === key ? { ...step, ...patch } : step)) } })),
  removeStep: (key) =>
    set((s) => ({
      draft: { ...s.draft, steps: s.draft.steps.filter((step) => step.key !== key) },
      openStep: s.openStep === key ? null : s.openStep,
    })),
  moveStep: (key, by) =>
    set((s) => {
      const steps = [...s.draft.steps];
      const i = steps.findIndex((step) => step.key === key);
      const j = i + by;
      if (i < 0 || j < 0 || j >= steps.length) return {};
      [steps[i], steps[j]] = [steps[j]!, steps[i]!];
      return { draft: { ...s.draft, steps } };
    }),
  setOpenStep: (key) => set({ openStep: key }),
  load: (doc, world) =>
    set({
      draft: {
        title: doc.title,
        summary: typeof doc.summary === 'string' ? doc.summary : joinLines(doc.summary),
        ...(typeof doc.summary === 'string' ? {} : { summaryLines: [...doc.summary] as [string, string] }),
        minutes: doc.minutes,
        sections: [...doc.sections],
        steps: doc.steps.map((step) => ({ ...structuredClone(step), key: nextKey++ })),
        start: { origin: 'file', start: doc.start, world },
        questions: structuredClone(doc.questions ?? []),
      },
      openStep: null,
      restored: true,
    }),
  restore: (saved, start) =>
    set({
      draft: { ...saved, steps: saved.steps.map((step) => ({ ...step, key: nextKey++ })), start },
      openStep: null,
      restored: true,
    }),
  restored: false,
  reset: () => set({ draft: empty(), openStep: null, restored: true }),
}));

/** The document of a draft, with its start already encoded. */
export function draftToDoc(draft: Draft, start: AuthoredStart): AuthoredLab {
  return {
    format: AUTHORED_FORMAT,
    version: AUTHORED_VERSION,
    title: draft.title.trim(),
    summary: draft.summaryLines && joinLines(draft.summaryLines) === draft.summary.trim() ? draft.summaryLines : draft.summary.trim(),
    minutes: draft.minutes,
    sections: draft.sections,
    start,
    steps: draft.steps.map((step) => ({
      id: step.id,
      title: step.title.trim(),
      instruction: step.instruction.trim(),
      hints: step.hints.map((h) => h.trim()).filter(Boolean),
      why: step.why.trim(),
      goals: step.goals,
      ...(step.solution ? { solution: step.solution } : {}),
    })),
    ...(draft.questions.length > 0
      ? { questions: draft.questions.map((q) => ({ prompt: q.prompt.trim(), choices: q.choices.map((c) => ({ text: c.text.trim(), correct: c.correct, explanation: c.explanation.trim() })) })) }
      : {}),
  };
}

/** What is still missing before the lab can be exported, in plain words (empty when it is ready). */
export function missing(draft: Draft): string[] {
  const out: string[] = [];
  if (!draft.title.trim()) out.push('a title');
  if (draft.sections.length === 0) out.push('at least one course section');
  if (draft.steps.length === 0) out.push('at least one step');
  draft.steps.forEach((step, i) => {
    if (!step.title.trim()) out.push(`a title for step ${i + 1}`);
    if (!step.instruction.trim()) out.push(`an instruction for step ${i + 1}`);
    if (!step.why.trim()) out.push(`a “why” for step ${i + 1}`);
    if (step.goals.length === 0) out.push(`a goal for step ${i + 1}`);
  });
  draft.questions.forEach((q, i) => {
    if (!q.prompt.trim()) out.push(`a prompt for question ${i + 1}`);
    if (q.choices.some((c) => !c.text.trim())) out.push(`words for every answer of question ${i + 1}`);
    if (!q.choices.some((c) => c.correct)) out.push(`a right answer for question ${i + 1}`);
  });
  if (!draft.start) out.push('a start');
  return out;
}

// Saved (debounced) on every change once the saved draft has been read back, so a reload never loses it.
let saveTimer: ReturnType<typeof setTimeout> | undefined;
useDraft.subscribe((state, previous) => {
  if (!state.restored || state.draft === previous.draft) return;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => writeSavedDraft(useDraft.getState().draft), 400);
});
