/**
 * Opening an authored lab (a `#labdoc=1.…` link, or "Try it now" in the builder): the learner's work is kept aside
 * first (src/share/before-link.ts, "Back to your work"), then the lab starts on its own world through the lab
 * slice's `startLab(lab, { world })` (via the lab panel's beginLab). A link that does not open changes nothing: the banner shows its error code and
 * one sentence. Loaded lazily.
 */
import type { OpenedLab } from '../labs/authoring';
import { announceOpened, mayOpenOverLab } from '../share/before-link';
import { useLinkStatus, type OpenSource } from '../share/link-status';
import { useLabStore } from '../store/store';

export type OpenLabResult = { ok: true } | { ok: false; code: string; message: string };

function report(source: OpenSource, code: string, message: string): OpenLabResult {
  useLinkStatus.getState().setStatus({ kind: 'error', source, code, message });
  return { ok: false, code, message };
}

/**
 * Start a decoded authored lab over the current work, through the lab panel's `beginLab` (which keeps the learner's
 * own work aside first, not a lab's practice), then say so in the banner with the way back.
 */
export async function startAuthoredLab(opened: Extract<OpenedLab, { ok: true }>, source: OpenSource): Promise<OpenLabResult> {
  if (!(await mayOpenOverLab(source, `the guided lab “${opened.lab.title}”`))) {
    return { ok: false, code: 'stayed-in-lab', message: 'You chose to stay in your guided lab, so nothing was opened.' };
  }
  const state = useLabStore.getState();
  state.select(null);
  const [{ beginLab }, { encodeAuthoredLab }] = await Promise.all([import('../labs-ui/open-lab'), import('../labs/authoring')]);
  // The link is kept with the active lab so that a reload can rebuild the lab (its goals are code, not data). A lab
  // too large for a link (opened from a file) still runs; only a reload then loses its panel.
  let labdoc: string | undefined;
  try {
    labdoc = encodeAuthoredLab(opened.doc);
  } catch {
    labdoc = undefined;
  }
  const layout = opened.layout ?? { positions: {}, lens: 'network' as const };
  const canGoBack = await beginLab(opened.lab, { world: opened.world, refs: opened.refs, layout, ...(labdoc ? { labdoc } : {}) });
  useLinkStatus.getState().setMeta({ title: opened.lab.title, notes: '' });
  announceOpened({ source, title: opened.lab.title, canGoBack });
  return { ok: true };
}

/** Decode `text` (`labdoc=1.…`, with or without `#`, or a whole URL) and start the lab. Never throws. */
export async function openLabDocText(text: string, source: OpenSource = 'link'): Promise<OpenLabResult> {
  let opened: OpenedLab;
  try {
    const [{ decodeLabOffThread }] = await Promise.all([import('../share/decode-client'), useLabStore.getState().loadEngine()]);
    opened = await decodeLabOffThread('lab-link', text);
  } catch {
    return report(source, 'load-failed', 'The lab could not load what it needs to open this; check the connection and reload.');
  }
  if (!opened.ok) return report(source, opened.error.code, opened.error.message);
  return startAuthoredLab(opened, source);
}
