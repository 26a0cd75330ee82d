import { describe, expect, it } from 'vitest';
import { ACTION_LIST, SECTIONS } from '../engine';
import labsDoc from '../../docs/labs.md?raw';
import { labs, progress } from './index';
import { runActions, startLab, type Applied, type Bindings } from './runner';
import type { GoalContext, HistoryEntry, Lab, LabAction } from './types';

const KNOWN_ACTIONS = new Set(ACTION_LIST.map((a) => a.type));

function outcome(applied: Applied): string {
  const r = applied.result;
  return r.ok ? 'accepted' : `refused ${r.error.code} (${r.error.rule}): ${r.error.message}`;
}

/** Every action ends as the lab means it to: accepted, or refused with the intended code (and rule). */
function expectIntended(lab: Lab, where: string, applied: Applied[]): void {
  for (const a of applied) {
    const label = `${lab.id} ${where}: ${a.action.type} ${JSON.stringify(a.entry.action.params ?? {})}`;
    if (a.action.refused) {
      expect(a.result.ok, `${label} should be refused, was ${outcome(a)}`).toBe(false);
      if (!a.result.ok) {
        expect(a.result.error.code, label).toBe(a.action.refused.code);
        if (a.action.refused.rule) expect(a.result.error.rule, label).toBe(a.action.refused.rule);
        // A refusal a lab stages teaches one of the lab's own sections.
        expect(lab.sections as string[], `${label}: rule ${a.result.error.rule} teaches '${a.result.error.section}'`).toContain(a.result.error.section);
      }
    } else {
      expect(a.result.ok, `${label} should be accepted, was ${outcome(a)}`).toBe(true);
    }
    // Every `as` binding must find its value in the response.
    if (a.action.as && a.result.ok) {
      for (const [name, path] of Object.entries(a.action.as)) {
        expect(a.result.ok && path.split('.').reduce<any>((v, k) => v?.[k], a.result.response), `${label} binds ${name} from ${path}`).toBeDefined();
      }
    }
  }
}

function goalStates(lab: Lab, stepIndex: number, ctx: GoalContext): { label: string; met: boolean }[] {
  const step = lab.steps[stepIndex];
  if (!step) return [];
  // Called directly (not through progress) so that a goal that throws fails the test.
  return step.goals.map((g) => ({ label: g.label, met: g.test(ctx) }));
}

interface Replay {
  history: HistoryEntry[];
  ok: boolean;
}

/** Replays the solution step by step, checking each step's goals before and after its own actions. */
function replay(lab: Lab): Replay {
  const start = startLab(lab);
  expectIntended(lab, 'start', start.applied);
  let world = start.world;
  let bindings: Bindings = start.bindings;
  const history: HistoryEntry[] = [];
  lab.steps.forEach((step, index) => {
    const before = goalStates(lab, index, { world, history });
    for (const g of before) {
      expect(g.met, `${lab.id} step '${step.id}': goal "${g.label}" is already met before the step`).toBe(false);
    }
    const run = runActions(world, step.solution, bindings);
    expectIntended(lab, `step '${step.id}'`, run.applied);
    world = run.world;
    bindings = run.bindings;
    history.push(...run.history);
    const after = goalStates(lab, index, { world, history });
    for (const g of after) {
      expect(g.met, `${lab.id} step '${step.id}': goal "${g.label}" is not met by the step's solution`).toBe(true);
    }
  });
  const final = progress(lab, world, history);
  const missing = final.steps.flatMap((s) => s.goals.filter((g) => !g.met).map((g) => `${s.id}: ${g.label}`));
  expect(missing, `${lab.id}: goals not met at the end of the solution`).toEqual([]);
  expect(final).toMatchObject({ done: lab.steps.length, total: lab.steps.length, complete: true, current: lab.steps.length });
  return { history, ok: true };
}

function allActions(lab: Lab): LabAction[] {
  return [...lab.start.actions, ...lab.steps.flatMap((s) => s.solution)];
}

describe('the lab catalogue', () => {
  it('has at least 12 labs with unique ids', () => {
    expect(labs.length).toBeGreaterThanOrEqual(12);
    expect(new Set(labs.map((l) => l.id)).size).toBe(labs.length);
  });

  it('covers every section of the course, naming sections verbatim', () => {
    const known = new Set<string>(SECTIONS);
    for (const lab of labs) for (const s of lab.sections) expect(known.has(s), `${lab.id}: unknown section '${s}'`).toBe(true);
    const union = new Set(labs.flatMap((l) => l.sections));
    expect([...SECTIONS].filter((s) => !union.has(s))).toEqual([]);
    expect(union.size).toBe(SECTIONS.length);
  });

  it('is listed in docs/labs.md, lab by lab', () => {
    for (const lab of labs) expect(labsDoc, lab.id).toContain(`| \`${lab.id}\` | ${lab.title} |`);
  });

  it('uses only actions the engine has', () => {
    for (const lab of labs) {
      for (const action of allActions(lab)) expect(KNOWN_ACTIONS.has(action.type), `${lab.id}: ${action.type}`).toBe(true);
    }
  });
});

describe.each(labs.map((lab) => [lab.id, lab] as const))('lab %s', (_id, lab) => {
  it('is complete as data: summary, time, steps with goals, hints, why and a solution', () => {
    expect(lab.title.length).toBeGreaterThan(0);
    expect(lab.summary).toHaveLength(2);
    expect(lab.summary.every((line) => line.length > 0)).toBe(true);
    expect(lab.minutes).toBeGreaterThan(0);
    expect(lab.sections.length).toBeGreaterThan(0);
    expect(lab.steps.length).toBeGreaterThanOrEqual(3);
    expect(new Set(lab.steps.map((s) => s.id)).size).toBe(lab.steps.length);
    for (const step of lab.steps) {
      expect(step.instruction.length, step.id).toBeGreaterThan(0);
      expect(step.goals.length, step.id).toBeGreaterThan(0);
      expect(step.goals.every((g) => g.label.length > 0), step.id).toBe(true);
      expect(step.hints.length, step.id).toBeGreaterThanOrEqual(2);
      expect(step.why.length, step.id).toBeGreaterThan(0);
      expect(step.solution.length, step.id).toBeGreaterThan(0);
    }
    expect(lab.solution.map((a) => a.step)).toEqual(lab.steps.flatMap((s) => s.solution.map(() => s.id)));
    for (const q of lab.questions ?? []) {
      expect(q.choices.filter((c) => c.correct).length, q.prompt).toBeGreaterThanOrEqual(1);
      expect(q.choices.every((c) => c.explanation.length > 0), q.prompt).toBe(true);
    }
  });

  it('does not start complete: no step is done in the starting world', () => {
    const start = startLab(lab);
    const p = progress(lab, start.world, []);
    expect(p.done).toBe(0);
    expect(p.complete).toBe(false);
    expect(p.current).toBe(0);
  });

  it('replays its solution: every action as intended, each step met by its own actions, 100 % at the end', () => {
    expect(replay(lab).ok).toBe(true);
  });
});
