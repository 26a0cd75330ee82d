import { Suspense } from 'react';
import { FileOpenButton } from '../ui/form-parts';
import { button, primary } from '../ui/form-styles';
import { FILE_EXTENSION } from './files';
import { QrCode } from './LazyQrCode';

/** The Share dialog's side column: the QR code (or why there is none) and the lab as a file to download or open. */
export function ShareQrAndFile({
  ids,
  url,
  fitsQr,
  tooLong,
  canDownload,
  onDownload,
  onBigQr,
  onOpenFile,
}: {
  ids: string;
  url: string;
  fitsQr: boolean;
  tooLong: boolean;
  canDownload: boolean;
  onDownload: () => void;
  onBigQr: () => void;
  onOpenFile: (file: File) => void;
}) {
  return (
    <div className="flex flex-col items-center gap-2 md:w-72">
      <h3 className="self-start text-lg font-semibold">QR code</h3>
      {fitsQr ? (
        <>
          <Suspense fallback={<div className="size-72 rounded-lg bg-slate-100 dark:bg-slate-800" />}>
            <QrCode text={url} className="size-72 rounded-lg border border-slate-300 dark:border-slate-600" />
          </Suspense>
          <button type="button" className={button} onClick={onBigQr}>
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
          <button type="button" className={tooLong ? primary : button} disabled={!canDownload} onClick={onDownload}>
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
        <p className="mt-2 text-base text-slate-600 dark:text-slate-400">You can also drop an {FILE_EXTENSION} file on the canvas.</p>
      </section>
    </div>
  );
}
