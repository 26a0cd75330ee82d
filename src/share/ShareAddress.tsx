import { useEffect, useState } from 'react';
import { pageBase, shareBase, type ShareBase } from './classroom-address';

/** Where this dialog's links point: the page's address at once, the classroom server's once it has answered. */
export function useShareBase(): ShareBase {
  const [base, setBase] = useState<ShareBase>(() => pageBase());
  useEffect(() => {
    let live = true;
    void shareBase().then((b) => live && setBase(b));
    return () => {
      live = false;
    };
  }, []);
  return base;
}

/** What the address means for the room: a warning when only this computer can open it. */
export function ShareAddressNote({ base }: { base: ShareBase }) {
  if (base.classroom) {
    return (
      <p className="mt-1 text-base text-slate-700 dark:text-slate-300" data-testid="share-address">
        Links use the classroom address <span className="font-mono">{shortAddress(base.base)}</span>, which devices on
        this network can open.
      </p>
    );
  }
  if (!base.localOnly) return null;
  return (
    <p
      role="note"
      className="mt-2 rounded-lg border border-amber-400 bg-amber-50 px-3 py-2 text-base text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100"
      data-testid="share-address-warning"
    >
      This link starts with <span className="font-mono">{shortAddress(base.base)}</span>, which only this computer can
      open: students&apos; phones cannot. To teach a room, run <code className="font-mono">npm run classroom</code> and
      share from the network address it prints.
    </p>
  );
}

/** An address as a person reads it aloud: no scheme, no trailing slash. */
export function shortAddress(base: string): string {
  return base.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
