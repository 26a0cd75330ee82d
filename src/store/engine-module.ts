/**
 * The engine module, loaded on demand. The first screen is drawn from the static region table, so the first paint
 * does not wait for it; everything that runs the engine (dispatch, dry runs, defaults, autosave restore) awaits
 * `loadEngineModule()` once and then uses `engineNow()` synchronously.
 */
type EngineModule = typeof import('../engine');

let engineModule: Promise<EngineModule> | undefined;
let loaded: EngineModule | undefined;

/** The engine module, loaded on first use and shared afterwards. */
export function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= import('../engine').then((m) => (loaded = m));
  return engineModule;
}

/** The engine if it has loaded, else undefined (dispatch before the engine is there does nothing). */
export function engineNow(): EngineModule | undefined {
  return loaded;
}
