import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { ACTION_LIST, apply, createWorld } from './index';
import { deepFreeze } from './engine-test-helpers';

/**
 * Hostile input at the door: random JSON as actions and as params of every known action type. `apply` must never
 * throw, must keep the input world on refusal, and must never hit an InternalError (that would be a simulator bug).
 */
const world = deepFreeze(createWorld({ defaultVpc: true }));
const snapshot = JSON.stringify(world);
const types = ACTION_LIST.map((a) => a.type);

const memberNames = [
  'VpcId', 'SubnetId', 'CidrBlock', 'InstanceId', 'InstanceIds', 'ImageId', 'InstanceType', 'MinCount', 'MaxCount',
  'NetworkInterfaceId', 'DeviceIndex', 'AllocationId', 'AssociationId', 'PrivateIpAddress', 'PrivateIpAddresses',
  'VolumeId', 'SnapshotId', 'Device', 'AvailabilityZone', 'Size', 'Encrypted', 'KmsKeyId', 'SourceRegion',
  'SourceImageId', 'Name', 'Groups', 'SecurityGroupIds', 'NetworkInterfaces', 'BlockDeviceMappings', 'Filters',
  'Seconds', 'Path', 'Method', 'Headers', 'From', 'InstanceMarketOptions', 'Placement', 'LaunchPermission',
  'Attribute', 'Value', 'TagSpecifications', 'SecondaryPrivateIpAddressCount', 'AllowReassociation', 'HostIds',
];

const value = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom('10.16.0.0/16', '172.31.0.0/20', 'us-east-1a', 't3.micro', 'ami-0', 'i-0', '/dev/sdf', 'x', ''),
  fc.integer({ min: -5, max: 100 }),
  fc.constant(undefined),
);
const params = fc.oneof(
  fc.dictionary(fc.constantFrom(...memberNames), value, { maxKeys: 6 }),
  fc.anything({ maxDepth: 2 }),
);

function check(action: unknown) {
  let result;
  try {
    result = apply(world, action as never);
  } catch (thrown) {
    throw new Error(`apply threw on ${JSON.stringify(action)}: ${String(thrown)}`, { cause: thrown });
  }
  if (!result.ok) {
    expect(result.world).toBe(world);
    expect(result.error.code).not.toBe('InternalError');
    expect(typeof result.error.message).toBe('string');
  }
}

suite('fuzzing the door', () => {
  it('survives arbitrary values as actions', () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 3 }), (action) => check(action)), { numRuns: 500 });
  }, 30_000);

  it('survives random params for every action type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...types), params, fc.option(fc.constantFrom('us-east-1', 'eu-west-1', 'xx')), (type, p, region) =>
        check({ type, params: p, ...(region ? { region } : {}) }),
      ),
      { numRuns: 3000 },
    );
    expect(JSON.stringify(world)).toBe(snapshot);
  }, 60_000);
});
