import { describe, expect, it } from 'vitest';
import { chooseStep, linkAtStep, MAX_PARAMS_LENGTH, splitFollowLink } from './follow-link';

describe('follow-along links', () => {
  it('splits the scenario fragment from &step and &present', () => {
    expect(splitFollowLink('s=1.abc_-')).toEqual({ fragment: 's=1.abc_-', follow: { present: false } });
    expect(splitFollowLink('s=1.abc&step=7')).toEqual({ fragment: 's=1.abc', follow: { present: false, step: 7 } });
    expect(splitFollowLink('s=1.abc&step=12&present=1')).toEqual({ fragment: 's=1.abc', follow: { present: true, step: 12 } });
    expect(splitFollowLink('s=1.abc&present&other=x').follow).toEqual({ present: true });
  });

  it('reports a step that is not a whole number, and reads no more than a few short parameters', () => {
    for (const bad of ['-3', '2.5', 'seven', '', '1e3', '1234567']) {
      const { follow } = splitFollowLink(`s=1.abc&step=${bad}`);
      expect(follow.step).toBeUndefined();
      expect(follow.problem?.code).toBe('bad-step');
    }
    const long = splitFollowLink(`s=1.abc&${'x'.repeat(MAX_PARAMS_LENGTH)}&step=3`);
    expect(long.follow.step).toBeUndefined();
    const many = splitFollowLink(`s=1.abc${'&a=1'.repeat(20)}&step=3`);
    expect(many.follow.step).toBeUndefined();
  });

  it('bounds the step to 1..log length and says so when it had to', () => {
    expect(chooseStep(7, 12)).toEqual({ step: 7 });
    expect(chooseStep(undefined, 12)).toEqual({ step: 12 });
    expect(chooseStep(1, 12)).toEqual({ step: 1 });
    expect(chooseStep(12, 12)).toEqual({ step: 12 });
    const high = chooseStep(99, 12);
    expect(high.step).toBe(12);
    expect(high.problem).toMatchObject({ code: 'step-out-of-range' });
    expect(high.problem?.message).toContain('steps 1 to 12');
    expect(chooseStep(0, 12)).toMatchObject({ step: 1, problem: { code: 'step-out-of-range' } });
    expect(chooseStep(3, 0)).toMatchObject({ step: 0, problem: { code: 'no-steps' } });
  });

  it('makes the link at a step from a share link (replacing any step it had)', () => {
    expect(linkAtStep('http://lab/#s=1.abc', 7)).toBe('http://lab/#s=1.abc&step=7');
    expect(linkAtStep('http://lab/#s=1.abc&step=2', 5, true)).toBe('http://lab/#s=1.abc&step=5&present=1');
  });
});
