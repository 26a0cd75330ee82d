import { describe, expect, it } from 'vitest';
import { checkAuthoredLab, labFromDocument, type AuthoredLab } from '../authoring';
import { documentOf } from '../authoring/built-in';
import { progress } from '../progress';
import { replaySolution } from '../runner';
import type { LabStart } from '../types';
import { labs } from './index';

/** Every built-in lab is a JSON document: serialized, checked as a link would be, recompiled, and its solution replayed. */
describe('built-in labs are documents', () => {
  it.each(labs.map((lab) => [lab.id, lab] as const))('%s survives JSON and recompiles to the same lab', (_id, lab) => {
    const doc = documentOf(lab);
    expect(doc, 'a built-in lab keeps its document').toBeDefined();
    const parsed = JSON.parse(JSON.stringify(doc)) as unknown;
    const checked = checkAuthoredLab(parsed);
    expect(checked.ok ? 'ok' : checked.error.message).toBe('ok');
    if (!checked.ok) return;
    const again: AuthoredLab = checked.doc;
    expect(again.id).toBe(lab.id);
    const recompiled = labFromDocument(again, lab.id, again.start as LabStart);
    expect(recompiled.title).toBe(lab.title);
    expect(recompiled.summary).toEqual(lab.summary);
    expect(recompiled.questions).toEqual(lab.questions);
    expect(recompiled.solution).toEqual(lab.solution);
    expect(recompiled.steps.map((s) => s.goals.map((g) => g.label))).toEqual(lab.steps.map((s) => s.goals.map((g) => g.label)));
    const run = replaySolution(recompiled);
    const done = progress(recompiled, run.world, run.history);
    expect(done.complete, `${lab.id}: ${JSON.stringify(done.steps.filter((s) => !s.done))}`).toBe(true);
  });
});
