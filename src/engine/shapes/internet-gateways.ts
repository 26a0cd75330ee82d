import type { InternetGateway } from '../model/network';
import { sdkTags } from './tags';

/** The SDK `InternetGateway` (CreateInternetGateway, DescribeInternetGateways): its attachment, if any. */
export function toSdkInternetGateway(igw: InternetGateway) {
  return {
    InternetGatewayId: igw.id,
    OwnerId: igw.ownerId,
    Attachments: igw.vpcId ? [{ VpcId: igw.vpcId, State: 'available' }] : [],
    ...sdkTags(igw.tags),
  };
}
