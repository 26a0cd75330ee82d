/**
 * The offline service worker (vite-plugin-pwa, Workbox; see vite.config.ts) is registered once the page has loaded
 * and then stayed quiet for a while: installing it precaches the whole build (every lazy chunk, ~90 files), and on a
 * first visit that download and its cache writes competed with what the first screen, or a `#lab=` link, still had
 * to fetch and run. Called by built apps only (main.tsx: the dev server has no worker).
 */

/** How long after the load event the worker waits before asking for an idle moment. */
export const SW_DELAY_MS = 3000;
/** The idle moment is awaited at most this long. */
const IDLE_WAIT_MS = 5000;

export function registerServiceWorkerLater(win: Window & typeof globalThis = window): void {
  if (!('serviceWorker' in win.navigator)) return;
  const register = () => void win.navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  const soon = () =>
    win.setTimeout(() => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(register, { timeout: IDLE_WAIT_MS });
      else register();
    }, SW_DELAY_MS);
  if (win.document.readyState === 'complete') soon();
  else win.addEventListener('load', soon, { once: true });
}
