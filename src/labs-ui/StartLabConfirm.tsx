import type { Lab } from '../labs/types';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { workAtRisk } from './open-lab';

/** What starting a lab would put at risk: the lab in progress, or the work on the canvas. */
export type LabRisk = NonNullable<ReturnType<typeof workAtRisk>>;

/** Asks before a lab replaces the work on the canvas or ends the lab in progress. */
export function StartLabConfirm({ lab, risk, onCancel, onConfirm }: { lab: Lab; risk: LabRisk; onCancel: () => void; onConfirm: () => void }) {
  return (
    <ConfirmDialog
      options={{
        title: `Start “${lab.title}”?`,
        body:
          risk.kind === 'lab' ? (
            <p>
              You are in the middle of “{risk.title}”. Starting another lab ends it, and what you did in it
              is not kept.
            </p>
          ) : (
            <p>
              The lab replaces what is on the canvas with its own starting point. Your work is kept aside in this
              browser: “Back to your work” brings it back.
            </p>
          ),
        confirm: 'Start the lab',
      }}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}
