/**
 * Starting a lab without losing anything: the learner's own work is copied aside first (the "Back to your work"
 * mechanism of src/share/before-link.ts), and `#lab=<id>` links open a catalogue lab with the banner offering the
 * way back. An unknown id changes nothing and says so.
 */
import type { Lab } from '../labs/types';
import { useLinkStatus } from '../share/link-status';
import { loadLabPanel } from './LabSlots';
import { isBlankWorld } from '../store/blank-world';
import { labHistory, labStarted, type StartOptions } from '../store/lab-slice';
import { useLabStore, type LabState as StoreState } from '../store/store';

export { isBlankWorld };

/** What starting a lab now would put aside or end, in words for the confirmation (undefined: nothing to lose). */
export function workAtRisk(state: Pick<StoreState, 'world' | 'activeLab' | 'sessionLog'> = useLabStore.getState()):
  | { kind: 'lab'; title: string }
  | { kind: 'work' }
  | undefined {
  // A finished lab puts nothing at risk: it is done (and marked so); the next one simply starts.
  if (state.activeLab) {
    const unfinished = state.activeLab.finishedAt === undefined && labHistory(state).length > 0;
    return unfinished ? { kind: 'lab', title: state.activeLab.lab.title } : undefined;
  }
  if (!state.world || isBlankWorld(state.world)) return undefined;
  return { kind: 'work' };
}

/**
 * Start `lab`, keeping the learner's own work aside when there is some (not a lab's: that is the lab's start plus
 * practice, and keeping it would overwrite the learner's real work kept from before). Returns whether work is kept
 * aside now, so the caller can offer the way back.
 */
export async function beginLab(lab: Lab, options?: StartOptions): Promise<boolean> {
  const state = useLabStore.getState();
  // The panel's code too: it is drawn with the lab's start, not after it (a failed load leaves it to Suspense).
  const [before] = await Promise.all([import('../share/before-link'), loadLabPanel().catch(() => undefined)]);
  let keptAside = before.hasWorkAside();
  if (!state.activeLab && state.world && !isBlankWorld(state.world) && !state.embed) keptAside = before.keepWorkAside() || keptAside;
  state.dismissRefusal();
  state.startLab(lab, options);
  await labStarted();
  const world = useLabStore.getState().world;
  if (world) before.markOpened(world);
  return keptAside;
}

/** `#lab=<id>`: open a catalogue lab from a link. An unknown id leaves everything as it was and says so. */
export async function openLabLink(rawId: string): Promise<boolean> {
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    id = rawId;
  }
  let lab: Lab | undefined;
  try {
    await useLabStore.getState().loadEngine();
    const { labById } = await import('../labs/catalogue');
    lab = labById(id);
  } catch {
    useLinkStatus.getState().setStatus({
      kind: 'error',
      source: 'link',
      code: 'load-failed',
      message: 'The guided labs could not be loaded; check the connection and reload. Your work is unchanged.',
    });
    return false;
  }
  if (!lab) {
    const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
    useLinkStatus.getState().setStatus({
      kind: 'error',
      source: 'link',
      code: 'unknown-lab',
      message: `This link asks for a guided lab “${shown}” that this version of ec2-lab does not have. Your work is unchanged; open Labs to pick one.`,
    });
    return false;
  }
  const { announceOpened, mayOpenOverLab } = await import('../share/before-link');
  if (!(await mayOpenOverLab('link', `the guided lab “${lab.title}”`))) return false;
  const canGoBack = await beginLab(lab);
  announceOpened({ source: 'link', title: lab.title, canGoBack });
  return true;
}
