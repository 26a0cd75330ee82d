import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { IconButton } from './IconButton';
import { CloseIcon } from './icons';

/** The frame of the large dialogs (Share, lab builder): light and dark, scrolls inside; width and height are added. */
export const modalFrame =
  'm-auto overflow-auto rounded-xl border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/55 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';

/**
 * A native modal <dialog>, open while mounted: the browser keeps focus inside and makes the page behind inert; Esc
 * calls `onCancel` (the dialog does not close itself, the owner unmounts it); a click on the backdrop calls
 * `onBackdrop` when given. Focus goes to `initialFocus` when given (otherwise where the browser puts it) and
 * returns where it was on close.
 */
export function ModalDialog({
  labelledBy,
  describedBy,
  role,
  testId,
  className,
  onCancel,
  onBackdrop,
  initialFocus,
  children,
}: {
  labelledBy: string;
  describedBy?: string;
  role?: 'alertdialog';
  testId: string;
  className: string;
  onCancel: () => void;
  onBackdrop?: () => void;
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    return () => dialog?.close();
    // opened once, on mount
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onMouseDown={
        onBackdrop
          ? (event) => {
              // The backdrop, not the dialog's own padding or scrollbar (which are the dialog element too).
              if (event.target !== event.currentTarget) return;
              const box = event.currentTarget.getBoundingClientRect();
              const inside =
                event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
              if (!inside) onBackdrop();
            }
          : undefined
      }
      className={className}
    >
      {children}
    </dialog>
  );
}

/** The × button of a dialog's header. */
export function DialogCloseButton({
  onClose,
  label,
  className,
  title,
  iconClassName,
}: {
  onClose: () => void;
  label: string;
  className: string;
  title?: string;
  iconClassName?: string;
}) {
  return (
    <IconButton onClick={onClose} className={className} label={label} title={title}>
      <CloseIcon className={iconClassName} />
    </IconButton>
  );
}
