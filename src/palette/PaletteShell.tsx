import { useLayoutEffect, useRef, useState } from 'react';
import { SearchIcon } from '../ui/icons';
import { useLabStore } from '../store/store';
import { setPaletteDraft } from './palette-draft';

/** The palette's dialog classes (CommandPalette.tsx uses the same). */
export const PALETTE_DIALOG_CLASS =
  'm-auto mt-[8vh] max-h-[84vh] w-[min(46rem,94vw)] flex-col open:flex overflow-hidden rounded-xl border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/55 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
export const PALETTE_INPUT_CLASS =
  'h-14 min-w-0 flex-1 bg-transparent text-lg text-slate-900 outline-none placeholder:text-slate-500 dark:text-white dark:placeholder:text-slate-400';
export const PALETTE_PLACEHOLDER = 'Type a command or an action: create vpc, launch, undo…';

/**
 * Shown from the first frame while the palette's code loads: the same dialog and search box, taking every key
 * (kept in the draft, which the palette starts from), so "create vpc" typed right after Ctrl/⌘+K arrives whole.
 */
export function PaletteShell() {
  const action = useLabStore((s) => s.paletteAction);
  const close = useLabStore((s) => s.closePalette);
  const [text, setText] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    input.current?.focus();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-label={action ? 'Action form' : 'Command palette'}
      aria-busy="true"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      className={PALETTE_DIALOG_CLASS}
    >
      {action ? (
        <p className="px-5 py-6 text-base text-slate-700 dark:text-slate-300">Loading the form…</p>
      ) : (
        <div className="flex items-center gap-3 border-b border-slate-200 px-4 dark:border-slate-700">
          <SearchIcon className="size-5 shrink-0 text-slate-500 dark:text-slate-400" />
          <input
            ref={input}
            type="text"
            aria-label="Search commands and AWS actions"
            placeholder={PALETTE_PLACEHOLDER}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setPaletteDraft({ text: e.target.value, enter: false });
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              setPaletteDraft({ text, enter: true });
            }}
            className={PALETTE_INPUT_CLASS}
          />
        </div>
      )}
    </dialog>
  );
}
