import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../scenario';
import { scenarioCarries } from '../scenario';
import { encodeWith, LINK_CHAT_LIMIT, scenarioOfLab, shareUrl } from './build-share';
import { QR_MAX_BYTES } from './qr-limits';
import { useShareBase } from './ShareAddress';

/**
 * The lab packed as a link for the Share dialog: the scenario (packed once, on open), encoded again with the title
 * and notes as they settle (deferred, so typing stays quick), and what follows from the link's length.
 */
export function useShareLink(title: string, notes: string) {
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
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

  const encoded = useMemo(
    () => (scenario ? encodeWith(scenario, deferredTitle, deferredNotes) : null),
    [scenario, deferredTitle, deferredNotes],
  );
  const fragment = encoded?.ok ? encoded.fragment : null;
  const base = useShareBase();
  const url = fragment ? shareUrl(fragment, base.base) : '';
  return {
    scenario,
    failure,
    encoded,
    fragment,
    base,
    url,
    /** The title or notes typed have not been packed yet. */
    settling: title !== deferredTitle || notes !== deferredNotes,
    deferredTitle,
    deferredNotes,
    tooLong: url.length > LINK_CHAT_LIMIT,
    fitsQr: !!url && url.length <= QR_MAX_BYTES,
    carries: scenario ? scenarioCarries(scenario) : null,
  };
}

export type ShareLink = ReturnType<typeof useShareLink>;
