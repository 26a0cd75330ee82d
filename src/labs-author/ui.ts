import { field } from '../ui/form-styles';

/** Class names shared by the builder's parts (the same look as the Share dialog). */
export { button, checkbox, field, label, primary } from '../ui/form-styles';
export const smallButton =
  'inline-flex items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-base text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
export const select = `${field} pr-8`;
export const hint = 'text-base text-slate-600 dark:text-slate-400';
export const card = 'rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900/60';
