import { useState, type ReactNode } from 'react';
import { AlertIcon, BackIcon, CloseIcon, LinkIcon, type IconProps } from '../ui/icons';
import { FollowBar } from './FollowBar';
import { useLinkStatus, type LinkStatus, type ShownWarning } from './link-status';

const WHAT: Record<'link' | 'file', string> = { link: 'link', file: 'file' };

const smallButton =
  'inline-flex items-center gap-1.5 rounded-lg border px-3 py-1.5 text-base font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';

/** The colours of one banner kind, spelled out whole so Tailwind sees every class. */
const TONES = {
  sky: {
    bar: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-50',
    icon: 'text-sky-700 dark:text-sky-300',
    dismiss: 'hover:bg-sky-100 dark:hover:bg-sky-900',
  },
  emerald: {
    bar: 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50',
    icon: 'text-emerald-700 dark:text-emerald-300',
    dismiss: 'hover:bg-emerald-100 dark:hover:bg-emerald-900',
  },
  red: {
    bar: 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50',
    icon: 'text-red-700 dark:text-red-300',
    dismiss: 'hover:bg-red-100 dark:hover:bg-red-900',
  },
} as const;

/**
 * One bar under the header: an optional icon, the message, then the actions (if any) and a Dismiss button.
 * With an icon the row aligns to the top (messages run to several lines); without, it is centred.
 */
function Banner(props: {
  tone: keyof typeof TONES;
  role: 'status' | 'alert';
  testId: string;
  icon?: (p: IconProps) => ReactNode;
  onDismiss: () => void;
  dismissTitle?: string;
  /** Buttons before Dismiss; when given (even as false), they and Dismiss stand together in one group. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const tone = TONES[props.tone];
  const dismiss = (
    <button
      type="button"
      onClick={props.onDismiss}
      aria-label="Dismiss"
      title={props.dismissTitle}
      className={`${smallButton} border-transparent px-2 ${tone.dismiss}`}
    >
      <CloseIcon className="size-4" />
    </button>
  );
  const Icon = props.icon;
  return (
    <div
      role={props.role}
      data-testid={props.testId}
      className={`flex shrink-0 ${Icon ? 'items-start' : 'items-center'} gap-3 border-b px-4 py-2.5 text-base ${tone.bar}`}
    >
      {Icon && <Icon className={`mt-0.5 size-5 shrink-0 ${tone.icon}`} />}
      {props.children}
      {props.actions !== undefined ? (
        <div className="flex shrink-0 gap-2">
          {props.actions}
          {dismiss}
        </div>
      ) : (
        dismiss
      )}
    </div>
  );
}

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

/** "Back to your work" (or to earlier work): brings the kept copy back; a refusal is shown through `onProblem`. */
function BackButton({ label, tone, onProblem }: { label: string; tone: string; onProblem: (text: string) => void }) {
  const goBack = async () => {
    const { backToWork } = await import('./before-link');
    const result = backToWork();
    if (!result.ok) onProblem(`${result.code}: ${result.message}`);
  };
  return (
    <button type="button" onClick={() => void goBack()} className={`${smallButton} bg-white ${tone}`}>
      <BackIcon className="size-4" />
      {label}
    </button>
  );
}

function Opened({ status, onClose }: { status: Extract<LinkStatus, { kind: 'opened' }>; onClose: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Banner
      tone="sky"
      role="status"
      testId="link-banner"
      icon={LinkIcon}
      onDismiss={onClose}
      dismissTitle="Dismiss (your previous work stays kept aside)"
      actions={
        status.canGoBack && (
          <BackButton
            label="Back to your work"
            tone="border-sky-400 text-sky-950 hover:bg-sky-100 dark:border-sky-700 dark:bg-sky-900 dark:text-sky-50 dark:hover:bg-sky-800"
            onProblem={setProblem}
          />
        )
      }
    >
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
    </Banner>
  );
}

/** What happened to the last link or file opened, then the follow-along bar when a link was opened at a step. */
export function LinkBanner() {
  return (
    <>
      <StatusBanner />
      <FollowBar />
    </>
  );
}

/** What happened to the last link or file opened: opened (with the way back), refused (with why), or restored. */
function StatusBanner() {
  const status = useLinkStatus((s) => s.status);
  const setStatus = useLinkStatus((s) => s.setStatus);
  const close = () => setStatus(null);
  if (!status) return null;
  if (status.kind === 'opened') return <Opened status={status} onClose={close} />;
  if (status.kind === 'back') {
    return (
      <Banner
        tone="emerald"
        role="status"
        testId="link-banner"
        onDismiss={close}
        actions={
          status.more && (
            <BackButton
              label="Back to earlier work"
              tone="border-emerald-500 text-emerald-950 hover:bg-emerald-100 dark:border-emerald-700 dark:bg-emerald-900 dark:text-emerald-50 dark:hover:bg-emerald-800"
              onProblem={(message) => setStatus({ kind: 'back', message })}
            />
          )
        }
      >
        <p className="min-w-0 flex-1">{status.message}</p>
      </Banner>
    );
  }
  return (
    <Banner tone="red" role="alert" testId="link-error" icon={AlertIcon} onDismiss={close}>
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">This {WHAT[status.source]} could not be opened.</strong>{' '}
        <code className="rounded bg-white/80 px-1.5 font-mono text-[0.95em] dark:bg-red-900">{status.code}</code>{' '}
        {status.message} Your own work is unchanged.
      </p>
    </Banner>
  );
}
