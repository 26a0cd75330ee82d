/** Shared classes of the lab panel and picker (projector-sized text, visible focus, light and dark). */
export const focusRing = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';

export const button = `inline-flex items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-45 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 ${focusRing}`;

export const primaryButton = `inline-flex items-center justify-center gap-2 rounded-lg bg-sky-700 px-4 py-2 text-base font-semibold text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-45 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400 ${focusRing}`;

export const dangerButton = `inline-flex items-center justify-center gap-2 rounded-lg bg-rose-700 px-4 py-2 text-base font-semibold text-white hover:bg-rose-800 dark:bg-rose-500 dark:text-slate-950 dark:hover:bg-rose-400 ${focusRing}`;

export const eyebrow = 'text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400';

export const dialogClass =
  'm-auto max-h-[88vh] flex-col open:flex overflow-hidden rounded-xl border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/55 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
