import { describe, expect, it } from 'vitest';
import { CHECK_NAMES } from '../checks';
import { checkGoalSpec, goalSpecSchema } from './goal-spec';
import { compileGoal } from './compile-goal';

const ok = (value: unknown) => goalSpecSchema.safeParse(value).success;

describe('library goal kinds as data', () => {
  it('accepts each new kind in its bounds', () => {
    expect(ok({ kind: 'instance', where: { az: 'us-east-1b', state: ['running', 'stopped'], hasElasticIp: true } })).toBe(true);
    expect(ok({ kind: 'event', type: 'instance-resized', to: 'm5.2xlarge', label: 'Resized' })).toBe(true);
    expect(ok({ kind: 'dns', from: 'internet', namePrefix: 'ec2-', answer: 'public', label: 'x' })).toBe(true);
    expect(ok({ kind: 'imds', under: 'iam/security-credentials/', status: 200, label: 'x' })).toBe(true);
    expect(ok({ kind: 'ssh-hop', hop: 'route', label: 'x' })).toBe(true);
    expect(ok({ kind: 'check', check: CHECK_NAMES[0], label: 'x' })).toBe(true);
    expect(ok({ kind: 'all', label: 'both', goals: [{ kind: 'action', type: 'sim:GuestInterfaces' }, { kind: 'ssh-key', label: 'k' }] })).toBe(true);
  });

  it('refuses what a hostile link might carry', () => {
    expect(ok({ kind: 'check', check: 'constructor', label: 'x' })).toBe(false);
    expect(ok({ kind: 'check', check: 'not-a-check', label: 'x' })).toBe(false);
    expect(ok({ kind: 'instance', where: { where: 'x' } })).toBe(false);
    expect(ok({ kind: 'instance', where: {}, count: 1e9 })).toBe(false);
    expect(ok({ kind: 'dns', from: 'internet', namePrefix: '(a+)+$', label: 'x' })).toBe(false);
    expect(ok({ kind: 'event', type: 'x'.repeat(61) })).toBe(false);
    expect(ok({ kind: 'ssh-hop', hop: 'teleport', label: 'x' })).toBe(false);
    expect(ok({ kind: 'all', label: 'nested', goals: [{ kind: 'all', label: 'in', goals: [{ kind: 'ssh-key', label: 'k' }] }] })).toBe(false);
    expect(ok({ kind: 'all', label: 'many', goals: Array.from({ length: 5 }, () => ({ kind: 'ssh-key', label: 'k' })) })).toBe(false);
    expect(ok({ kind: 'instance', where: {}, label: 'bad\u0007bell' })).toBe(false);
  });

  it('a refusal goal needs a code or a rule, and an all goal reports its inner problem', () => {
    expect(checkGoalSpec({ kind: 'refused' })).toMatch(/code or a rule/);
    expect(checkGoalSpec({ kind: 'all', label: 'x', goals: [{ kind: 'action', type: 'ec2:Nope' }] })).toBe('goals.0.type: the lab has no action "ec2:Nope"');
  });

  it('compiles with the given label, else a sentence from the spec', () => {
    expect(compileGoal({ kind: 'instance', where: { az: 'us-east-1b', state: 'running' } }).label).toBe('An instance in us-east-1b is running');
    expect(compileGoal({ kind: 'event', type: 'placement', label: 'Moved' }).label).toBe('Moved');
    expect(compileGoal({ kind: 'refused', rule: 'ebs.attach.same-az' }).label).toBe('You saw an action refused with rule ebs.attach.same-az');
  });
});
