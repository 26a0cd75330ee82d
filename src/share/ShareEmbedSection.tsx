import { useRef } from 'react';
import { copyText } from '../ui/clipboard';
import { CopyField } from '../ui/form-parts';
import { button } from '../ui/form-styles';
import { embedSnippet } from './build-share';

/** "Embed in a course page or slides": the read-only embed's snippet and its copy button. */
export function ShareEmbedSection({
  ids,
  fragment,
  title,
  base,
  onCopied,
}: {
  ids: string;
  fragment: string | null;
  title: string;
  base: string;
  onCopied: (message: string) => void;
}) {
  const embedRef = useRef<HTMLTextAreaElement>(null);
  return (
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
      <CopyField ref={embedRef} id={`${ids}-embed`} value={fragment ? embedSnippet(fragment, title, base) : ''} className="mt-2" />
      <button
        type="button"
        className={`${button} mt-2`}
        disabled={!fragment}
        onClick={() => void copyText(fragment ? embedSnippet(fragment, title, base) : '', embedRef.current).then(onCopied)}
      >
        Copy embed code
      </button>
    </details>
  );
}
