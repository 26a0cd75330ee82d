/**
 * A page opened on a link (`#lab=<id>`, `#s=1.…`) starts fetching the code that link needs at once and in parallel,
 * instead of one lazy chunk after another (engine → autosave → opener → catalogue → runner → lab panel), each
 * waiting for the one before. Fire and forget: the openers import the same modules (shared, loaded once) and report
 * a failed load themselves.
 */
import { loadEngineModule } from '../store/engine-module';
import { LAB_LINK_CODE } from './lab-link-code';

const ignore = () => undefined;

export function prefetchForLink(hash: string): void {
  if (hash.startsWith('#lab=')) {
    for (const load of LAB_LINK_CODE) load().catch(ignore);
  } else if (hash.startsWith('#s=')) {
    for (const load of [loadEngineModule, () => import('../store/autosave'), () => import('../share/open-scenario')]) load().catch(ignore);
  }
}
