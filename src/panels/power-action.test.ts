import { describe, expect, it } from 'vitest';
import { Builder } from '../test/worlds';
import { powerActionFor, powerLabel } from './power-action';

function twoInstances() {
  const b = new Builder();
  const vpc = b.vpc();
  const subnet = b.subnet(vpc, '10.0.1.0/24', 'us-east-1a');
  const up = b.instance(subnet);
  const down = b.instance(subnet);
  b.run('ec2:StopInstances', { InstanceIds: [down] });
  return { b, up, down };
}

describe('the toolbar’s Stop / start…', () => {
  it('starts a stopped selection and stops a running one', () => {
    const { b, up, down } = twoInstances();
    expect(powerActionFor(b.world, down)).toBe('ec2:StartInstances');
    expect(powerLabel(b.world, down)).toBe('Start instance…');
    expect(powerActionFor(b.world, up)).toBe('ec2:StopInstances');
    expect(powerLabel(b.world, up)).toBe('Stop instance…');
  });

  it('without an instance selected: Start only when every instance is stopped', () => {
    const { b, up } = twoInstances();
    expect(powerActionFor(b.world, null)).toBe('ec2:StopInstances');
    expect(powerLabel(b.world, 'vpc-x')).toBe('Stop / start…');
    b.run('ec2:StopInstances', { InstanceIds: [up] });
    expect(powerActionFor(b.world, null)).toBe('ec2:StartInstances');
    expect(powerActionFor(null, null)).toBe('ec2:StopInstances');
  });
});
