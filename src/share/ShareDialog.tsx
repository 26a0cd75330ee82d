import { lazy, Suspense, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { copyText } from '../ui/clipboard';
import { CopyField, FileOpenButton } from '../ui/form-parts';
import { button, field, label, primary } from '../ui/form-styles';
import { DialogCloseButton, ModalDialog, modalFrame } from '../ui/ModalDialog';
import type { Scenario } from '../scenario';
import { LIMITS } from '../scenario/limits';
import { scenarioCarries } from '../scenario';
import { embedSnippet, encodeWith, LINK_CHAT_LIMIT, scenarioOfLab, shareUrl } from './build-share';
import { downloadText, FILE_EXTENSION, scenarioFileName, scenarioFileText } from './files';
import { useFollow } from './follow-status';
import { useLinkStatus } from './link-status';
import { StepLink } from './StepLink';
import { QR_MAX_BYTES } from './qr-limits';
import { ShareAddressNote, shortAddress, useShareBase } from './ShareAddress';

const QrCode = lazy(() => import('./QrCode'));

const CARRIES: Record<ReturnType<typeof scenarioCarries>, string> = {
  log: 'the action log: it replays step by step from a fresh region',
  snapshot: 'a snapshot of the world',
  both: 'a snapshot and the steps taken after it',
};

/**
 * The Share dialog: a link (with title and notes), its length and what it carries, a QR code for the projector, the
 * same scenario as a `.ec2lab.json` file, and an embed snippet. A native modal <dialog>; loaded on first use.
 */
export default function ShareDialog({ onClose, onOpenFile }: { onClose: () => void; onOpenFile: (file: File) => void }) {
  const linkRef = useRef<HTMLTextAreaElement>(null);
  const embedRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const meta = useLinkStatus.getState();
  const setMeta = useLinkStatus((s) => s.setMeta);
  const [title, setTitle] = useState(meta.title);
  const [notes, setNotes] = useState(meta.notes);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const [bigQr, setBigQr] = useState(false);
  const followedStep = useFollow.getState().following?.step;
  const deferredTitle = useDeferredValue(title);
  const deferredNotes = useDeferredValue(notes);

  useEffect(() => {
    let live = true;
    scenarioOfLab().then(
      (s) => live && setScenario(s),
      () => live && setFailure('share-failed: The lab could not be packed into a link.'),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => setMeta({ title, notes }), [title, notes, setMeta]);
  useEffect(() => setCopied(''), [deferredTitle, deferredNotes]);

  const encoded = useMemo(
    () => (scenario ? encodeWith(scenario, deferredTitle, deferredNotes) : null),
    [scenario, deferredTitle, deferredNotes],
  );
  const fragment = encoded?.ok ? encoded.fragment : null;
  const base = useShareBase();
  const url = fragment ? shareUrl(fragment, base.base) : '';
  const tooLong = url.length > LINK_CHAT_LIMIT;
  const fitsQr = !!url && url.length <= QR_MAX_BYTES;
  const carries = scenario ? scenarioCarries(scenario) : null;

  const downloadFile = () => {
    if (!fragment) return;
    downloadText(scenarioFileText(fragment, title, new Date().toISOString()), scenarioFileName(title));
  };

  return (
    <ModalDialog
      labelledBy={`${ids}-title`}
      testId="share-dialog"
      onCancel={() => (bigQr ? setBigQr(false) : onClose())}
      onBackdrop={onClose}
      className={`${modalFrame} max-h-[94vh] w-[min(64rem,96vw)]`}
    >
      <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-5 py-3 dark:border-slate-700">
        <h2 id={`${ids}-title`} className="text-xl font-bold">
          Share this lab
        </h2>
        <DialogCloseButton onClose={onClose} label="Close" className={button} />
      </div>

      <div className="grid gap-6 px-5 py-4 md:grid-cols-[minmax(0,1fr)_auto]">
        <div className="flex min-w-0 flex-col gap-4">
          <div>
            <label htmlFor={`${ids}-name`} className={label}>
              Title
            </label>
            <input
              id={`${ids}-name`}
              className={field}
              value={title}
              maxLength={LIMITS.maxTitleLength}
              placeholder="e.g. Two AZs, one public subnet each"
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div>
            <label htmlFor={`${ids}-notes`} className={label}>
              Notes <span className="font-normal text-slate-600 dark:text-slate-400">(shown when the link opens)</span>
            </label>
            <textarea
              id={`${ids}-notes`}
              className={`${field} min-h-20`}
              rows={2}
              value={notes}
              maxLength={LIMITS.maxNotesLength}
              placeholder="What to look at, what to try next…"
              onChange={(e) => setNotes(e.target.value)}
            />
          </div>

          <div>
            <label htmlFor={`${ids}-link`} className={label}>
              Link
            </label>
            <CopyField
              ref={linkRef}
              id={`${ids}-link`}
              value={failure ? '' : url || 'Packing the lab…'}
              busy={!url || title !== deferredTitle || notes !== deferredNotes}
              testId="share-link"
            />
            <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
              <button
                type="button"
                className={primary}
                disabled={!url}
                onClick={() => void copyText(url, linkRef.current).then(setCopied)}
              >
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
              <StepLink url={url} total={scenario.log.length} initialStep={followedStep ?? scenario.log.length} onCopied={setCopied} />
            )}
            <ShareAddressNote base={base} />
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
            {tooLong && (
              <p
                role="note"
                data-testid="share-too-long"
                className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-base text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
              >
                This link is too long for chat apps and for a QR code. Share the file instead: download it and send it,
                or upload it to your course page.
              </p>
            )}
          </div>

          <details className="border-t border-slate-200 pt-4 dark:border-slate-700">
            <summary className="cursor-pointer rounded text-lg font-semibold focus-visible:outline-2 focus-visible:outline-sky-600">
              Embed in a course page or slides
            </summary>
            <p className="mt-2 text-base text-slate-700 dark:text-slate-300">
              A read-only view of this lab (pan and zoom only) with a link to open it here.
            </p>
            <label htmlFor={`${ids}-embed`} className="sr-only">
              Embed code
            </label>
            <CopyField
              ref={embedRef}
              id={`${ids}-embed`}
              value={fragment ? embedSnippet(fragment, title, base.base) : ''}
              className="mt-2"
            />
            <button
              type="button"
              className={`${button} mt-2`}
              disabled={!fragment}
              onClick={() => void copyText(fragment ? embedSnippet(fragment, title, base.base) : '', embedRef.current).then(setCopied)}
            >
              Copy embed code
            </button>
          </details>
        </div>

        <div className="flex flex-col items-center gap-2 md:w-72">
          <h3 className="self-start text-lg font-semibold">QR code</h3>
          {fitsQr ? (
            <>
              <Suspense fallback={<div className="size-72 rounded-lg bg-slate-100 dark:bg-slate-800" />}>
                <QrCode text={url} className="size-72 rounded-lg border border-slate-300 dark:border-slate-600" />
              </Suspense>
              <button type="button" className={button} onClick={() => setBigQr(true)}>
                Show full screen
              </button>
            </>
          ) : (
            <p className="text-base text-slate-700 dark:text-slate-300" data-testid="share-no-qr">
              {url ? 'This link is too long for a QR code; share the file instead.' : 'Packing the lab…'}
            </p>
          )}
          <section aria-labelledby={`${ids}-files`} className="w-full border-t border-slate-200 pt-4 dark:border-slate-700">
            <h3 id={`${ids}-files`} className="mb-2 text-lg font-semibold">
              File
            </h3>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={tooLong ? primary : button} disabled={!fragment} onClick={downloadFile}>
                Download {FILE_EXTENSION}
              </button>
              <FileOpenButton
                className={button}
                inputClassName="hidden"
                inputLabel="Open an ec2-lab file"
                testId="share-file-input"
                onFile={onOpenFile}
              >
                Open a file…
              </FileOpenButton>
            </div>
            <p className="mt-2 text-base text-slate-600 dark:text-slate-400">
              You can also drop an {FILE_EXTENSION} file on the canvas.
            </p>
          </section>
        </div>
      </div>

      {bigQr && fitsQr && (
        <div
          className="fixed inset-0 z-10 flex flex-col items-center justify-center gap-4 bg-white p-4"
          data-testid="share-qr-full"
        >
          <Suspense fallback={null}>
            <QrCode text={url} className="size-[min(74vh,92vw)]" />
          </Suspense>
          <p className="max-w-[92vw] text-center text-slate-900" data-testid="share-qr-caption">
            {title && <span className="block text-3xl font-bold">{title}</span>}
            <span className="block font-mono text-2xl">{shortAddress(base.base)}</span>
          </p>
          <button
            type="button"
            autoFocus
            onClick={() => setBigQr(false)}
            className="rounded-lg border border-slate-400 bg-white px-4 py-2 text-lg font-medium text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
          >
            Close full screen
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
