/**
 * The keyboard and menu equivalent of drag to attach: the same targets, the same verdicts from the engine, picked
 * with the arrow keys and Enter. Opened with A on a selected interface, volume or Elastic IP, from its context menu,
 * or from the inspector's "Attach to…" button.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useLabStore } from '../../store/store';
import { useDragStore } from '../../store/attach-drag';
import { attachCandidates, attachSource, judge } from '../../view-model/attach-targets';
import { listMove } from '../../ui/list-keys';
import { AttachOption } from './AttachOption';

export function AttachMenu() {
  const sourceId = useDragStore((s) => s.menuFor);
  if (!sourceId) return null;
  return <AttachDialog key={sourceId} sourceId={sourceId} />;
}

/** Focus on `ref` while the menu is open; back to what had it (if it is still there) when it closes. */
function useFocusWhileOpen(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const returnFocus = document.activeElement;
    ref.current?.focus();
    return () => {
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    };
  }, [ref]);
}

function AttachDialog({ sourceId }: { sourceId: string }) {
  const world = useLabStore((s) => s.world);
  const dryRun = useLabStore((s) => s.dryRun);
  const close = useDragStore((s) => s.closeMenu);
  const source = attachSource(world, sourceId);
  const judged = useMemo(
    () => (source && world ? judge(attachCandidates(world, source), dryRun) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- source is derived from world and sourceId
    [world, sourceId, dryRun],
  );
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const optionId = (i: number) => `${baseId}-option-${i}`;

  useFocusWhileOpen(listRef);

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (index: number) => {
    const pick = judged[index];
    if (!pick) return;
    close();
    useLabStore.getState().dispatch(pick.verdict.action);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const move = listMove(event.key, active, judged.length - 1, true);
    if (move !== undefined) {
      event.preventDefault();
      setActive(move);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      event.preventDefault();
    }
  };

  const valid = judged.filter((j) => j.verdict.ok).length;
  const register = source?.kind === 'instance';

  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/30 pt-[8vh]" onMouseDown={close}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="flex max-h-[75vh] w-[min(40rem,calc(100%-2rem))] flex-col overflow-hidden rounded-2xl border border-slate-300 bg-white shadow-2xl dark:border-slate-600 dark:bg-slate-900"
        onMouseDown={(e) => e.stopPropagation()}
      >
        <AttachHeading titleId={titleId} title={register ? `Register ${source.label} in a target group…` : `Attach ${source?.label ?? sourceId} to…`} valid={valid} total={judged.length} register={register} />
        <ul
          ref={listRef}
          role="listbox"
          tabIndex={0}
          aria-labelledby={titleId}
          aria-activedescendant={judged.length ? optionId(active) : undefined}
          onKeyDown={onKeyDown}
          className="min-h-0 flex-1 overflow-y-auto p-2 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600"
        >
          {judged.map((j, i) => (
            <AttachOption
              key={j.candidate.targetId}
              judged={j}
              id={optionId(i)}
              active={i === active}
              register={register}
              onHover={() => setActive(i)}
              onChoose={() => choose(i)}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The menu's title and what the engine said: how many targets accept it, and the keys. */
function AttachHeading({ titleId, title, valid, total, register }: { titleId: string; title: string; valid: number; total: number; register: boolean }) {
  return (
    <div className="border-b border-slate-200 px-5 py-3 dark:border-slate-700">
      <h2 id={titleId} className="text-xl font-bold text-slate-900 dark:text-white">
        {title}
      </h2>
      <p className="text-base text-slate-700 dark:text-slate-300">
        {total === 0
          ? 'There is nothing to attach it to yet.'
          : `${valid} of ${total} accepted by ${register ? 'Elastic Load Balancing' : 'EC2'}. ↑↓ to choose, Enter to ${register ? 'register' : 'attach'}, Esc to close.`}
      </p>
    </div>
  );
}
