import { Suspense } from 'react';
import { QrCode } from './LazyQrCode';
import { shortAddress } from './ShareAddress';

/** The QR code full screen for the projector, with the title and the short address under it. */
export function ShareQrFullScreen({ url, title, base, onClose }: { url: string; title: string; base: string; onClose: () => void }) {
  return (
    <div className="fixed inset-0 z-10 flex flex-col items-center justify-center gap-4 bg-white p-4" data-testid="share-qr-full">
      <Suspense fallback={null}>
        <QrCode text={url} className="size-[min(74vh,92vw)]" />
      </Suspense>
      <p className="max-w-[92vw] text-center text-slate-900" data-testid="share-qr-caption">
        {title && <span className="block text-3xl font-bold">{title}</span>}
        <span className="block font-mono text-2xl">{shortAddress(base)}</span>
      </p>
      <button
        type="button"
        autoFocus
        onClick={onClose}
        className="rounded-lg border border-slate-400 bg-white px-4 py-2 text-lg font-medium text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        Close full screen
      </button>
    </div>
  );
}
