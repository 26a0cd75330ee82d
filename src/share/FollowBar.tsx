import { useState } from 'react';
import { BackIcon, CloseIcon } from '../ui/icons';
import { useLabStore } from '../store/store';
import { useFollow } from './follow-status';

const button =
  'inline-flex min-h-10 items-center gap-1.5 rounded-lg border border-violet-400 bg-white px-3 py-1.5 text-base font-medium text-violet-950 hover:bg-violet-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-violet-700 dark:bg-violet-900 dark:text-violet-50 dark:hover:bg-violet-800';

/**
 * Following a link at a step (`&step=N`): where the student is in the teacher's log, whether they have branched,
 * and the way back to exactly step N ("Back to step N") or on to the teacher's next step.
 */
export function FollowBar() {
  const following = useFollow((s) => s.following);
  const setFollowing = useFollow((s) => s.setFollowing);
  const log = useLabStore((s) => s.sessionLog);
  const [problem, setProblem] = useState<string | null>(null);
  if (!following) return null;
  const total = following.entries.length;
  const branched =
    !log || log.base !== following.base || log.entries.length !== following.step || log.entries.some((e, i) => e !== following.entries[i]);
  const own = log && log.base === following.base ? Math.max(0, log.entries.length - following.step) : 0;
  const go = (step: number) =>
    void import('./follow-open')
      .then((m) => m.goToFollowedStep(step))
      .catch(() => setProblem('load-failed: the lab could not load what it needs; check the connection and reload.'));
  return (
    <div
      role="status"
      data-testid="follow-bar"
      className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-2 border-b border-violet-300 bg-violet-50 px-4 py-2.5 text-base text-violet-950 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-50"
    >
      <div className="min-w-0 flex-1 basis-64">
        <p>
          <strong className="font-semibold" data-testid="follow-step">
            Following {following.title ? <>“{following.title}”</> : 'a shared lab'} at step {following.step} of {total}.
          </strong>{' '}
          {branched
            ? own > 0
              ? `You have taken ${own} step${own === 1 ? '' : 's'} of your own from here; the shared link is unchanged.`
              : 'You have changed the lab from here; the shared link is unchanged.'
            : 'Try things from here: your changes start your own log, and the shared link stays as it is.'}
        </p>
        {following.problem && (
          <p className="mt-1 text-violet-900 dark:text-violet-200" data-testid="follow-problem">
            <code className="rounded bg-white/80 px-1.5 font-mono text-[0.95em] dark:bg-violet-900">{following.problem.code}</code>{' '}
            {following.problem.message}
          </p>
        )}
        {problem && (
          <p role="alert" className="mt-1 font-medium text-red-800 dark:text-red-300">
            {problem}
          </p>
        )}
      </div>
      <div className="flex min-w-0 flex-wrap gap-2">
        <button type="button" className={button} onClick={() => go(following.step)} disabled={!branched} data-testid="follow-back">
          <BackIcon className="size-4" />
          Back to step {following.step}
        </button>
        {following.step < total && (
          <button type="button" className={button} onClick={() => go(following.step + 1)} title="The shared log's next step (your own changes are left)">
            Step {following.step + 1} →
          </button>
        )}
        <button
          type="button"
          onClick={() => setFollowing(null)}
          aria-label="Stop following"
          title="Stop following (the lab stays as it is)"
          className="inline-flex items-center rounded-lg px-2 hover:bg-violet-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-violet-900"
        >
          <CloseIcon className="size-4" />
        </button>
      </div>
    </div>
  );
}
