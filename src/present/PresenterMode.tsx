import { useMemo, useState } from 'react';
import { useLinkStatus } from '../share/link-status';
import { useLabStore } from '../store/store';
import { copyStepLink } from './copy-step-link';
import { NarrationBar } from './NarrationBar';
import { NarrationScroll } from './NarrationScroll';
import { PresenterCanvas } from './PresenterCanvas';
import { PresenterHeader } from './PresenterHeader';
import { NoteEditor } from './NoteEditor';
import { chapterAt, usePresenterChannel } from './presenter-channel';
import { useProjectorTextSize } from './use-projector-text-size';
import { StepControls } from './StepControls';
import { usePresentation } from './use-presentation';
import { usePresenterKeys } from './use-presenter-keys';

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
  const { show, index, total, goTo, runDrill, stage } = usePresentation(initialStep);

  const keys = useMemo(
    () => ({
      next: () => goTo(index + 1),
      previous: () => goTo(index - 1),
      first: () => goTo(0),
      last: () => goTo(total),
      exit: onClose,
    }),
    [goTo, index, total, onClose],
  );
  usePresenterKeys(keys);

  const outcome = index > 0 ? show?.steps[index - 1] : undefined;
  const presenterNotes = useMemo(() => ({ intro: notes, steps: stepNotes }), [notes, stepNotes]);
  usePresenterChannel({ title, index, total, steps: show?.steps, goTo, notes: presenterNotes });
  const chapter = chapterAt(presenterNotes, index);
  const onCopyLink = () => {
    if (show) void copyStepLink(show, index, { title, notes }).then(setSaid);
  };

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label="Presenter mode"
      data-testid="presenter"
      className="fixed inset-0 z-50 flex h-dvh flex-col overflow-hidden bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-50"
    >
      <PresenterHeader
        title={title}
        chapter={chapter}
        editing={editing}
        onToggleEditing={() => setEditing((e) => !e)}
        canCopyLink={!!show && total > 0}
        onCopyLink={onCopyLink}
        world={stage?.world}
        onDrill={runDrill}
        onClose={onClose}
      />
      <main className="min-h-[120px] flex-1">
        {stage ? (
          <PresenterCanvas flow={stage} focus={stage.focus} step={index} theme={theme} />
        ) : (
          <p className="p-8 text-2xl">Loading the presentation…</p>
        )}
      </main>
      {/* The step controls stay on screen whatever the narration's length: the narration scrolls in its own box, at
          most about a third of the height (a fade and "More ↓" when it runs on), and gives way first when the screen is
          short; the canvas takes the rest. */}
      <footer className="flex max-h-[62dvh] min-h-0 flex-col border-t border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900">
        <NarrationScroll step={index}>
          <NarrationBar outcome={outcome} index={index} total={total} intro={notes} />
          {editing && <NoteEditor step={index} />}
        </NarrationScroll>
        <p aria-live="polite" className="shrink-0 px-3 text-base sm:px-8 break-all text-emerald-800 dark:text-emerald-300" data-testid="presenter-said">
          {said}
        </p>
        <div className="shrink-0">
          <StepControls index={index} total={total} goTo={goTo} />
        </div>
      </footer>
    </div>
  );
}
