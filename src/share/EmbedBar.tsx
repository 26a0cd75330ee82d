import { useEffect, useState } from 'react';
import { Logo } from '../ui/Logo';
import { useLinkStatus } from './link-status';

/**
 * The address of this scenario in the full lab: the page the embed entry sits in (or this page without `?embed=1`),
 * same hash, and no query at all: a hostile embed must not pass anything but the scenario to the full lab.
 */
function fullLabUrl(): string {
  const page = /\/embed\/(index\.html)?$/.test(location.pathname) ? new URL('../', location.href).pathname : location.pathname;
  return `${location.origin}${page}${location.hash}`;
}

/**
 * Embed mode's only chrome: the lab's title and a link that opens it in the full lab (a new tab: an iframe in a
 * course page must not navigate the page). Errors opening the link are shown by the banner.
 */
export function EmbedBar() {
  const title = useLinkStatus((s) => s.title);
  const [href, setHref] = useState(fullLabUrl);
  useEffect(() => {
    const update = () => setHref(fullLabUrl());
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return (
    <div className="pointer-events-none absolute inset-x-0 top-0 z-10 flex items-start justify-between gap-3 p-3">
      <p className="pointer-events-auto flex min-w-0 items-center gap-2 rounded-lg border border-slate-300 bg-white/95 px-3 py-1.5 text-base font-semibold text-slate-900 shadow-sm dark:border-slate-600 dark:bg-slate-900/95 dark:text-white">
        <Logo className="size-6 shrink-0" />
        <span className="truncate" data-testid="embed-title">
          {title || 'ec2-lab'}
        </span>
        <span className="shrink-0 font-normal text-slate-600 dark:text-slate-300">· read-only</span>
      </p>
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        className="pointer-events-auto shrink-0 rounded-lg bg-sky-700 px-3 py-1.5 text-base font-semibold text-white shadow-sm hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400"
      >
        Open in ec2-lab <span aria-hidden="true">↗</span>
      </a>
    </div>
  );
}
