import { useMemo, useSyncExternalStore } from 'react';
import { doneLabsSnapshot, parseDoneLabs, subscribeDoneLabs, type DoneLabs } from '../store/done-labs';

/** The done marks of this browser, kept in step with localStorage (and other tabs). */
export function useDoneLabs(): DoneLabs {
  const raw = useSyncExternalStore(subscribeDoneLabs, doneLabsSnapshot, () => '');
  return useMemo(() => parseDoneLabs(raw === '' ? null : raw), [raw]);
}
