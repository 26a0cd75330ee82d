import { lazy, Suspense, useState } from 'react';
import { useLabStore } from '../store/store';

/** The dialog, the scenario codec and the QR encoder load on first use, never with the first screen. */
const ShareDialog = lazy(() => import('./ShareDialog'));

function ShareIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <circle cx="18" cy="5" r="3" />
      <circle cx="6" cy="12" r="3" />
      <circle cx="18" cy="19" r="3" />
      <path d="m8.6 13.5 6.8 4M15.4 6.5l-6.8 4" />
    </svg>
  );
}

/** Open a `.ec2lab.json` file (from the dialog's button or a drop on the canvas). */
export function openFile(file: File): void {
  void import('./open-file').then((m) => m.openScenarioFile(file));
}

/** The header's Share button and its dialog (link, QR code, file, embed). */
export function ShareButton({ className, compact = false }: { className: string; compact?: boolean }) {
  const [open, setOpen] = useState(false);
  const ready = useLabStore((s) => s.world !== null);
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={!ready}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title="Share this lab as a link, a QR code or a file"
        aria-label={compact ? 'Share' : undefined}
      >
        <ShareIcon />
        {!compact && <span>Share</span>}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog
            onClose={() => setOpen(false)}
            onOpenFile={(file) => {
              setOpen(false);
              openFile(file);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
