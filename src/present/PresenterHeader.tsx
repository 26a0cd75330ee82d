import { useId, useState } from 'react';
import type { Action, World } from '../engine';
import { DrillMenu } from './DrillMenu';

const headerButton =
  'inline-flex min-h-10 shrink-0 items-center rounded-lg border border-slate-400 px-2 py-1 text-sm font-semibold whitespace-nowrap sm:min-h-11 sm:px-3 sm:py-2 sm:text-base hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-500 dark:border-slate-500 dark:hover:bg-slate-800';

/**
 * Presenter mode's header: the title and chapter, then note editing, step link, drills, presenter view, print, exit.
 * Under 1280 px the tools fold behind "Tools" so the header stays one row and the canvas keeps the height.
 */
export function PresenterHeader({
  title,
  chapter,
  editing,
  onToggleEditing,
  canCopyLink,
  onCopyLink,
  world,
  onDrill,
  onClose,
}: {
  title: string;
  chapter: string;
  editing: boolean;
  onToggleEditing: () => void;
  canCopyLink: boolean;
  onCopyLink: () => void;
  /** The world shown (drills are offered once it is there). */
  world: World | undefined;
  onDrill: (actions: Action[]) => void;
  onClose: () => void;
}) {
  const [open, setOpen] = useState(false);
  const toolsId = useId();
  return (
    <header className="flex shrink-0 flex-wrap items-center gap-x-2 gap-y-1.5 border-b border-slate-300 px-3 py-1.5 sm:gap-x-3 sm:px-6 xl:py-2 dark:border-slate-700">
      <h2 className="min-w-0 flex-1 xl:[flex:1_1_240px]">
        <span className="block truncate text-base leading-snug font-bold xl:text-xl" title={title}>
          {title || 'Presenting this lab'}
        </span>
        {chapter && (
          <span className="block truncate text-lg leading-tight font-semibold text-sky-700 xl:text-2xl dark:text-sky-300" data-testid="presenter-chapter">
            {chapter}
          </span>
        )}
      </h2>
      <button type="button" className={`${headerButton} xl:hidden`} aria-expanded={open} aria-controls={toolsId} onClick={() => setOpen((o) => !o)}>
        Tools {open ? '▴' : '▾'}
      </button>
      <button type="button" className={`${headerButton} xl:order-last`} onClick={onClose} aria-keyshortcuts="Escape" aria-label="Exit (Esc)">
        Exit<span className="max-sm:hidden">&nbsp;(Esc)</span>
      </button>
      <div id={toolsId} data-testid="presenter-tools" className={`${open ? 'flex' : 'hidden'} basis-full flex-wrap items-center gap-2 sm:gap-3 xl:flex xl:basis-auto`}>
        <button type="button" className={headerButton} aria-pressed={editing} onClick={onToggleEditing}>
          Edit note
        </button>
        <button type="button" className={headerButton} disabled={!canCopyLink} onClick={onCopyLink} aria-label="Copy link at this step">
          Copy link<span className="max-2xl:hidden">&nbsp;at this step</span>
        </button>
        {world && <DrillMenu world={world} onDrill={onDrill} className={headerButton} />}
        <button type="button" className={headerButton} onClick={() => window.open('/?presenter-view', 'ec2-lab-presenter-view', 'popup,width=900,height=640')} aria-label="Presenter view">
          Presenter<span className="max-2xl:hidden">&nbsp;view</span>
        </button>
        <button type="button" className={headerButton} onClick={() => void import('./handout/open').then((m) => m.openHandout())} aria-label="Print steps">
          Print<span className="max-2xl:hidden">&nbsp;steps</span>
        </button>
      </div>
    </header>
  );
}
