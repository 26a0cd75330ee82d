import type { Ref } from 'react';
import { CopyField, FileOpenButton } from '../ui/form-parts';
import { button, card, hint, label, primary } from './ui';
import type { Notice } from './use-author-actions';

/** Sharing the lab: what is still needed, the link, the file, trying it now, importing a file, and the notice. */
export function ShareCard({
  ids,
  gaps,
  link,
  linkRef,
  notice,
  onLink,
  onFile,
  onTry,
  onImport,
}: {
  ids: string;
  gaps: readonly string[];
  link: string;
  linkRef: Ref<HTMLTextAreaElement>;
  notice: Notice;
  onLink: () => void;
  onFile: () => void;
  onTry: () => void;
  onImport: (file: File) => void;
}) {
  return (
    <section className={card} aria-labelledby={`${ids}-export`}>
      <h3 id={`${ids}-export`} className="text-lg font-bold">
        Share the lab
      </h3>
      {gaps.length > 0 && (
        <p className={`${hint} mt-1`} data-testid="author-missing">
          Still needed: {gaps.slice(0, 4).join(', ')}
          {gaps.length > 4 ? `, and ${gaps.length - 4} more` : ''}.
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={primary} onClick={onLink} disabled={gaps.length > 0}>
          Copy link
        </button>
        <button type="button" className={button} onClick={onFile} disabled={gaps.length > 0}>
          Download file
        </button>
        <button type="button" className={button} onClick={onTry} disabled={gaps.length > 0}>
          Try it now
        </button>
        <FileOpenButton className={button} inputClassName="sr-only" focusableInput={false} inputLabel="Lab file to import" testId="author-import" onFile={onImport}>
          Import a file…
        </FileOpenButton>
      </div>
      {link && (
        <div className="mt-3">
          <label htmlFor={`${ids}-link`} className={label}>
            Link ({link.length.toLocaleString('en-US')} characters)
          </label>
          <CopyField ref={linkRef} id={`${ids}-link`} value={link} testId="author-link" />
        </div>
      )}
      <p
        aria-live="polite"
        data-testid="author-notice"
        className={`mt-2 min-h-6 text-base font-medium ${notice?.kind === 'error' ? 'text-red-800 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300'}`}
      >
        {notice?.text}
      </p>
    </section>
  );
}
