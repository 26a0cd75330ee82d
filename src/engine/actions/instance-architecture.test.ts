import { describe, expect, it } from 'vitest';
import { no, ok } from '../engine-test-helpers';
import { ami, lab, run } from './compute-test-helpers';

const AWS_TEXT =
  "The architecture 'arm64' of the specified instance type does not match the architecture 'x86_64' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again.";

describe('instance type and AMI architecture (rule 55)', () => {
  it('RunInstances refuses an arm64 type with an x86_64 AMI (InvalidParameterValue)', () => {
    const l = lab();
    const image = ami(l.world);
    const error = no(l.world, 'ec2:RunInstances', {
      ImageId: image, InstanceType: 't4g.micro', MinCount: 1, MaxCount: 1, SubnetId: l.subnetA,
    });
    expect(error).toMatchObject({ code: 'InvalidParameterValue', rule: 'instance.type.architecture' });
    expect(error.message).toContain(AWS_TEXT);
    expect(error.message).toContain(image);
    ok(l.world, 'ec2:RunInstances', { ImageId: image, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: l.subnetA });
  });

  it('ModifyInstanceAttribute refuses a type of another architecture on a stopped instance', () => {
    const l = lab();
    const r = run(l.world, { SubnetId: l.subnetA });
    const stopped = ok(r.world, 'ec2:StopInstances', { InstanceIds: [r.id] }).world;
    const error = no(stopped, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, InstanceType: { Value: 't4g.micro' } });
    expect(error).toMatchObject({ code: 'InvalidParameterValue', rule: 'instance.type.architecture' });
    expect(error.message).toContain(AWS_TEXT);
    expect(error.message).toContain(r.id);
    ok(stopped, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, InstanceType: { Value: 't3.small' } });
  });
});
