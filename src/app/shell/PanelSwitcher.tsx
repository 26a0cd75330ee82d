import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { TOP_OVERLAY, TOP_OVERLAY_EVENT, usePanelOverlayInset } from '../../canvas/camera/overlay-inset';
import { DetailsIcon } from '../../ui/icons';
import { useLabStore } from '../../store/store';
import { useShell } from '../../store/use-shell';

const pill =
  'inline-flex min-h-11 items-center gap-2 rounded-full border border-slate-300 bg-white px-4 py-2 text-base font-semibold text-slate-800 shadow-md hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

function FlaskIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M9 3h6M10 3v6.5L4.8 18.2A1.8 1.8 0 0 0 6.3 21h11.4a1.8 1.8 0 0 0 1.5-2.8L14 9.5V3" />
    </svg>
  );
}

/**
 * Where the buttons go: beside the region chips along the canvas's top, at the right of what no drawer covers, when
 * they fit there (the camera frames below that row); else under the chips, at the left (a drawer covers the right)
 * or, on a phone, at the right (a bottom sheet leaves the top right free). Set on the element before the camera
 * frames (a layout effect), so what a lab step is about is never framed under them.
 */
function placeButtons(el: HTMLElement, phone: boolean, insetRight: number): void {
  const parent = (el.offsetParent ?? el.parentElement)?.getBoundingClientRect();
  if (!parent) return;
  const chips = document.querySelector('nav[aria-label="Regions"]')?.getBoundingClientRect();
  const hasChips = !!chips && chips.width > 0;
  Object.assign(el.style, { top: '8px', right: `${insetRight + 12}px`, left: 'auto', flexDirection: 'row', alignItems: 'flex-start' });
  const row = !phone && (!hasChips || chips.right + 12 + el.getBoundingClientRect().width <= parent.right - insetRight - 12);
  if (row) return;
  const below = `${hasChips ? Math.ceil(chips.bottom - parent.top) + 8 : 8}px`;
  Object.assign(el.style, phone
    ? { top: below, right: '12px', left: 'auto', flexDirection: 'column', alignItems: 'flex-end' }
    : { top: below, right: 'auto', left: '12px', flexDirection: 'column', alignItems: 'flex-start' });
}

/**
 * Over the canvas, when the lab panel or the details panel is a drawer or a bottom sheet: the buttons that open them
 * (one at a time: opening one closes the other).
 * A lab that starts opens its panel at once (its first step is what the learner needs).
 */
export function PanelSwitcher() {
  const shell = useShell();
  const overlay = useLabStore((s) => s.overlay);
  const setOverlay = useLabStore((s) => s.setOverlay);
  const labStartedAt = useLabStore((s) => s.activeLab?.startedAt);
  const labOverlay = shell.lab !== 'docked';
  const ref = useRef<HTMLDivElement>(null);
  const insetRight = usePanelOverlayInset().right;
  const phone = shell.screen === 'phone';
  useEffect(() => {
    if (labStartedAt !== undefined && labOverlay) useLabStore.getState().setOverlay('lab');
    if (labStartedAt === undefined && useLabStore.getState().overlay === 'lab') useLabStore.getState().setOverlay(null);
  }, [labStartedAt, labOverlay]);
  // A panel that docks again is no longer an overlay.
  useEffect(() => {
    if (overlay && shell[overlay] === 'docked') setOverlay(null);
  }, [overlay, shell, setOverlay]);

  const buttons: { panel: 'lab' | 'details'; label: string; icon: ReactNode }[] = [];
  if (labStartedAt !== undefined && labOverlay) buttons.push({ panel: 'lab', label: 'Lab steps', icon: <FlaskIcon /> });
  if (shell.details !== 'docked') buttons.push({ panel: 'details', label: 'Details', icon: <DetailsIcon /> });
  const shown = buttons.filter((b) => b.panel !== overlay);
  const count = shown.length;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const place = () => placeButtons(el, phone, insetRight);
    // the chips change width (a region shown, "All regions" ↔ "Only mine"): place again
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(place);
    const watch = () => {
      observer?.disconnect();
      const chips = document.querySelector('nav[aria-label="Regions"]');
      if (chips) observer?.observe(chips);
      place();
    };
    watch();
    // the chips come after us (React Flow draws them once its pane is measured) and go (every region shown)
    window.addEventListener(TOP_OVERLAY_EVENT, watch);
    return () => {
      observer?.disconnect();
      window.removeEventListener(TOP_OVERLAY_EVENT, watch);
    };
  }, [phone, insetRight, count, overlay]);
  if (count === 0) return null;
  return (
    <div ref={ref} role="group" aria-label="Panels" {...{ [TOP_OVERLAY]: 'top' }} className="pointer-events-none absolute top-16 left-3 z-10 flex flex-col gap-2">
      {shown.map((b) => (
        <button
          key={b.panel}
          type="button"
          className={`${pill} pointer-events-auto`}
          aria-expanded={false}
          onClick={() => setOverlay(b.panel)}
        >
          {b.icon}
          {b.label}
        </button>
      ))}
    </div>
  );
}
