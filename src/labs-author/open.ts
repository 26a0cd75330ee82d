/**
 * The door to the lab builder for the rest of the app (command palette, lab picker): tiny, so it can sit on the
 * first-load path; the builder itself loads on first use.
 */
import type { Lab, LabStart } from '../labs/types';

export function openLabAuthor(): void {
  void import('./mount').then((m) => m.mountLabAuthor());
}

/**
 * "Adapt this lab": open the builder on a copy of a built-in lab's document (its steps, goals, solutions and start),
 * so a teacher starts from ours. The copy is an authored lab: it has no slug of its own. Resolves false when the lab
 * has no document (an authored lab: open its file or link instead).
 */
export async function adaptLab(lab: Lab): Promise<boolean> {
  const [{ documentOf }, { replayStart }, { useDraft }, { mountLabAuthor }] = await Promise.all([
    import('../labs/authoring/built-in'),
    import('../labs/authoring/to-lab'),
    import('./draft'),
    import('./mount'),
  ]);
  const doc = documentOf(lab);
  if (!doc || typeof doc.start === 'string') return false;
  const { id: _slug, ...copy } = structuredClone(doc);
  useDraft.getState().load(copy, replayStart(copy.start as LabStart));
  mountLabAuthor();
  return true;
}
