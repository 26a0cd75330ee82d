import { describe, expect, it } from 'vitest';
import { apply, createWorld, type Action } from '../../engine';
import { classroomScenario } from '../../scenario/fixtures/classroom';
import { Presentation } from '../presentation';
import { handoutSteps } from './steps';

describe('handout', () => {
  it('lays out the start and every step, with a picture and the narration; refusals say their code', () => {
    const log = classroomScenario().input.log as Action[];
    const steps = handoutSteps(new Presentation(createWorld(), log, apply));
    expect(steps).toHaveLength(log.length + 1);
    expect(steps[0]?.title).toBe('The starting point');
    expect(steps[1]?.title).toBe('Step 1: Create VPC');
    const refused = steps.filter((s) => s.refused);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.lines[0]).toMatch(/^InvalidParameterCombination: /);
    for (const s of steps) expect(s.svg.startsWith('<svg')).toBe(true);
  });
});
