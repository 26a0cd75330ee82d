/**
 * Opening a scenario (from a link or a file): decode and validate it (src/scenario), keep the learner's work aside,
 * replace the world keeping the scenario's action log (so sharing again still carries it), restore the layout, the
 * camera and any guided-lab progress, and say what happened in the banner. A document that cannot be opened changes
 * nothing: the banner shows its error code and one sentence, and the current work stays (and stays autosaved).
 * Loaded lazily, with the scenario module.
 */
import type { HistoryEntry } from '../labs/types';
import type { Scenario, ScenarioWarning } from '../scenario';
import { isBlankWorld } from '../store/blank-world';
import { loadEngineModule } from '../store/engine-module';
import { useLabStore } from '../store/store';
import type { SessionLog } from '../store/world-slice';
import { announceOpened, hasWorkAside, keepWorkAside, markOpened } from './before-link';
import { useLinkStatus, type OpenSource } from './link-status';

/** The session log a scenario starts with: its origin, and each logged step replayed for its events and response. */
async function sessionLogOf(scenario: Scenario): Promise<SessionLog> {
  const engine = await loadEngineModule();
  const origin = scenario.origin;
  const base = origin.kind === 'fresh' ? engine.createWorld({ seed: origin.seed, defaultVpc: origin.defaultVpc }) : origin.world;
  let world = base;
  const entries: HistoryEntry[] = [];
  for (const step of scenario.log) {
    const result = engine.apply(world, step.action);
    if (result.ok) {
      entries.push({ action: step.action, ok: true, events: result.events, response: result.response });
      world = result.world;
    } else {
      entries.push({ action: step.action, ok: false, code: result.error.code, rule: result.error.rule, events: result.events });
    }
  }
  return { base, entries };
}

export type OpenResult = { ok: true; scenario: Scenario; warnings: ScenarioWarning[] } | { ok: false; code: string; message: string };

/** An open overtaken by a newer one: the newer one is on screen and says so; this one changes nothing more. */
function reportOvertaken(scenario: Scenario, warnings: ScenarioWarning[]): OpenResult {
  return { ok: true, scenario, warnings };
}

/** Show an opening error in the banner; nothing else changes. */
export function reportOpenError(source: OpenSource, code: string, message: string): OpenResult {
  useLinkStatus.getState().setStatus({ kind: 'error', source, code, message });
  return { ok: false, code, message };
}

/** Decode `text` (a fragment `s=1.…` or a whole URL) and open it over the current work. Never throws. */
export async function openScenarioText(text: string, source: OpenSource): Promise<OpenResult> {
  let decoded;
  try {
    const { decodeScenarioOffThread } = await import('./decode-client');
    await useLabStore.getState().loadEngine();
    decoded = await decodeScenarioOffThread(text);
  } catch {
    return reportOpenError(source, 'load-failed', 'The lab could not load what it needs to open this; check the connection and reload.');
  }
  if (!decoded.ok) return reportOpenError(source, decoded.error.code, decoded.error.message);
  return openScenario(decoded.scenario, decoded.warnings, source);
}

/** Counts opens: an open that a newer one overtook while it waited stops instead of mixing the two. */
let latestOpen = 0;

/** Open a decoded scenario over the current work. */
export async function openScenario(scenario: Scenario, warnings: ScenarioWarning[], source: OpenSource): Promise<OpenResult> {
  const thisOpen = ++latestOpen;
  let log: SessionLog;
  try {
    log = await sessionLogOf(scenario);
  } catch {
    return reportOpenError(source, 'load-failed', 'The lab could not load what it needs to open this; check the connection and reload.');
  }
  if (thisOpen !== latestOpen) return reportOvertaken(scenario, warnings);
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

  if (state.activeLab) state.leaveLab();
  state.select(null);
  state.dismissRefusal();
  state.replaceWorld(scenario.world, log);
  state.restoreLayout({ positions: scenario.layout.positions, lens: scenario.layout.lens });
  // The author's camera; an embed fits its own frame instead (an iframe or a slide is rarely the author's size).
  if (!state.embed) state.requestCamera(scenario.camera ?? null);
  markOpened(scenario.world);
  useLinkStatus.getState().setMeta({ title: scenario.title, notes: scenario.notes });

  let labMissing: string | undefined;
  if (scenario.lab) {
    const resumed = await state.resumeLab(scenario.lab).catch(() => false);
    // A newer link replaced this world while the lab loaded: leave its lab (if any) and its banner alone.
    if (thisOpen !== latestOpen || useLabStore.getState().world !== scenario.world) {
      const now = useLabStore.getState();
      if (resumed && now.world !== scenario.world && now.activeLab?.lab.id === scenario.lab.id) now.leaveLab();
      return reportOvertaken(scenario, warnings);
    }
    if (!resumed) labMissing = scenario.lab.id;
  }
  if (state.embed) return { ok: true, scenario, warnings }; // the embed's bar shows the title; nothing to go back to
  announceOpened({
    source,
    title: scenario.title,
    notes: scenario.notes,
    warnings,
    canGoBack,
    ...(labMissing ? { labMissing } : {}),
  });
  return { ok: true, scenario, warnings };
}
