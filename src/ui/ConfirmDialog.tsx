import { useId, useRef, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';
import { button, dangerButton, dialogClass, primaryButton } from './styles';

export interface ConfirmOptions {
  title: string;
  body: ReactNode;
  confirm: string;
  cancel?: string;
  /** A second way to say yes (e.g. "Leave and go back to your work"). */
  alternative?: { label: string; onChoose: () => void };
  danger?: boolean;
}

/**
 * A yes/no question before something that cannot be taken back easily. A native modal <dialog>: focus stays inside,
 * Esc cancels, focus returns where it was. The safe choice (cancel) is focused first.
 */
export function ConfirmDialog({
  options,
  onConfirm,
  onCancel,
}: {
  options: ConfirmOptions;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  return (
    <ModalDialog
      role="alertdialog"
      labelledBy={titleId}
      describedBy={bodyId}
      testId="lab-confirm"
      onCancel={onCancel}
      initialFocus={cancelRef}
      className={`${dialogClass} w-[min(34rem,94vw)]`}
    >
      <div className="px-6 pt-5 pb-4">
        <h2 id={titleId} className="text-xl font-bold text-slate-900 dark:text-white">
          {options.title}
        </h2>
        <div id={bodyId} className="mt-2 space-y-2 text-base text-slate-700 dark:text-slate-300">
          {options.body}
        </div>
      </div>
      <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 bg-slate-50 px-6 py-3 dark:border-slate-700 dark:bg-slate-950/40">
        <button ref={cancelRef} type="button" className={button} onClick={onCancel}>
          {options.cancel ?? 'Cancel'}
        </button>
        {options.alternative && (
          <button type="button" className={button} onClick={options.alternative.onChoose}>
            {options.alternative.label}
          </button>
        )}
        <button type="button" className={options.danger ? dangerButton : primaryButton} onClick={onConfirm}>
          {options.confirm}
        </button>
      </div>
    </ModalDialog>
  );
}
