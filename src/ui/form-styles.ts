/** Class names of the form dialogs (Share, lab builder): projector-sized text, visible focus, light and dark. */
export const button =
  'inline-flex items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-45 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
export const primary =
  'inline-flex items-center justify-center gap-2 rounded-lg bg-sky-700 px-4 py-2 text-base font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-45 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400';
export const field =
  'w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100';
export const label = 'mb-1 block text-base font-semibold text-slate-800 dark:text-slate-200';
/** A read-only text (a link, an embed snippet) to select and copy. */
export const copyField = `${field} resize-none break-all font-mono text-sm leading-snug`;
/**
 * A radio button that reads in both themes (the browser's own circle is pale grey on a dark dialog): a ring of
 * slate-500, slate-400 in dark (both over 3:1 against their dialog), a thick sky ring when picked.
 */
export const radioMark =
  'size-4 shrink-0 cursor-pointer appearance-none rounded-full border-2 border-slate-500 bg-white checked:border-[5px] checked:border-sky-700 dark:border-slate-400 dark:bg-slate-950 dark:checked:border-sky-400';
/** The radio with its own focus ring (where the label does not draw one). */
export const radio = `${radioMark} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600`;
/**
 * A checkbox that reads in both themes (the browser's own box is pale grey on a dark panel): a slate-500 square,
 * slate-400 in dark (both over 3:1 against their panel), filled sky with a tick when ticked (index.css draws it).
 */
export const checkbox =
  'checkbox-mark size-5 shrink-0 cursor-pointer appearance-none rounded border-2 border-slate-500 bg-white checked:border-sky-700 checked:bg-sky-700 disabled:cursor-not-allowed disabled:opacity-45 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-400 dark:bg-slate-950 dark:checked:border-sky-400 dark:checked:bg-sky-400';
