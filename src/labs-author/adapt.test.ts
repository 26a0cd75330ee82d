/**
 * "Adapt this lab" with no edits gives back the built-in lab's document: every field the builder does not edit
 * (solutions, quiz questions, the picker's two summary lines) is kept, through the draft and through the saved draft
 * (a reload). The one field intentionally dropped is `id`, the built-in slug: an adapted lab is an authored lab, and
 * its id is derived from its content.
 */
import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { checkAuthoredLab } from '../labs/authoring';
import { documentOf } from '../labs/authoring/built-in';
import { labs } from '../labs/catalogue';
import { draftToDoc, useDraft } from './draft';
import { parseSavedDraft, toSaved } from './draft-storage';

const world = createWorld({ defaultVpc: true });

describe('adapting a built-in lab with no edits', () => {
  it.each(labs.map((lab) => [lab.id, lab] as const))('%s: exporting gives back its document (all but the slug)', (_id, lab) => {
    const doc = documentOf(lab)!;
    const { id: _slug, ...copy } = structuredClone(doc);
    useDraft.getState().load(copy, world);
    const { draft } = useDraft.getState();
    const exported = draftToDoc(draft, draft.start!.start!);
    expect(exported).toEqual(copy);
    expect(checkAuthoredLab(JSON.parse(JSON.stringify(exported))).ok).toBe(true);

    // and after a reload, through the saved draft
    const { start, origin, ...rest } = parseSavedDraft(JSON.stringify(toSaved(draft)))!;
    useDraft.getState().restore(rest, { origin, start: start!, world });
    const again = useDraft.getState().draft;
    expect(draftToDoc(again, again.start!.start!)).toEqual(copy);
  });

  it('keeps the quiz questions of the labs that have them', () => {
    const withQuiz = labs.filter((lab) => (documentOf(lab)?.questions?.length ?? 0) > 0);
    expect(withQuiz.length).toBeGreaterThan(0);
  });
});
