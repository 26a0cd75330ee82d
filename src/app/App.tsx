import { useEffect, useLayoutEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { useLabStore } from '../store/store';
import { Header } from './Header';
import { applyTheme, storeTheme, watchSystemTheme } from './theme';

/** Keeps <html> in step with the theme in the store; keeps the learner's own choice in localStorage. */
function useThemeOnDocument() {
  const theme = useLabStore((s) => s.theme);
  const source = useLabStore((s) => s.themeSource);
  useLayoutEffect(() => {
    applyTheme(theme);
    if (source === 'user') storeTheme(theme);
  }, [theme, source]);
  useEffect(() => watchSystemTheme(useLabStore.getState().followSystemTheme), []);
}

export function App() {
  useThemeOnDocument();
  useEffect(() => {
    void useLabStore.getState().loadEngine();
  }, []);
  return (
    <div className="flex h-dvh flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Header />
      <main className="relative min-h-0 flex-1">
        <ReactFlowProvider>
          <Canvas />
        </ReactFlowProvider>
      </main>
    </div>
  );
}
