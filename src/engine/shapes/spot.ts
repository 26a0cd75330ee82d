import { formatPrice, onDemandRate } from '../billing/market';
import type { SpotInstanceRequest } from '../model/purchasing';
import { Params } from '../params';
import { isoAt } from '../time';
import { sdkTags } from './tags';

/** Name of a security group id, when the caller can look it up. */
export type GroupNameOf = (groupId: string) => string | undefined;

function launchGroups(spec: Params, groupName: GroupNameOf | undefined) {
  const ids = spec.optStrList('SecurityGroupIds') ?? [];
  const names = spec.optStrList('SecurityGroups') ?? [];
  return [
    ...ids.map((id) => {
      const name = groupName?.(id);
      return { GroupId: id, ...(name ? { GroupName: name } : {}) };
    }),
    ...names.map((name) => ({ GroupName: name })),
  ];
}

/** The request's own LaunchSpecification members the SDK shape echoes (as sent: the same shapes in and out). */
function echoed(spec: Params) {
  const out: Record<string, unknown> = {};
  for (const name of ['BlockDeviceMappings', 'NetworkInterfaces'] as const) {
    const value = spec.peek(name);
    if (Array.isArray(value) && value.length > 0) out[name] = value;
  }
  const monitoring = spec.optObj('Monitoring')?.optBool('Enabled');
  if (monitoring !== undefined) out.Monitoring = { Enabled: monitoring };
  return out;
}

/** The SDK `SpotInstanceRequest` of a Spot request. */
export function toSdkSpotRequest(r: SpotInstanceRequest, groupName?: GroupNameOf) {
  const spec = new Params(r.launchSpecification);
  const placementAz = spec.optObj('Placement')?.optStr('AvailabilityZone') ?? r.launchedAz;
  const subnetId = spec.optStr('SubnetId');
  const keyName = spec.optStr('KeyName');
  const groups = launchGroups(spec, groupName);
  return {
    SpotInstanceRequestId: r.id,
    SpotPrice: r.maxPrice ?? formatPrice(onDemandRate(r.instanceType, r.region)),
    Type: r.type,
    State: r.state,
    Status: { Code: r.statusCode, Message: r.statusMessage, UpdateTime: isoAt(r.updateTime ?? r.createTime) },
    ...(r.instanceId ? { InstanceId: r.instanceId } : {}),
    LaunchSpecification: {
      ImageId: spec.optStr('ImageId'),
      InstanceType: r.instanceType,
      ...(subnetId ? { SubnetId: subnetId } : {}),
      ...(keyName ? { KeyName: keyName } : {}),
      ...(placementAz ? { Placement: { AvailabilityZone: placementAz } } : {}),
      ...(groups.length > 0 ? { SecurityGroups: groups } : {}),
      ...echoed(spec),
    },
    ...(r.launchedAz ? { LaunchedAvailabilityZone: r.launchedAz } : {}),
    CreateTime: isoAt(r.createTime),
    InstanceInterruptionBehavior: r.interruptionBehavior,
    ProductDescription: 'Linux/UNIX',
    ...sdkTags(r.tags),
  };
}
