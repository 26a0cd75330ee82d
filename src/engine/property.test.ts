import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { apply, createWorld } from './index';
import { invariantViolations } from './invariants';
import { launchedFromMissingTemplate, scalingViolations } from './invariants-scaling';
import { stepArbitrary, stepToAction, type Step } from './random-actions';
import { deepFreeze } from './engine-test-helpers';

const RUNS = 20;
const STEPS = 500; // 20 x 500 = 10,000 random actions

function run(steps: Step[], check: boolean) {
  let world = deepFreeze(createWorld({ defaultVpc: true }));
  let accepted = 0;
  for (const step of steps) {
    const action = stepToAction(world, step);
    const result = apply(world, action);
    if (check) {
      if (!result.ok) {
        expect(result.world, `${action.type} refused but returned another world`).toBe(world);
        expect(result.error.code, `${action.type}: ${result.error.message}`).not.toBe('InternalError');
      } else {
        accepted++;
        const problems = [...invariantViolations(result.world), ...scalingViolations(result.world), ...launchedFromMissingTemplate(world, result.world)];
        expect(problems, `after ${action.type} ${JSON.stringify(action.params)}`).toEqual([]);
      }
    }
    world = deepFreeze(result.world);
  }
  return { world, accepted };
}

suite('10,000 random actions', () => {
  it('keep every invariant, leave refused worlds untouched, and replay byte for byte', () => {
    let total = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: STEPS, maxLength: STEPS }), (steps) => {
        const first = run(steps, true);
        const again = run(steps, false);
        expect(JSON.stringify(again.world)).toBe(JSON.stringify(first.world));
        total += steps.length;
        accepted += first.accepted;
      }),
      { numRuns: RUNS, seed: 20261125 },
    );
    expect(total).toBe(RUNS * STEPS);
    // the generator must mostly produce meaningful, accepted actions, not just refusals
    expect(accepted / total).toBeGreaterThan(0.3);
  }, 60_000);
});
