/** Purchase options: Spot, Reserved Instances, Dedicated Hosts and placement, and the simulator's capacity knobs. */
import { instanceField, str } from '../forms/fields';
import { button, family } from './types';

export const PURCHASING_ACTIONS = family('Purchase options', [
  'ec2:RequestSpotInstances',
  'ec2:CancelSpotInstanceRequests',
  'ec2:DescribeSpotInstanceRequests',
  'ec2:DescribeSpotPriceHistory',
  { type: 'sim:SetSpotPrice', label: 'Set the Spot price' },
  'ec2:DescribeReservedInstancesOfferings',
  'ec2:PurchaseReservedInstancesOffering',
  'ec2:DescribeReservedInstances',
  'ec2:AllocateHosts',
  {
    type: 'ec2:ReleaseHosts',
    buttons: [button('host', { label: 'Release host', danger: true, params: (_, id) => ({ HostIds: [id] }) })],
  },
  'ec2:DescribeHosts',
  'ec2:ModifyInstancePlacement',
  {
    type: 'sim:HostOf',
    label: 'Show the physical host',
    form: { submitLabel: 'Show', fields: [instanceField()], toParams: (v) => ({ InstanceId: str(v.InstanceId) }) },
  },
  'sim:SetCapacity',
]);
