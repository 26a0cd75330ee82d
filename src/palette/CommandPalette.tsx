import { useLayoutEffect, useRef } from 'react';
import { useLabStore } from '../store/store';
import { ActionPanel } from './ActionPanel';
import { CommandList } from './CommandList';
import { PALETTE_DIALOG_CLASS } from './PaletteShell';

/**
 * The command palette (Ctrl/⌘+K): every command of the registry with fuzzy search; an engine action opens its form.
 * A native modal <dialog>: focus stays inside, Esc closes it, focus returns where it was. Loaded on first use.
 */
export default function CommandPalette() {
  const action = useLabStore((s) => s.paletteAction);
  const close = useLabStore((s) => s.closePalette);
  const ref = useRef<HTMLDialogElement>(null);

  // A layout effect: it runs before the children's effects, which then move focus to the search box or first field
  // (showModal would otherwise focus the first button).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-label={action ? 'Action form' : 'Command palette'}
      data-testid="command-palette"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) close(); // a click on the backdrop
      }}
      className={PALETTE_DIALOG_CLASS}
    >
      {action ? <ActionPanel key={action} type={action} /> : <CommandList />}
    </dialog>
  );
}
