/**
 * The code a lab link (`#lab=<id>`) needs before its first screen: the engine, the autosave (the learner's own work is
 * kept aside first), the opener and the question it may ask, the catalogue, the runner that builds the lab's start,
 * and the lab panel. src/app/prefetch-link.ts loads it all at once when the app's code starts; before that, while
 * index.html is still being parsed, the build's link-preload script (scripts/link-preload.ts, which reads the dynamic
 * imports of this module and of src/store/engine-module.ts) has already asked for every file of it.
 */
import { loadEngineModule } from '../store/engine-module';

export const LAB_LINK_CODE: readonly (() => Promise<unknown>)[] = [
  loadEngineModule,
  () => import('../store/autosave'),
  () => import('../labs-ui/open-lab'),
  () => import('../share/before-link'),
  () => import('../labs/catalogue'),
  () => import('../labs/runner'),
  () => import('../labs-ui/LabPanel'),
];
