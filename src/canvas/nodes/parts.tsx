import type { ReactNode } from 'react';
import { useLabStore } from '../../store/store';
import { useDropState } from '../../store/attach-drag';
import type { Verdict } from '../../view-model/attach-targets';

/** Is this node the selection? Each node subscribes to its own answer, so a new selection re-renders two nodes. */
export function useSelected(id: string): boolean {
  return useLabStore((s) => s.selection === id);
}

/** Ring classes for selection and for being a drop target of the current drag. */
export function highlight(selected: boolean, verdict: Verdict | undefined, hovered: boolean): string {
  // Same ring width hovered or not: only colours change under the pointer, so a hover repaints in place (cheap on
  // a canvas of a thousand nodes) instead of changing what the browser has to lay out in layers.
  if (verdict?.ok) return hovered ? 'ring-4 ring-emerald-600' : 'ring-4 ring-emerald-400/80';
  if (verdict && !verdict.ok) return hovered ? 'ring-4 ring-rose-700' : 'ring-4 ring-rose-400/60';
  return selected ? 'ring-4 ring-sky-500 dark:ring-sky-400' : '';
}

/**
 * What a drop here would do, on each target while something is dragged: valid targets say so; invalid ones say
 * why in the engine's words (the boundary crossed, else the error code). The canvas's drop status bar gives the
 * full message for the target under the pointer.
 */
export function DropBadge({ verdict, okText = '✓ can attach' }: { verdict: Verdict | undefined; okText?: string }) {
  if (!verdict) return null;
  return (
    <div
      className={`pointer-events-none absolute top-1 right-1 z-10 max-w-[calc(100%-0.5rem)] overflow-hidden rounded-md px-2 py-0.5 text-[15px] font-semibold whitespace-nowrap text-white shadow ${verdict.ok ? 'bg-emerald-700' : 'bg-rose-700'}`}
    >
      {verdict.ok ? okText : `✕ ${verdict.scope ?? verdict.code}`}
    </div>
  );
}

export function useDrop(id: string) {
  return useDropState(id);
}

/** A small uppercase caption above a group's title. */
export function Caption({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <p className={`text-[15px] font-semibold tracking-[0.12em] uppercase ${className}`}>{children}</p>;
}

export const STATE_STYLE: Record<string, { bar: string; pill: string; card: string }> = {
  running: {
    bar: 'border-l-emerald-500 dark:border-l-emerald-500',
    pill: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/70 dark:text-emerald-100',
    card: '',
  },
  stopped: {
    bar: 'border-l-slate-400 dark:border-l-slate-400',
    pill: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
    card: 'bg-slate-50 dark:bg-slate-900',
  },
  pending: { bar: 'border-l-amber-500 dark:border-l-amber-500', pill: 'bg-amber-100 text-amber-900 dark:bg-amber-900/70 dark:text-amber-100', card: '' },
  stopping: { bar: 'border-l-amber-500 dark:border-l-amber-500', pill: 'bg-amber-100 text-amber-900 dark:bg-amber-900/70 dark:text-amber-100', card: '' },
  'shutting-down': {
    bar: 'border-l-amber-500 dark:border-l-amber-500',
    pill: 'bg-amber-100 text-amber-900 dark:bg-amber-900/70 dark:text-amber-100',
    card: '',
  },
  terminated: {
    bar: 'border-l-slate-300 dark:border-l-slate-600',
    pill: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
    card: 'opacity-55',
  },
};
