import { useCallback, useEffect, useMemo, useState } from 'react';
import type { World } from '../engine';
import { useLinkStatus } from '../share/link-status';
import { loadEngineModule } from '../store/engine-module';
import { useLabStore } from '../store/store';
import { DrillMenu } from './DrillMenu';
import { NarrationBar } from './NarrationBar';
import { PresenterCanvas } from './PresenterCanvas';
import { changesBetween, Presentation } from './presentation';
import { NoteEditor } from './NoteEditor';
import { chapterAt, usePresenterChannel } from './presenter-channel';
import { useProjectorTextSize } from './use-projector-text-size';
import { sessionPresentation } from './session-presentation';
import { stageFlow } from './stage-flow';
import { StepControls } from './StepControls';
import { usePresenterKeys } from './use-presenter-keys';
import type { Action } from '../engine';

const headerButton =
  'inline-flex min-h-10 shrink-0 items-center rounded-lg border border-slate-400 px-2 py-1 text-sm font-semibold whitespace-nowrap sm:min-h-11 sm:px-3 sm:py-2 sm:text-base hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-500 dark:border-slate-500 dark:hover:bg-slate-800';

interface Shown {
  index: number;
  /** The world shown before this step (null on the first paint): what the step's animation starts from. */
  before: World | null;
}

/**
 * Presenter mode: the session's action log as a presentation for a room. The canvas fills the screen at projector
 * size with the chrome gone; each step shows its narration large and animates what it changed, a refused step shows
 * AWS's explanation. Keys and clickers step through it; drills add live steps; a second window shows notes.
 */
export default function PresenterMode({ onClose, initialStep }: { onClose: () => void; initialStep?: number }) {
  const theme = useLabStore((s) => s.theme);
  const title = useLinkStatus((s) => s.title);
  const notes = useLinkStatus((s) => s.notes);
  const stepNotes = useLinkStatus((s) => s.stepNotes);
  const [editing, setEditing] = useState(false);
  const [said, setSaid] = useState('');
  useProjectorTextSize();
  const [show, setShow] = useState<Presentation | null>(null);
  const [shown, setShown] = useState<Shown>({ index: 0, before: null });

  useEffect(() => {
    let live = true;
    void sessionPresentation().then((presentation) => {
      if (!live || !presentation) return;
      setShow(presentation);
      setShown({ index: Math.max(0, Math.min(presentation.length, initialStep ?? 0)), before: null });
    });
    return () => {
      live = false;
    };
  }, [initialStep]);

  const total = show?.length ?? 0;
  const goTo = useCallback(
    (step: number) => {
      if (!show) return;
      setShown((s) => {
        const index = Math.max(0, Math.min(show.length, Math.floor(step)));
        return index === s.index ? s : { index, before: show.worldAt(s.index) };
      });
    },
    [show],
  );
  const keys = useMemo(
    () => ({
      next: () => goTo(shown.index + 1),
      previous: () => goTo(shown.index - 1),
      first: () => goTo(0),
      last: () => goTo(total),
      exit: onClose,
    }),
    [goTo, shown.index, total, onClose],
  );
  usePresenterKeys(keys);

  const runDrill = useCallback(
    (actions: Action[]) => {
      if (!show) return;
      void loadEngineModule().then((engine) => {
        const kept = show.steps.slice(0, shown.index).map((s) => s.action);
        const next = new Presentation(show.base, [...kept, ...actions], engine.apply);
        setShow(next);
        setShown({ index: shown.index + 1, before: next.worldAt(shown.index) });
      });
    },
    [show, shown.index],
  );

  const stage = useMemo(() => {
    if (!show) return null;
    const after = show.worldAt(shown.index);
    const changes = shown.before ? changesBetween(shown.before, after) : { added: [], removed: [], changed: [] };
    return { world: after, ...stageFlow(shown.before, after, changes, 'network') };
  }, [show, shown]);

  const outcome = shown.index > 0 ? show?.steps[shown.index - 1] : undefined;
  const presenterNotes = useMemo(() => ({ intro: notes, steps: stepNotes }), [notes, stepNotes]);
  usePresenterChannel({ title, index: shown.index, total, steps: show?.steps, goTo, notes: presenterNotes });
  const chapter = chapterAt(presenterNotes, shown.index);
  const copyStepLink = async () => {
    if (!show) return;
    const { stepLinkOf } = await import('../share/build-share');
    const shared = { base: show.base, actions: show.steps.map((s) => s.action), world: show.worldAt(show.length) };
    const link = await stepLinkOf(shared, Math.max(1, shown.index), { title, notes }).catch(() => undefined);
    if (!link?.ok || !link.url) {
      setSaid(link && !link.ok ? `${link.code}: ${link.message}` : 'share-failed: the lab could not be packed into a link.');
      return;
    }
    const { copyText } = await import('../ui/clipboard');
    setSaid(`${await copyText(link.url, null, 'link')} ${link.url.length > 200 ? '' : link.url}`.trim());
  };

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label="Presenter mode"
      data-testid="presenter"
      className="fixed inset-0 z-50 flex h-dvh flex-col overflow-hidden bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-50"
    >
      <header className="flex shrink-0 flex-wrap items-center gap-2 border-b border-slate-300 px-3 py-2 sm:gap-3 sm:px-6 sm:py-3 dark:border-slate-700">
        <h2 className="min-w-0 basis-full sm:[flex:1_1_240px]">
          <span className="block truncate text-lg font-bold sm:text-xl" title={title}>
            {title || 'Presenting this lab'}
          </span>
          {chapter && (
            <span className="block truncate text-xl font-semibold text-sky-700 sm:text-2xl dark:text-sky-300" data-testid="presenter-chapter">
              {chapter}
            </span>
          )}
        </h2>
        <button type="button" className={headerButton} aria-pressed={editing} onClick={() => setEditing((e) => !e)}>
          Edit note
        </button>
        <button type="button" className={headerButton} disabled={!show || total === 0} onClick={() => void copyStepLink()} aria-label="Copy link at this step">
          Copy link<span className="max-2xl:hidden">&nbsp;at this step</span>
        </button>
        {stage && <DrillMenu world={stage.world} onDrill={runDrill} className={headerButton} />}
        <button type="button" className={headerButton} onClick={() => window.open('/?presenter-view', 'ec2-lab-presenter-view', 'popup,width=900,height=640')} aria-label="Presenter view">
          Presenter<span className="max-2xl:hidden">&nbsp;view</span>
        </button>
        <button type="button" className={headerButton} onClick={() => void import('./handout/open').then((m) => m.openHandout())} aria-label="Print steps">
          Print<span className="max-2xl:hidden">&nbsp;steps</span>
        </button>
        <button type="button" className={headerButton} onClick={onClose} aria-keyshortcuts="Escape" aria-label="Exit (Esc)">
          Exit<span className="max-sm:hidden">&nbsp;(Esc)</span>
        </button>
      </header>
      <main className="min-h-[120px] flex-1">
        {stage ? (
          <PresenterCanvas flow={stage} focus={stage.focus} step={shown.index} theme={theme} />
        ) : (
          <p className="p-8 text-2xl">Loading the presentation…</p>
        )}
      </main>
      {/* The step controls stay on screen whatever the narration's length: the narration scrolls in its own box, at
          most about a third of the height, and gives way first when the screen is short; the canvas takes the rest. */}
      <footer className="flex max-h-[62dvh] min-h-0 flex-col border-t border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900">
        <section
          className="min-h-12 flex-1 overflow-y-auto overscroll-contain max-h-[30dvh] focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-sky-500"
          tabIndex={0}
          aria-label="Narration"
          data-testid="presenter-narration-scroll"
        >
          <NarrationBar outcome={outcome} index={shown.index} total={total} intro={notes} />
          {editing && <NoteEditor step={shown.index} />}
        </section>
        <p aria-live="polite" className="shrink-0 px-3 text-base sm:px-8 break-all text-emerald-800 dark:text-emerald-300" data-testid="presenter-said">
          {said}
        </p>
        <div className="shrink-0">
          <StepControls index={shown.index} total={total} goTo={goTo} />
        </div>
      </footer>
    </div>
  );
}
