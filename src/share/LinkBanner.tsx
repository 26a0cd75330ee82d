import { useState } from 'react';
import { AlertIcon, BackIcon, CloseIcon, LinkIcon } from '../app/icons';
import { useLinkStatus, type LinkStatus, type ShownWarning } from './link-status';

const WHAT: Record<'link' | 'file', string> = { link: 'link', file: 'file' };

const smallButton =
  'inline-flex items-center gap-1.5 rounded-lg border px-3 py-1.5 text-base font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';


function Warnings({ warnings }: { warnings: ShownWarning[] }) {
  const steps = warnings.filter((w) => w.code === 'step-refused' || w.code === 'step-accepted').length;
  const summary =
    steps > 0
      ? `${steps} ${steps === 1 ? 'step' : 'steps'} of the link no longer ${steps === 1 ? 'applies' : 'apply'} as recorded`
      : `${warnings.length} ${warnings.length === 1 ? 'thing was' : 'things were'} adjusted while opening`;
  return (
    <details className="mt-1" data-testid="link-warnings">
      <summary className="cursor-pointer rounded font-medium underline decoration-dotted underline-offset-4 focus-visible:outline-2 focus-visible:outline-sky-600">
        {summary}
      </summary>
      <ul className="mt-1 list-disc space-y-0.5 pl-6">
        {warnings.map((w, i) => (
          <li key={i}>{w.message}</li>
        ))}
      </ul>
    </details>
  );
}

function Opened({ status, onClose }: { status: Extract<LinkStatus, { kind: 'opened' }>; onClose: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const goBack = async () => {
    const { backToWork } = await import('./before-link');
    const result = backToWork();
    if (!result.ok) setProblem(`${result.code}: ${result.message}`);
  };
  return (
    <div
      role="status"
      data-testid="link-banner"
      className="flex shrink-0 items-start gap-3 border-b border-sky-300 bg-sky-50 px-4 py-2.5 text-base text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-50"
    >
      <LinkIcon className="mt-0.5 size-5 shrink-0 text-sky-700 dark:text-sky-300" />
      <div className="max-h-[38vh] min-w-0 flex-1 overflow-y-auto">
        <p>
          <strong className="font-semibold">
            Opened {status.title ? <>“{status.title}”</> : 'a shared lab'} from a {WHAT[status.source]}.
          </strong>{' '}
          {status.canGoBack ? 'Your previous work is kept aside in this browser.' : ''}
          {status.labMissing && <> Its guided lab “{status.labMissing}” is not in this version of the lab.</>}
        </p>
        {status.notes && (
          <p data-testid="link-notes" className="mt-1 whitespace-pre-wrap text-sky-900 dark:text-sky-100">
            {status.notes}
          </p>
        )}
        {status.warnings.length > 0 && <Warnings warnings={status.warnings} />}
        {problem && (
          <p role="alert" className="mt-1 font-medium text-red-800 dark:text-red-300">
            {problem}
          </p>
        )}
      </div>
      <div className="flex shrink-0 gap-2">
        {status.canGoBack && (
          <button
            type="button"
            onClick={() => void goBack()}
            className={`${smallButton} border-sky-400 bg-white text-sky-950 hover:bg-sky-100 dark:border-sky-700 dark:bg-sky-900 dark:text-sky-50 dark:hover:bg-sky-800`}
          >
            <BackIcon className="size-4" />
            Back to your work
          </button>
        )}
        <button
          type="button"
          onClick={onClose}
          aria-label="Dismiss"
          title="Dismiss (your previous work stays kept aside)"
          className={`${smallButton} border-transparent px-2 hover:bg-sky-100 dark:hover:bg-sky-900`}
        >
          <CloseIcon className="size-4" />
        </button>
      </div>
    </div>
  );
}

/** What happened to the last link or file opened: opened (with the way back), refused (with why), or restored. */
export function LinkBanner() {
  const status = useLinkStatus((s) => s.status);
  const setStatus = useLinkStatus((s) => s.setStatus);
  const close = () => setStatus(null);
  if (!status) return null;
  if (status.kind === 'opened') return <Opened status={status} onClose={close} />;
  if (status.kind === 'back') {
    return (
      <div
        role="status"
        data-testid="link-banner"
        className="flex shrink-0 items-center gap-3 border-b border-emerald-300 bg-emerald-50 px-4 py-2.5 text-base text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50"
      >
        <p className="min-w-0 flex-1">{status.message}</p>
        <button
          type="button"
          onClick={close}
          aria-label="Dismiss"
          className={`${smallButton} border-transparent px-2 hover:bg-emerald-100 dark:hover:bg-emerald-900`}
        >
          <CloseIcon className="size-4" />
        </button>
      </div>
    );
  }
  return (
    <div
      role="alert"
      data-testid="link-error"
      className="flex shrink-0 items-start gap-3 border-b border-red-300 bg-red-50 px-4 py-2.5 text-base text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <AlertIcon className="mt-0.5 size-5 shrink-0 text-red-700 dark:text-red-300" />
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">This {WHAT[status.source]} could not be opened.</strong>{' '}
        <code className="rounded bg-white/80 px-1.5 font-mono text-[0.95em] dark:bg-red-900">{status.code}</code>{' '}
        {status.message} Your own work is unchanged.
      </p>
      <button
        type="button"
        onClick={close}
        aria-label="Dismiss"
        className={`${smallButton} border-transparent px-2 hover:bg-red-100 dark:hover:bg-red-900`}
      >
        <CloseIcon className="size-4" />
      </button>
    </div>
  );
}
