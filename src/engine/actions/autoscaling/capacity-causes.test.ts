import { describe as group, expect, it } from 'vitest';
import { describe, type World } from '../../index';
import { ok } from '../../engine-test-helpers';
import { webStack, createWebGroup, type WebStack } from '../scaling-test-helpers';

const create = (s: WebStack, extra: Record<string, unknown> = {}) => createWebGroup(s, extra);

const activities = (world: World): { Description: string; Cause: string; StatusCode: string; StatusMessage?: string }[] =>
  describe(world, 'autoscaling:DescribeScalingActivities', { AutoScalingGroupName: 'web' }).Activities;

group('activity causes name the whole capacity change (S27, S30)', () => {
  it('every launch of CreateAutoScalingGroup with DesiredCapacity 3 says "from 0 to 3"', () => {
    const world = create(webStack(), { DesiredCapacity: 3 });
    const t = '2025-01-01T00:00:00Z';
    const launches = activities(world).filter((a) => a.Description.startsWith('Launching a new EC2 instance: i-'));
    expect(launches).toHaveLength(3);
    for (const a of launches) {
      expect(a.Cause).toBe(
        `At ${t} a user request created an AutoScalingGroup changing the desired capacity from 0 to 3.  At ${t} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 0 to 3.`,
      );
    }
  });

  it('SetDesiredCapacity up and down: every activity names the same change', () => {
    let world = create(webStack());
    world = ok(world, 'autoscaling:SetDesiredCapacity', { AutoScalingGroupName: 'web', DesiredCapacity: 4 }).world;
    const ups = activities(world).slice(0, 3);
    for (const a of ups) expect(a.Cause).toMatch(/changing the desired capacity from 1 to 4\. {2}At .* increasing the capacity from 1 to 4\.$/);
    world = ok(world, 'autoscaling:SetDesiredCapacity', { AutoScalingGroupName: 'web', DesiredCapacity: 1 }).world;
    const downs = activities(world).slice(0, 3);
    for (const a of downs) {
      expect(a.Description).toMatch(/^Terminating EC2 instance: i-/);
      expect(a.Cause).toMatch(/shrinking the capacity from 4 to 1\. {2}At .* instance i-[0-9a-f]+ was selected for termination\.$/);
    }
  });
});

group('a failed launch (S27, A4)', () => {
  it("says the EC2 reason as a sentence: 'The key pair 'gone' does not exist.'", () => {
    const s = webStack();
    let world = ok(s.world, 'ec2:CreateKeyPair', { KeyName: 'gone' }).world;
    const lt = ok(world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'keyed', LaunchTemplateData: { ImageId: s.imageId, InstanceType: 't3.micro', KeyName: 'gone' } });
    world = ok(lt.world, 'ec2:DeleteKeyPair', { KeyName: 'gone' }).world;
    world = ok(world, 'autoscaling:CreateAutoScalingGroup', {
      AutoScalingGroupName: 'web',
      LaunchTemplate: { LaunchTemplateId: lt.response.LaunchTemplate.LaunchTemplateId },
      MinSize: 1,
      MaxSize: 1,
      VPCZoneIdentifier: s.subnets[0],
    }).world;
    const failed = activities(world).find((a) => a.StatusCode === 'Failed');
    expect(failed?.Description).toBe("Launching a new EC2 instance.  Status Reason: The key pair 'gone' does not exist. Launching EC2 instance failed.");
    expect(failed?.StatusMessage).toBe("The key pair 'gone' does not exist. Launching EC2 instance failed.");
  });
});
