/**
 * The share link the presenter benchmark opens (scripts/bench-classroom.mjs; bundled for Node like
 * scripts/scenario-bench.ts, prints one JSON line): the reference classroom scenario (src/scenario/fixtures/classroom.ts)
 * with its log and without lab progress or camera, as e2e/presenter.spec.ts opens it. It must carry its log only, so
 * presenter mode steps through it.
 */
import { createScenario, encodeScenario, scenarioCarries } from '../src/scenario/index';
import { classroomScenario } from '../src/scenario/fixtures/classroom';

const { lab: _lab, camera: _camera, ...input } = classroomScenario().input;
const scenario = createScenario(input);
const carries = scenarioCarries(scenario);
if (carries !== 'log') throw new Error(`the classroom link carries ${carries}, not its log only`);
console.log(JSON.stringify({ classroom: { fragment: encodeScenario(scenario), steps: input.log.length } }));
