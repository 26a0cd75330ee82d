import './scenario/zod-config'; // first: zod must know it runs without eval before any schema is built
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyTextSize } from './store/text-size';
import { applyTheme } from './store/theme';
import { prefetchForLink } from './app/prefetch-link';
import { beforeFirstRender } from './app/open-from-url';
import { registerServiceWorkerLater } from './app/register-sw';
import { useLabStore } from './store/store';
import './index.css';

applyTheme(useLabStore.getState().theme);
applyTextSize(useLabStore.getState().textSize);
prefetchForLink(location.hash);
if (!import.meta.env.DEV) registerServiceWorkerLater();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// `/?presenter-view`: the presenter's second window (notes, timer), not the lab itself
const PresenterView = new URLSearchParams(location.search).has('presenter-view') ? lazy(() => import('./present/PresenterView')) : null;
const render = () => {
  createRoot(root).render(
    <StrictMode>
      {PresenterView ? (
        <Suspense fallback={null}>
          <PresenterView />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
};
// A lab link's first screen is the lab itself (src/app/open-from-url.ts).
if (PresenterView) render();
else void beforeFirstRender(location.hash).then(render);
