/**
 * Opening what a URL carries, once the engine has loaded, and again when the hash changes (a link pasted into the
 * address bar of an open tab). The hash decides by prefix; each branch lives in its owner's files and is loaded
 * lazily, so nothing here weighs on the first load:
 *
 * - `#s=1.…`     a shared scenario (src/share/open-scenario.ts)
 * - `#lab=<id>`  a guided lab from the catalogue (lab panel)
 * - `#labdoc=…`  an authored lab (lab authoring)
 * - `#course/<slug>` the course reader, on that heading (links on explanation cards and lab summaries)
 *
 * Opening never overwrites local work silently: the openers keep it aside first (src/share/before-link.ts) and the
 * banner offers "Back to your work". Outside embed mode the hash is cleared once the link is handled
 * (history.replaceState), so a reload shows the learner's later work instead of opening the link over it again.
 * `?embed=1` keeps it: an embed reopens its scenario on every load.
 */
import { useLinkStatus } from '../share/link-status';
import { useLabStore } from '../store/store';

/** The URL without its hash (what stays in the address bar after a link is opened). */
function clearHash(): void {
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  } catch {
    // some sandboxed frames refuse; the link then reopens on reload, which is harmless
  }
}

/** The opener for a hash, by prefix: loaded on demand, run, and never throwing. */
const OPENERS: { prefix: string; open: (hash: string) => Promise<unknown> }[] = [
  { prefix: 's=', open: async (hash) => (await import('../share/open-scenario')).openScenarioText(hash, 'link') },
  { prefix: 'lab=', open: async (hash) => (await import('../labs-ui/open-lab')).openLabLink(hash.slice('lab='.length)) },
  { prefix: 'course/', open: async (hash) => useLabStore.getState().openCourse(hash.slice('course/'.length)) },
  { prefix: 'labdoc=', open: async (hash) => (await import('../labs-author/open-labdoc')).openLabDocText(hash, 'link') },
];

/**
 * Open what `location.hash` carries, if anything. The hash is cleared once the opener is done (opened or refused
 * with a message), not before: if loading the opener fails (offline, a chunk gone after a deploy) the link is still
 * in the address bar, so the reload the message suggests opens it.
 */
export async function openFromUrl(): Promise<void> {
  const hash = location.hash.replace(/^#/, '');
  const opener = OPENERS.find((o) => hash.startsWith(o.prefix));
  if (!opener) return;
  const embed = useLabStore.getState().embed;
  try {
    await opener.open(hash);
  } catch {
    useLinkStatus.getState().setStatus({
      kind: 'error',
      source: 'link',
      code: 'load-failed',
      message: 'The lab could not load what it needs to open this link; check the connection and reload the page.',
    });
    return;
  }
  if (!embed && location.hash.replace(/^#/, '') === hash) clearHash();
}

let watching = false;

/** Open links pasted into this tab's address bar (only the hash changes, so the page does not reload). */
export function watchUrl(): void {
  if (watching) return;
  watching = true;
  addEventListener('hashchange', () => void openFromUrl());
}
