import type { World } from '../engine';
import { AUTHORED_LIMITS } from '../labs/authoring';
import type { HistoryEntry } from '../labs/types';
import type { Draft } from './draft';
import { StepEditor } from './StepEditor';
import { button, hint } from './ui';

/** The steps of the lab, each with its editor, and a button to add one. */
export function StepsSection({
  ids,
  draft,
  world,
  history,
  onAdd,
}: {
  ids: string;
  draft: Draft;
  world: World | null;
  history: readonly HistoryEntry[];
  onAdd: () => void;
}) {
  return (
    <section aria-labelledby={`${ids}-steps`} className="flex min-w-0 flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id={`${ids}-steps`} className="text-lg font-bold">
          Steps
        </h3>
        <button type="button" className={button} disabled={draft.steps.length >= AUTHORED_LIMITS.steps} onClick={onAdd}>
          + Add a step
        </button>
      </div>
      <ol className="flex flex-col gap-2">
        {draft.steps.map((step, i) => (
          <StepEditor key={step.key} step={step} index={i} count={draft.steps.length} world={world} history={history} start={draft.start?.world ?? null} />
        ))}
      </ol>
      {draft.steps.length === 0 && <p className={hint}>No steps yet: add one.</p>}
    </section>
  );
}
