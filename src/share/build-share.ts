/**
 * The scenario of the lab as it is now, for the Share dialog: world, session log (its actions, and its base when the
 * session did not start from a fresh region), layout, camera, guided-lab progress. Loaded lazily with the dialog.
 */
import type { Action, World } from '../engine';
import { createScenario, encodeScenario, type Scenario } from '../scenario';
import { LIMITS } from '../scenario/limits';
import { loadEngineModule } from '../store/engine-module';
import { useLabStore } from '../store/store';
import { currentCamera } from './camera';
import { useLinkStatus } from './link-status';

/** Past this many characters a link is too long for chat apps and QR codes: the dialog offers the file instead. */
export const LINK_CHAT_LIMIT = 8000;

const sameJson = (a: World, b: World) => JSON.stringify(a) === JSON.stringify(b);

/** The session's base when it is not what a fresh `createWorld` of its seed gives (the scenario then carries it). */
async function baseToCarry(base: World): Promise<World | undefined> {
  const engine = await loadEngineModule();
  for (const defaultVpc of [false, true]) {
    if (sameJson(base, engine.createWorld({ seed: base.seed, defaultVpc }))) return undefined;
  }
  return base;
}

/** A log to share instead of the session's: presenter mode shares the log it presents (drills included). */
export interface SharedLog {
  base: World;
  actions: readonly Action[];
  /** The world after every action. */
  world: World;
}

/** The scenario of the lab now (title and notes empty: the dialog fills them in when encoding). */
export async function scenarioOfLab(shared?: SharedLog): Promise<Scenario> {
  await useLabStore.getState().loadEngine();
  const state = useLabStore.getState();
  const world = shared?.world ?? state.world;
  if (!world) throw new Error('The lab has not loaded yet.');
  const log = shared ? { base: shared.base, entries: shared.actions.map((action) => ({ action })) } : state.sessionLog;
  const base = log && log.entries.length > 0 ? await baseToCarry(log.base) : undefined;
  const lab = state.labShareState();
  const camera = currentCamera();
  return createScenario({
    world,
    log: log ? log.entries.map((e) => e.action) : [],
    ...(base ? { base } : {}),
    layout: { positions: state.positions, lens: state.lens },
    title: '',
    notes: '',
    stepNotes: useLinkStatus.getState().stepNotes,
    ...(lab ? { lab } : {}),
    ...(camera ? { camera } : {}),
  });
}

export type Encoded = { ok: true; fragment: string } | { ok: false; code: string; message: string };

/** The fragment (`s=1.…`) of the scenario with this title and notes. */
export function encodeWith(scenario: Scenario, title: string, notes: string): Encoded {
  try {
    const fragment = encodeScenario({
      ...scenario,
      title: title.slice(0, LIMITS.maxTitleLength),
      notes: notes.slice(0, LIMITS.maxNotesLength),
    });
    return { ok: true, fragment };
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, code: 'too-large', message: 'This lab is too large to share: remove some resources and try again.' };
    }
    return { ok: false, code: 'share-failed', message: 'The lab could not be packed into a link.' };
  }
}

/** This page's address without query or hash (links start with it unless a classroom address is known). */
const ownBase = () => `${location.origin}${location.pathname}`;

/** The link that opens the fragment in this lab, at `base` (see classroom-address.ts). */
export function shareUrl(fragment: string, base = ownBase()): string {
  return `${base}#${fragment}`;
}

/**
 * The address of a read-only embed of the fragment: the embed entry `embed/` beside this page, the only page other
 * sites may frame (scripts/security-headers.mjs). `?embed=1` on the full lab still works, but cannot be framed.
 */
export function embedUrl(fragment: string, base = ownBase()): string {
  return `${new URL('embed/', base).href}#${fragment}`;
}

/**
 * The smallest sandbox the embed works in: scripts (it is an app), same origin (module scripts load with CORS, and
 * an opaque origin would refuse its own chunks), popups that leave the sandbox ("Open in ec2-lab" opens a normal tab).
 * No top navigation, forms or downloads.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An <iframe> snippet for an LMS page or slides. */
export function embedSnippet(fragment: string, title: string, base?: string): string {
  return `<iframe src="${escapeAttr(embedUrl(fragment, base))}" title="${escapeAttr(title || 'ec2-lab')}" width="960" height="540" style="border:0" loading="lazy" sandbox="${EMBED_SANDBOX}"></iframe>`;
}

/**
 * The follow-along link of a log at `step` (`…#s=…&step=N`), with the title and notes the lab carries and the
 * classroom address when there is one. Resolves to the link, or to a refusal (code + sentence).
 */
export async function stepLinkOf(shared: SharedLog, step: number, meta: { title: string; notes: string }): Promise<Encoded & { url?: string }> {
  const [{ shareBase }, { linkAtStep }] = await Promise.all([import('./classroom-address'), import('./follow-link')]);
  const encoded = encodeWith(await scenarioOfLab(shared), meta.title, meta.notes);
  if (!encoded.ok) return encoded;
  return { ...encoded, url: linkAtStep(shareUrl(encoded.fragment, (await shareBase()).base), step) };
}
