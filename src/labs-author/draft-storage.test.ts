import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { checkAuthoredLab } from '../labs/authoring';
import { draftToDoc, freshStepId, missing, newStep, type Draft } from './draft';
import { parseSavedDraft, toSaved } from './draft-storage';

function draft(): Draft {
  const step = { ...newStep([]), title: 'Stop it', instruction: 'Stop the instance.', why: 'Because.' };
  return {
    title: 'A lab',
    summary: 'One. Two.',
    minutes: 5,
    sections: ['Spot Instances'],
    steps: [step],
    start: { origin: 'canvas', start: { defaultVpc: true, actions: [] }, world: createWorld({ defaultVpc: true }) },
    questions: [],
  };
}

describe('the draft', () => {
  it('says what is missing, then makes a valid document', () => {
    const d = draft();
    expect(missing({ ...d, title: ' ', sections: [], steps: [] })).toEqual(['a title', 'at least one course section', 'at least one step']);
    expect(missing(d)).toEqual([]);
    const doc = draftToDoc(d, d.start!.start!);
    expect(checkAuthoredLab(doc).ok).toBe(true);
  });

  it('gives steps unique ids', () => {
    expect(freshStepId([{ id: 'step-1' }, { id: 'step-3' }])).toBe('step-4');
    expect(freshStepId([])).toBe('step-1');
  });
});

describe('the saved draft', () => {
  it('round trips', () => {
    const saved = toSaved(draft());
    expect(parseSavedDraft(JSON.stringify(saved))).toEqual(saved);
  });

  it('keeps what it can of a damaged draft, and never throws', () => {
    const saved = toSaved(draft());
    const damaged = {
      ...saved,
      title: 'x'.repeat(1000),
      minutes: 1e9,
      sections: ['Spot Instances', 'Nope'],
      start: 'javascript:alert(1)',
      steps: [{ ...saved.steps[0], goals: [{ kind: 'resource', collection: 'instances', where: [{ path: 'nope', op: 'eq', value: 1 }] }, { kind: 'action', type: 'ec2:StopInstances' }] }],
    };
    const back = parseSavedDraft(JSON.stringify(damaged))!;
    expect(back.title).toHaveLength(120);
    expect(back.minutes).toBe(240);
    expect(back.sections).toEqual(['Spot Instances']);
    expect(back.start).toBeNull();
    expect(back.steps[0]?.goals).toEqual([{ kind: 'action', type: 'ec2:StopInstances' }]);
    for (const raw of [null, '', '{', '[]', '"x"', JSON.stringify({ title: 1 }), '['.repeat(10_000)]) expect(parseSavedDraft(raw)).toBeUndefined();
  });
});
