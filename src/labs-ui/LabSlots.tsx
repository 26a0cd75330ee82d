/**
 * Where the guided labs plug into the app shell. This file is in the first-load bundle, so it stays tiny: the
 * panel and the picker (with the catalogue) load only when a lab runs or the picker opens.
 */
import { lazy, Suspense } from 'react';
import { useLabStore } from '../store/store';

/** The docked panel's width: narrower on a 1280-pixel projector, wider where there is room. */
export const LAB_PANEL_WIDTH = 'w-[21rem] 2xl:w-[25rem]';

type PanelComponent = (typeof import('./LabPanel'))['default'];
let loadedPanel: PanelComponent | undefined;
/**
 * The panel's code. A lab's start awaits it (src/labs-ui/open-lab.ts), so the panel is drawn in the same commit as
 * the start's world: a lazy component suspends once even when its chunk is there, and React holds a revealed
 * Suspense boundary back for a while, so a lab link's panel showed a few frames after its canvas.
 */
export function loadLabPanel(): Promise<PanelComponent> {
  return import('./LabPanel').then((m) => (loadedPanel = m.default));
}
const LabPanel = lazy(() => import('./LabPanel'));
const LabPicker = lazy(() => import('./LabPicker'));

function FlaskIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M9 3h6M10 3v6.5L4.8 18.2A1.8 1.8 0 0 0 6.3 21h11.4a1.8 1.8 0 0 0 1.5-2.8L14 9.5V3" />
      <path d="M7.5 15h9" />
    </svg>
  );
}

const buttonClass =
  'inline-flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

/** The header's "Labs" button: opens the picker. `className`: the header's button style. */
export function LabsButton({ className = buttonClass, compact = false }: { className?: string; compact?: boolean }) {
  const open = useLabStore((s) => s.openLabPicker);
  const running = useLabStore((s) => s.activeLab !== null);
  return (
    <button
      type="button"
      className={className}
      onClick={open}
      aria-haspopup="dialog"
      title="Guided labs: step-by-step exercises"
      aria-label={compact ? 'Labs' : undefined}
    >
      <FlaskIcon />
      {!compact && <span>Labs</span>}
      {running && <span className="size-2 rounded-full bg-sky-600 dark:bg-sky-400" aria-hidden="true" />}
    </button>
  );
}

/** The lab panel, docked beside the details panel while a lab runs. */
export function LabDock() {
  const running = useLabStore((s) => s.activeLab !== null);
  if (!running) return null;
  const Loaded = loadedPanel;
  return (
    <Suspense fallback={<div className={`${LAB_PANEL_WIDTH} shrink-0 border-l border-slate-200 dark:border-slate-800`} />}>
      {Loaded ? <Loaded /> : <LabPanel />}
    </Suspense>
  );
}

/** The picker dialog, and a message when a lab could not start. */
export function LabOverlays() {
  const pickerOpen = useLabStore((s) => s.labPickerOpen);
  const notice = useLabStore((s) => s.labNotice);
  const dismiss = useLabStore((s) => s.setLabNotice);
  return (
    <>
      {pickerOpen && (
        <Suspense fallback={null}>
          <LabPicker />
        </Suspense>
      )}
      {notice && (
        <div role="alert" className="fixed inset-x-0 bottom-4 z-20 mx-auto flex w-fit max-w-[90vw] items-center gap-3 rounded-xl border border-rose-300 bg-white px-4 py-3 text-base text-slate-900 shadow-lg dark:border-rose-800 dark:bg-slate-900 dark:text-slate-100">
          <span>{notice.message}</span>
          <button type="button" className={buttonClass} onClick={() => dismiss(null)}>
            OK
          </button>
        </div>
      )}
    </>
  );
}

/**
 * Inside the canvas's ReactFlowProvider. The canvas camera (src/canvas/camera/use-camera.ts) re-frames by itself when
 * the pane changes size (the lab panel appears, folds or goes), at a readable zoom; nothing more to do here.
 */
export function LabCanvasFit() {
  return null;
}
