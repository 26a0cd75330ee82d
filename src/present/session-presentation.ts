/** The session's action log (what a link, a file or the learner's own work brought) as a presentation. */
import { loadEngineModule } from '../store/engine-module';
import { useLabStore } from '../store/store';
import { Presentation } from './presentation';

/** Resolves to the presentation of the session log, or undefined before the engine has a log. */
export async function sessionPresentation(): Promise<Presentation | undefined> {
  const engine = await loadEngineModule();
  const log = useLabStore.getState().sessionLog;
  return log ? new Presentation(log.base, log.entries.map((e) => e.action), engine.apply) : undefined;
}
