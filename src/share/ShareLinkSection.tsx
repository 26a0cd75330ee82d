import { useRef } from 'react';
import { copyText } from '../ui/clipboard';
import { CopyField } from '../ui/form-parts';
import { label, primary } from '../ui/form-styles';
import { ShareAddressNote } from './ShareAddress';
import { StepLink } from './StepLink';
import type { ShareLink } from './use-share-link';

const CARRIES: Record<NonNullable<ShareLink['carries']>, string> = {
  log: 'the action log: it replays step by step from a fresh region',
  snapshot: 'a snapshot of the world',
  both: 'a snapshot and the steps taken after it',
};

/** The link itself: its field, "Copy link", its length and what it carries, a step link, and why it may not work. */
export function ShareLinkSection({
  ids,
  link,
  copied,
  onCopied,
  followedStep,
}: {
  ids: string;
  link: ShareLink;
  copied: string;
  onCopied: (message: string) => void;
  followedStep: number | undefined;
}) {
  const linkRef = useRef<HTMLTextAreaElement>(null);
  const { url, scenario, failure, encoded, carries } = link;
  return (
    <div>
      <label htmlFor={`${ids}-link`} className={label}>
        Link
      </label>
      <CopyField
        ref={linkRef}
        id={`${ids}-link`}
        value={failure ? '' : url || 'Packing the lab…'}
        busy={!url || link.settling}
        testId="share-link"
      />
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
        <button type="button" className={primary} disabled={!url} onClick={() => void copyText(url, linkRef.current).then(onCopied)}>
          Copy link
        </button>
        <p className="text-base text-slate-700 dark:text-slate-300" data-testid="share-facts">
          {url && (
            <>
              <span data-testid="share-length">{url.length.toLocaleString('en-US')} characters</span>
              {carries && <> · carries {CARRIES[carries]}</>}
            </>
          )}
        </p>
      </div>
      {url && scenario && scenario.log.length > 0 && (
        <StepLink url={url} total={scenario.log.length} initialStep={followedStep ?? scenario.log.length} onCopied={onCopied} />
      )}
      <ShareAddressNote base={link.base} />
      <p aria-live="polite" className="mt-1 text-base font-medium text-emerald-800 dark:text-emerald-300">
        {copied}
      </p>
      {failure && (
        <p role="alert" className="font-medium text-red-800 dark:text-red-300">
          {failure}
        </p>
      )}
      {encoded && !encoded.ok && (
        <p role="alert" className="font-medium text-red-800 dark:text-red-300">
          <code className="font-mono">{encoded.code}</code>: {encoded.message}
        </p>
      )}
      {link.tooLong && (
        <p
          role="note"
          data-testid="share-too-long"
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-base text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          This link is too long for chat apps and for a QR code. Share the file instead: download it and send it, or
          upload it to your course page.
        </p>
      )}
    </div>
  );
}
