import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorkerLater, SW_DELAY_MS } from './register-sw';

/** A window with a service worker container, a load event and idle callbacks, all under the test's control. */
function fakeWindow(readyState: DocumentReadyState) {
  const register = vi.fn(() => Promise.resolve({}));
  const listeners: (() => void)[] = [];
  const idle: (() => void)[] = [];
  const win = {
    navigator: { serviceWorker: { register } },
    document: { readyState },
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    requestIdleCallback: (run: () => void) => idle.push(run),
    addEventListener: (type: string, run: () => void) => type === 'load' && listeners.push(run),
  };
  return { win: win as unknown as Window & typeof globalThis, register, load: () => listeners.forEach((l) => l()), idle };
}

afterEach(() => vi.useRealTimers());

describe('registerServiceWorkerLater', () => {
  it('registers the worker only after the page has loaded, the delay has passed and the page is idle', () => {
    vi.useFakeTimers();
    const { win, register, load, idle } = fakeWindow('loading');
    registerServiceWorkerLater(win);
    vi.advanceTimersByTime(SW_DELAY_MS * 2);
    expect(register).not.toHaveBeenCalled(); // not loaded yet
    load();
    vi.advanceTimersByTime(SW_DELAY_MS - 1);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(register).not.toHaveBeenCalled();
    idle[0]!();
    expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('counts from now when the page has already loaded', () => {
    vi.useFakeTimers();
    const { win, idle } = fakeWindow('complete');
    registerServiceWorkerLater(win);
    vi.advanceTimersByTime(SW_DELAY_MS);
    expect(idle).toHaveLength(1);
  });
});
