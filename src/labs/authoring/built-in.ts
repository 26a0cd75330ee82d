/**
 * The built-in labs are documents like the ones a teacher makes: `builtInLab` takes the document's content (goals as
 * specs, solutions as lab actions, all plain JSON), and compiles it with the authored labs' own compiler. The document
 * stays reachable (`documentOf`) for "Adapt this lab" and for the test that serializes and recompiles every lab. Pure.
 */
import type { Lab, LabAction } from '../types';
import { AUTHORED_FORMAT, AUTHORED_VERSION, type AuthoredLab, type AuthoredStep } from './document';
import { labFromDocument } from './to-lab';

export type BuiltInDefinition = Omit<Lab, 'steps' | 'solution'> & { steps: (AuthoredStep & { solution: LabAction[] })[] };

const documents = new WeakMap<Lab, AuthoredLab>();

/** The document a built-in lab is written as. */
export function builtInDocument(definition: BuiltInDefinition): AuthoredLab {
  return { format: AUTHORED_FORMAT, version: AUTHORED_VERSION, ...definition };
}

/** A built-in lab, compiled from its document; its id is the document's slug. */
export function builtInLab(definition: BuiltInDefinition): Lab {
  const doc = builtInDocument(definition);
  const lab = labFromDocument(doc, definition.id, definition.start);
  documents.set(lab, doc);
  return lab;
}

/** The document a lab was compiled from (built-in labs only). */
export function documentOf(lab: Lab): AuthoredLab | undefined {
  return documents.get(lab);
}
