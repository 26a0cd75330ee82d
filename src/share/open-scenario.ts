/**
 * Opening a scenario (from a link or a file): decode and validate it (src/scenario), keep the learner's work aside,
 * replace the world keeping the scenario's action log (so sharing again still carries it), restore the layout, the
 * camera and any guided-lab progress, and say what happened in the banner. A document that cannot be opened changes
 * nothing: the banner shows its error code and one sentence, and the current work stays (and stays autosaved).
 * Loaded lazily, with the scenario module.
 */
import type { Scenario, ScenarioWarning } from '../scenario';
import { isBlankWorld } from '../store/blank-world';
import { loadEngineModule } from '../store/engine-module';
import { useLabStore } from '../store/store';
import { activeLabFor, type ActiveLab } from '../store/lab-slice';
import type { SessionLog } from '../store/world-slice';
import { announceOpened, hasWorkAside, keepWorkAside, markOpened, mayOpenOverLab } from './before-link';
import { chooseStep, splitFollowLink, type FollowRequest } from './follow-link';
import { useFollow } from './follow-status';
import { logAtStep, worldAtStep } from './follow-open';
import { useLinkStatus, type OpenSource } from './link-status';

/**
 * The session log a scenario starts with: its origin, and what each logged step got. decodeScenario replays the log
 * once and hands the entries over (`scenario.history`); only a scenario made another way is replayed here.
 */
async function sessionLogOf(scenario: Scenario): Promise<SessionLog> {
  const engine = await loadEngineModule();
  const origin = scenario.origin;
  const base = origin.kind === 'fresh' ? engine.createWorld({ seed: origin.seed, defaultVpc: origin.defaultVpc }) : origin.world;
  if (scenario.history && scenario.history.length === scenario.log.length) return { base, entries: scenario.history };
  let world = base;
  const entries = scenario.log.map((step) => {
    const result = engine.apply(world, step.action);
    world = result.world;
    return engine.summarize(step.action, result);
  });
  return { base, entries };
}

export type OpenResult = { ok: true; scenario: Scenario; warnings: ScenarioWarning[] } | { ok: false; code: string; message: string };

/** Show an opening error in the banner; nothing else changes. */
export function reportOpenError(source: OpenSource, code: string, message: string): OpenResult {
  useLinkStatus.getState().setStatus({ kind: 'error', source, code, message });
  return { ok: false, code, message };
}

/** Decode `text` (a fragment `s=1.…` or a whole URL) and open it over the current work. Never throws. */
export async function openScenarioText(text: string, source: OpenSource, follow?: FollowRequest): Promise<OpenResult> {
  let decoded;
  try {
    const { decodeScenarioOffThread } = await import('./decode-client');
    await useLabStore.getState().loadEngine();
    decoded = await decodeScenarioOffThread(text);
  } catch {
    return reportOpenError(source, 'load-failed', 'The lab could not load what it needs to open this; check the connection and reload.');
  }
  if (!decoded.ok) return reportOpenError(source, decoded.error.code, decoded.error.message);
  return openScenario(decoded.scenario, decoded.warnings, source, follow);
}

/**
 * Open a share link's hash: `s=1.…`, optionally `&step=N` (the lab at step N, see follow-link.ts) and `&present=1`
 * (presenter mode at that step). Never throws.
 */
export async function openShareHash(hash: string): Promise<OpenResult> {
  const { fragment, follow } = splitFollowLink(hash);
  const result = await openScenarioText(fragment, 'link', follow);
  if (result.ok && follow.present && !useLabStore.getState().embed) {
    const { openPresenter } = await import('../present/open');
    openPresenter(useFollow.getState().following?.step ?? 0);
  }
  return result;
}

/** Counts opens: an open that a newer one overtook while it waited stops instead of mixing the two. */
let latestOpen = 0;

/** The catalogue lab a scenario carries progress in, made active (undefined: none, or unknown to this version). */
async function labOf(scenario: Scenario): Promise<ActiveLab | undefined> {
  if (!scenario.lab) return undefined;
  return activeLabFor(scenario.lab).catch(() => undefined);
}

/** Open a decoded scenario over the current work: everything asynchronous first, then one store transaction. */
export async function openScenario(scenario: Scenario, warnings: ScenarioWarning[], source: OpenSource, follow?: FollowRequest): Promise<OpenResult> {
  const thisOpen = ++latestOpen;
  let log: SessionLog;
  let lab: ActiveLab | undefined;
  let engine: Awaited<ReturnType<typeof loadEngineModule>>;
  try {
    [log, lab, engine] = await Promise.all([sessionLogOf(scenario), labOf(scenario), loadEngineModule()]);
  } catch {
    return reportOpenError(source, 'load-failed', 'The lab could not load what it needs to open this; check the connection and reload.');
  }
  // A newer open overtook this one while it waited: the newer one is on screen and says so.
  if (thisOpen !== latestOpen) return { ok: true, scenario, warnings };
  if (!(await mayOpenOverLab(source, scenario.title ? `“${scenario.title}”` : 'a shared lab'))) {
    return { ok: false, code: 'stayed-in-lab', message: 'You chose to stay in your guided lab, so nothing was opened.' };
  }
  if (thisOpen !== latestOpen) return { ok: true, scenario, warnings };
  const state = useLabStore.getState();
  // In a guided lab the learner's own work was already kept aside when the lab started: keep that, not the lab.
  const canGoBack = state.embed ? false : state.activeLab && hasWorkAside() ? true : keepWorkAside();
  if (!state.embed && !canGoBack && state.world && !isBlankWorld(state.world)) {
    // Opening now would replace work that exists nowhere else (storage full or turned off): refuse instead.
    return reportOpenError(
      source,
      'cannot-keep-work',
      'Your current work could not be kept aside in this browser (its storage is full or turned off), so nothing was opened. Save your work as a file from Share first.',
    );
  }
  // A follow-along link (`&step=N`): the world after step N, the log up to it; the rest stays aside, not applied.
  const at = follow && (follow.step !== undefined || follow.problem) ? chooseStep(follow.step, log.entries.length) : undefined;
  const world = at ? worldAtStep(log.base, log.entries, at.step, engine.apply) : scenario.world;
  state.openDocument({
    world,
    log: at ? logAtStep(log, at.step) : log,
    layout: { positions: scenario.layout.positions, lens: scenario.layout.lens },
    // The author's camera; an embed fits its own frame instead (an iframe or a slide is rarely the author's size).
    ...(state.embed ? {} : { camera: scenario.camera ?? null }),
    ...(lab ? { lab } : {}),
  });
  markOpened(world);
  useLinkStatus.getState().setMeta({
    title: scenario.title,
    notes: scenario.notes,
    stepNotes: scenario.log.map((s) => ({ ...(s.note ? { note: s.note } : {}), ...(s.chapter ? { chapter: s.chapter } : {}) })),
  });
  useFollow.getState().setFollowing(
    at
      ? {
          title: scenario.title,
          base: log.base,
          entries: log.entries,
          step: at.step,
          layout: { positions: scenario.layout.positions, lens: scenario.layout.lens },
          camera: scenario.camera ?? null,
          ...((follow?.problem ?? at.problem) ? { problem: follow?.problem ?? at.problem } : {}),
        }
      : null,
  );
  if (state.embed) return { ok: true, scenario, warnings }; // the embed's bar shows the title; nothing to go back to
  announceOpened({
    source,
    title: scenario.title,
    notes: scenario.notes,
    warnings,
    canGoBack,
    ...(scenario.lab && !lab ? { labMissing: scenario.lab.id } : {}),
  });
  return { ok: true, scenario, warnings };
}
