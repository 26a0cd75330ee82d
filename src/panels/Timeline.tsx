import { memo, useId, useState } from 'react';
import type { Action } from '../engine';
import { ChevronIcon } from '../ui/icons';
import { useLabStore } from '../store/store';
import type { TimelineEntry } from '../store/world-slice';
import { clockLabel, elapsedLabel, narrate } from './narrate';

const TONE: Record<'done' | 'refused' | 'history', { dot: string; label: string }> = {
  done: { dot: 'bg-emerald-600 dark:bg-emerald-400', label: 'Done' },
  refused: { dot: 'bg-rose-600 dark:bg-rose-400', label: 'Refused' },
  history: { dot: 'bg-slate-400 dark:bg-slate-500', label: 'History' },
};

/** "Copy as AWS CLI": the request as an `aws` command line (the CLI's serializer loads on first use). */
function CopyAsCli({ request }: { request: Action }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    const { toCliCommand } = await import('../cli/to-cli');
    await navigator.clipboard?.writeText(toCliCommand(request)).catch(() => undefined);
    setDone(true);
  };
  return (
    <button
      type="button"
      onClick={() => void copy()}
      className="mt-0.5 text-sm text-sky-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
    >
      {done ? 'Copied' : 'Copy as AWS CLI'}
    </button>
  );
}

/** One entry, memoised: a block re-rendered for its new entry leaves the others (narrated once) as they were. */
const Entry = memo(function Entry({ entry, start }: { entry: TimelineEntry; start: number }) {
  const n = narrate(entry);
  const tone = TONE[n.tone];
  return (
    <li className="relative border-l-2 border-slate-200 pb-3 pl-4 last:pb-0 dark:border-slate-700">
      <span aria-hidden="true" className={`absolute top-2 -left-[7px] size-3 rounded-full ${tone.dot}`} />
      <p className="flex flex-wrap items-baseline justify-between gap-x-2">
        <span className={`font-semibold ${n.tone === 'refused' ? 'text-rose-700 dark:text-rose-300' : ''}`}>
          <span className="sr-only">{tone.label}: </span>
          {n.title}
        </span>
        <span className="font-mono text-sm text-slate-500 dark:text-slate-400" title={`Simulated time since the start (lab clock ${clockLabel(entry.at)})`}>
          {elapsedLabel(entry.at - start)}
        </span>
      </p>
      {n.lines.length > 0 && (
        <ul className="mt-0.5 space-y-0.5 text-slate-700 dark:text-slate-300">
          {n.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {entry.request && <CopyAsCli request={entry.request} />}
    </li>
  );
});

/**
 * Entries in blocks by id (ids only grow), each block memoised: a new entry re-renders the newest block, and the
 * oldest when the timeline is full (TIMELINE_LIMIT drops its first entry), not every one of up to 500 entries. Each
 * undo or redo adds an entry, and re-rendering the whole list was ~10 % of an undo step on the 1,000-resource canvas.
 */
const BLOCK = 32;

const sameEntries = (a: readonly TimelineEntry[], b: readonly TimelineEntry[]) =>
  a.length === b.length && a.every((entry, i) => entry === b[i]);

const EntryBlock = memo(
  function EntryBlock({ entries, start }: { entries: readonly TimelineEntry[]; start: number }) {
    return entries.map((entry) => <Entry key={entry.id} entry={entry} start={start} />);
  },
  (a, b) => a.start === b.start && sameEntries(a.entries, b.entries),
);

/** Newest first, cut where an entry's block (id / BLOCK) changes. */
function blocksOf(timeline: readonly TimelineEntry[]): { key: number; entries: TimelineEntry[] }[] {
  const blocks: { key: number; entries: TimelineEntry[] }[] = [];
  for (let i = timeline.length - 1; i >= 0; i--) {
    const entry = timeline[i]!;
    const key = Math.floor(entry.id / BLOCK);
    const last = blocks[blocks.length - 1];
    if (last?.key === key) last.entries.push(entry);
    else blocks.push({ key, entries: [entry] });
  }
  return blocks;
}

/** What happened, newest first: accepted actions with their events, refusals, undo and redo. */
export function Timeline() {
  const timeline = useLabStore((s) => s.timeline);
  const open = useLabStore((s) => s.timelineOpen);
  const toggle = useLabStore((s) => s.toggleTimeline);
  const start = useLabStore((s) => s.clockStart);
  const listId = useId();
  return (
    <section aria-label="Timeline" className="flex min-h-0 flex-col">
      <h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={toggle}
          className="flex w-full items-center justify-between gap-2 px-4 py-2.5 text-left text-base font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 dark:text-white dark:hover:bg-slate-800"
        >
          <span>
            Timeline
            {timeline.length > 0 && (
              <span className="ml-2 rounded-full bg-slate-200 px-2 text-sm font-medium text-slate-700 dark:bg-slate-700 dark:text-slate-200">
                {timeline.length}
              </span>
            )}
          </span>
          <ChevronIcon className={`size-5 transition-transform ${open ? '' : '-rotate-90'}`} />
        </button>
      </h2>
      {open && (
        // Focusable so that a keyboard can scroll a long timeline (axe: scrollable-region-focusable).
        <div
          id={listId}
          tabIndex={0}
          aria-label="Timeline entries, newest first"
          className="min-h-0 flex-1 overflow-y-auto px-4 pt-1 pb-3 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600"
        >
          {timeline.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">Nothing yet. What you do, and what AWS refuses, shows up here.</p>
          ) : (
            <ol className="ml-1.5 space-y-0">
              {blocksOf(timeline).map((block) => (
                <EntryBlock key={block.key} entries={block.entries} start={start} />
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
