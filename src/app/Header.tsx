import { useLabStore } from '../store/store';
import { Logo } from './Logo';

function SunIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="12" cy="12" r="4" />
      <path strokeLinecap="round" d="M12 2v2m0 16v2M4.9 4.9l1.4 1.4m11.4 11.4 1.4 1.4M2 12h2m16 0h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </svg>
  );
}

function MoonIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="currentColor">
      <path d="M21 14.5A9 9 0 0 1 9.5 3a.6.6 0 0 0-.8-.7A10 10 0 1 0 21.7 15.3a.6.6 0 0 0-.7-.8Z" />
    </svg>
  );
}

export function Header() {
  const theme = useLabStore((s) => s.theme);
  const toggleTheme = useLabStore((s) => s.toggleTheme);
  const next = theme === 'dark' ? 'light' : 'dark';

  return (
    <header className="flex h-16 shrink-0 items-center justify-between gap-4 border-b border-slate-200 bg-white px-5 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex min-w-0 items-center gap-3">
        <Logo className="size-9 shrink-0" />
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">ec2-lab</h1>
        <p className="hidden truncate border-l border-slate-300 pl-3 text-base text-slate-600 sm:block dark:border-slate-700 dark:text-slate-300">
          Learn how Amazon EC2 really works
        </p>
      </div>
      <button
        type="button"
        onClick={toggleTheme}
        aria-label={`Switch to ${next} theme`}
        title={`Switch to ${next} theme`}
        className="inline-flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
      >
        {next === 'dark' ? <MoonIcon /> : <SunIcon />}
        <span>{next === 'dark' ? 'Dark' : 'Light'}</span>
      </button>
    </header>
  );
}
