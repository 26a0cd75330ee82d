import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { useShortcuts } from '../palette/useShortcuts';
import { PaletteShell } from '../palette/PaletteShell';
import { AutosaveBanner } from '../panels/AutosaveBanner';
import { ExplanationCard } from '../panels/ExplanationCard';
import { SidePanel } from '../panels/SidePanel';
import { Toolbar } from '../panels/Toolbar';
import { useLabStore } from '../store/store';
import { EmbedBar } from '../share/EmbedBar';
import { LinkBanner } from '../share/LinkBanner';
import { useLinkStatus } from '../share/link-status';
import { LabCanvasFit, LabDock, LabOverlays } from '../labs-ui/LabSlots';
import { Header } from './Header';
import { Dock } from './shell/Dock';
import { CanvasStrip } from './shell/CanvasStrip';
import { useTerminalUi } from '../store/terminal-ui';
import { openInitialUrl, watchUrl } from './open-from-url';
import { applyTextSize } from '../store/text-size';
import { applyTheme, storeTheme, watchSystemTheme } from '../store/theme';

/** The terminal (xterm.js and the AWS CLI) loads the first time it opens. */
const TerminalPanel = lazy(() => import('../terminal/TerminalPanel'));

function TerminalDock() {
  const open = useTerminalUi((s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={<div className="h-64 shrink-0 border-t border-slate-200 bg-slate-950 dark:border-slate-800" />}>
      <TerminalPanel />
    </Suspense>
  );
}

/** The palette and its forms load on first use (they need the engine's action list); preloaded once idle. */
const loadPalette = () => import('../palette/CommandPalette');
const CommandPalette = lazy(loadPalette);
/** The question a link asks before replacing a guided lab in progress (loaded only when one is asked). */
const LinkQuestion = lazy(() => import('../share/LinkQuestion').then((m) => ({ default: m.LinkQuestion })));
const CourseReader = lazy(() => import('../panels/course/CourseReader'));

/** Keeps <html> in step with the theme in the store; keeps the learner's own choice in localStorage. */
function useThemeOnDocument() {
  const theme = useLabStore((s) => s.theme);
  const source = useLabStore((s) => s.themeSource);
  useLayoutEffect(() => {
    applyTheme(theme);
    if (source === 'user') storeTheme(theme);
  }, [theme, source]);
  useEffect(() => watchSystemTheme(useLabStore.getState().followSystemTheme), []);
  const textSize = useLabStore((s) => s.textSize);
  useLayoutEffect(() => applyTextSize(textSize), [textSize]);
}

/** The explanation card over the canvas, for a refusal from anywhere but the palette (which shows its own). */
function RefusalOverlay() {
  const refusal = useLabStore((s) => s.refusal);
  const paletteOpen = useLabStore((s) => s.paletteOpen);
  const dismiss = useLabStore((s) => s.dismissRefusal);
  if (!refusal || paletteOpen) return null;
  return (
    <div className="pointer-events-none absolute inset-x-0 top-3 z-10 flex justify-center px-4">
      <ExplanationCard refusal={refusal} onDismiss={dismiss} className="pointer-events-auto w-full max-w-xl" />
    </div>
  );
}

export function App() {
  useThemeOnDocument();
  useShortcuts();
  const paletteOpen = useLabStore((s) => s.paletteOpen);
  const embed = useLabStore((s) => s.embed);
  const linkQuestion = useLinkStatus((s) => s.question !== null);
  const courseOpen = useLabStore((s) => s.course !== null);
  useEffect(() => {
    void useLabStore
      .getState()
      .loadEngine()
      .then(() => {
        void openInitialUrl(); // a share link (`#s=…`) opens over the autosaved work, which is kept aside
        watchUrl();
        const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
        idle(() => void loadPalette());
      });
  }, []);
  if (embed) {
    // `?embed=1`: a read-only canvas for an LMS iframe or slides (pan and zoom; no toolbar, panels or palette).
    return (
      <div className="flex h-dvh flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <LinkBanner />
        <main className="relative min-h-0 min-w-0 flex-1">
          <ReactFlowProvider>
            <Canvas />
          </ReactFlowProvider>
          <EmbedBar />
        </main>
      </div>
    );
  }
  return (
    <div className="flex h-dvh flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Header />
      <AutosaveBanner />
      <LinkBanner />
      <div className="relative flex min-h-0 flex-1">
        <Toolbar />
        <div className="flex min-w-0 flex-1 flex-col">
          <main className="flex min-h-0 min-w-0 flex-1 flex-col">
            <CanvasStrip />
            <div className="relative min-h-0 flex-1">
              <ReactFlowProvider>
                <Canvas />
                <LabCanvasFit />
              </ReactFlowProvider>
              <RefusalOverlay />
            </div>
          </main>
          <TerminalDock />
        </div>
        <Dock panel="lab">
          <LabDock />
        </Dock>
        <Dock panel="details">
          <SidePanel />
        </Dock>
      </div>
      <LabOverlays />
      {linkQuestion && (
        <Suspense fallback={null}>
          <LinkQuestion />
        </Suspense>
      )}
      {courseOpen && (
        <Suspense fallback={null}>
          <CourseReader />
        </Suspense>
      )}
      {paletteOpen && (
        <Suspense fallback={<PaletteShell />}>
          <CommandPalette />
        </Suspense>
      )}
    </div>
  );
}
