/** The session's action log (what a link, a file or the learner's own work brought) as a presentation. */
import { atFollowedStep } from '../share/follow-open';
import { useFollow } from '../share/follow-status';
import { loadEngineModule } from '../store/engine-module';
import { useLabStore } from '../store/store';
import { Presentation } from './presentation';

/**
 * Resolves to the presentation of the session log, or undefined before the engine has a log. A link followed at a
 * step (`&step=N`) that the student has not branched from presents the whole shared log, not just its first N steps.
 */
export async function sessionPresentation(): Promise<Presentation | undefined> {
  const engine = await loadEngineModule();
  const following = useFollow.getState().following;
  if (following && atFollowedStep(following)) return new Presentation(following.base, following.entries.map((e) => e.action), engine.apply);
  const log = useLabStore.getState().sessionLog;
  return log ? new Presentation(log.base, log.entries.map((e) => e.action), engine.apply) : undefined;
}
