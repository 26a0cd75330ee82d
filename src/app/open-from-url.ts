/**
 * Opening what a URL carries, once the engine has loaded, and again when the hash changes (a link pasted into the
 * address bar of an open tab). The hash decides by prefix; each branch lives in its owner's files and is loaded
 * lazily, so nothing here weighs on the first load:
 *
 * - `#s=1.…`     a shared scenario (src/share/open-scenario.ts)
 * - `#lab=<id>`  a guided lab from the catalogue (lab panel)
 * - `#labdoc=…`  an authored lab (lab authoring)
 *
 * Opening never overwrites local work silently: the openers keep it aside first (src/share/before-link.ts) and the
 * banner offers "Back to your work". Outside embed mode the hash is cleared once read (history.replaceState), so a
 * reload shows the learner's later work instead of opening the link over it again. `?embed=1` keeps it: an embed
 * reopens its scenario on every load.
 */
import { useLabStore } from '../store/store';

/** The URL without its hash (what stays in the address bar after a link is opened). */
function clearHash(): void {
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  } catch {
    // some sandboxed frames refuse; the link then reopens on reload, which is harmless
  }
}

/** Open what `location.hash` carries, if anything. */
export async function openFromUrl(): Promise<void> {
  const hash = location.hash.replace(/^#/, '');
  if (!hash) return;
  const embed = useLabStore.getState().embed;

  if (hash.startsWith('s=')) {
    if (!embed) clearHash();
    const { openScenarioText } = await import('../share/open-scenario');
    await openScenarioText(hash, 'link');
    return;
  }
  if (hash.startsWith('lab=')) {
    if (!embed) clearHash();
    const { openLabLink } = await import('../labs-ui/open-lab');
    await openLabLink(hash.slice('lab='.length));
    return;
  }
  if (hash.startsWith('labdoc=')) {
    if (!embed) clearHash();
    const { openLabDocText } = await import('../labs-author/open-labdoc');
    await openLabDocText(hash, 'link');
    return;
  }
}

let watching = false;

/** Open links pasted into this tab's address bar (only the hash changes, so the page does not reload). */
export function watchUrl(): void {
  if (watching) return;
  watching = true;
  addEventListener('hashchange', () => void openFromUrl());
}
