import { formatPrice, onDemandRate } from '../billing/market';
import type { SpotInstanceRequest } from '../model/purchasing';
import { Params } from '../params';
import { isoAt } from '../time';
import { sdkTags } from './tags';

/** The SDK `SpotInstanceRequest` of a Spot request. */
export function toSdkSpotRequest(r: SpotInstanceRequest) {
  const spec = new Params(r.launchSpecification);
  const placementAz = spec.optObj('Placement')?.optStr('AvailabilityZone') ?? r.launchedAz;
  const subnetId = spec.optStr('SubnetId');
  const keyName = spec.optStr('KeyName');
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
    },
    ...(r.launchedAz ? { LaunchedAvailabilityZone: r.launchedAz } : {}),
    CreateTime: isoAt(r.createTime),
    InstanceInterruptionBehavior: r.interruptionBehavior,
    ProductDescription: 'Linux/UNIX',
    ...sdkTags(r.tags),
  };
}
