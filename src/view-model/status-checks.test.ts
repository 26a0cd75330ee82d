import { describe, expect, it } from 'vitest';
import type { Instance } from '../engine/model/instances';
import type { Volume } from '../engine/model/storage';
import { instanceChecks } from './status-checks';

const instance = (state: string, system = 'ok', inst = 'ok') => ({ state, status: { system, instance: inst } }) as unknown as Instance;
const volume = (state: string) => ({ state }) as unknown as Volume;

describe('status checks for the canvas', () => {
  it('three checks on a running instance, impaired ones explained', () => {
    const checks = instanceChecks(instance('running', 'impaired'), [volume('in-use')]);
    expect(checks.map((c) => [c.name, c.value])).toEqual([
      ['system', 'impaired'],
      ['instance', 'ok'],
      ['ebs', 'ok'],
    ]);
    expect(checks[0]!.meaning).toContain('stop and start');
    expect(checks[1]!.meaning).not.toContain('Impaired');
  });

  it('an errored volume impairs the attached-EBS check; nothing applies to a stopped instance', () => {
    expect(instanceChecks(instance('running'), [volume('error')])[2]!.value).toBe('impaired');
    expect(instanceChecks(instance('stopped', 'impaired'), [volume('error')]).every((c) => c.value === 'not-applicable')).toBe(true);
    expect(instanceChecks(instance('running', 'initializing'), [])[0]!.value).toBe('initializing');
  });
});
