/**
 * Opening what a URL carries, once the engine has loaded, and again when the hash changes (a link pasted into the
 * address bar of an open tab). The hash decides by prefix; each branch lives in its owner's files and is loaded
 * lazily, so nothing here weighs on the first load:
 *
 * - `#s=1.…`     a shared scenario (src/share/open-scenario.ts), `&step=N` and `&present=1` to follow along at a step
 * - `#lab=<id>`  a guided lab from the catalogue (lab panel)
 * - `#labdoc=…`  an authored lab (lab authoring)
 * - `#course/<slug>` the course reader, on that heading (links on explanation cards and lab summaries)
 *
 * Opening never overwrites local work silently: the openers keep it aside first (src/share/before-link.ts) and the
 * banner offers "Back to your work". Outside embed mode the hash is cleared BEFORE the link is opened
 * (history.replaceState): a link is untrusted input, and one that is refused, or that froze the tab until it was
 * reloaded, must never open again by itself. `?embed=1` keeps it: an embed reopens its scenario on every load.
 */
import { useLinkStatus } from '../share/link-status';
import { useLabStore } from '../store/store';

/** The URL with this hash, or none (what stays in the address bar while and after a link is opened). */
function setHash(hash: string): void {
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  } catch {
    // some sandboxed frames refuse; the decoder's budgets still bound what a reopened link costs
  }
}

/** The opener for a hash, by prefix: loaded on demand, run, and never throwing. */
const OPENERS: { prefix: string; open: (hash: string) => Promise<unknown> }[] = [
  { prefix: 's=', open: async (hash) => (await import('../share/open-scenario')).openShareHash(hash) },
  { prefix: 'lab=', open: async (hash) => (await import('../labs-ui/open-lab')).openLabLink(hash.slice('lab='.length)) },
  { prefix: 'course/', open: async (hash) => useLabStore.getState().openCourse(hash.slice('course/'.length)) },
  { prefix: 'labdoc=', open: async (hash) => (await import('../labs-author/open-labdoc')).openLabDocText(hash, 'link') },
];

/**
 * Open what `location.hash` carries, if anything. The hash is cleared first (outside embeds), so a reload never
 * reopens a link, whatever happened while it opened. Only when the lab's own code fails to load (offline, a chunk
 * gone after a deploy) is it put back, so that the reload the message suggests opens it: the link never ran.
 */
async function openFromUrl(): Promise<void> {
  const hash = location.hash.replace(/^#/, '');
  const opener = OPENERS.find((o) => hash.startsWith(o.prefix));
  if (!opener) return;
  const embed = useLabStore.getState().embed;
  if (!embed) setHash('');
  try {
    await opener.open(hash);
  } catch {
    if (!embed && !location.hash) setHash(hash);
    useLinkStatus.getState().setStatus({
      kind: 'error',
      source: 'link',
      code: 'load-failed',
      message: 'The lab could not load what it needs to open this link; check the connection and reload the page.',
    });
  }
}

let initial: Promise<void> | undefined;

/** What the page was opened with, opened once the engine has loaded: once per page, whoever asks first. */
export function openInitialUrl(): Promise<void> {
  initial ??= useLabStore.getState().loadEngine().then(openFromUrl);
  return initial;
}

/** How long a lab link's first screen waits for the lab before it is drawn without it (a slow network). */
const FIRST_SCREEN_WAIT_MS = 2500;

/**
 * A page opened on a lab link (`#lab=<id>`) opens the lab before its first render, so that the first screen is the
 * lab's start with its panel, drawn, laid out and framed once — not the empty region first, replaced a moment later.
 * Resolves when the page may render: the lab opened (or was refused, or its code failed to load), the opener asks a
 * question (it needs the screen), or FIRST_SCREEN_WAIT_MS passed. Any other page renders at once.
 */
export function beforeFirstRender(hash: string): Promise<void> {
  if (!hash.startsWith('#lab=')) return Promise.resolve();
  let stop = () => {};
  const asked = new Promise<void>((resolve) => {
    stop = useLinkStatus.subscribe((s) => s.question && resolve());
  });
  const waited = new Promise<void>((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS));
  return Promise.race([openInitialUrl().catch(() => undefined), asked, waited]).finally(stop);
}

let watching = false;

/** Open links pasted into this tab's address bar (only the hash changes, so the page does not reload). */
export function watchUrl(): void {
  if (watching) return;
  watching = true;
  addEventListener('hashchange', () => void openFromUrl());
}
