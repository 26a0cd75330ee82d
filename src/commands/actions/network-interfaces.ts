/** Elastic network interfaces (ENIs) and their private IPv4 and IPv6 addresses. */
import { nextDeviceIndex } from '../../engine/queries';
import { selectedResource, selectedSubnetId } from '../defaults';
import { detachedEni, instanceField, int, num, opt, pickOne, select, str, text } from '../forms/fields';
import { eniAttachmentOptions, eniOptions, subnetOptions } from '../forms/options';
import { button, family } from './types';

export const NETWORK_INTERFACE_ACTIONS = family('Network interfaces', [
  {
    type: 'ec2:CreateNetworkInterface',
    createdId: 'NetworkInterface.NetworkInterfaceId',
    form: {
      submitLabel: 'Create network interface',
      fields: [
        select('SubnetId', 'Subnet', subnetOptions, selectedSubnetId, {
          help: 'An interface can never leave its subnet (and so its AZ).',
        }),
        text('PrivateIpAddress', 'Private IPv4 address (optional)', () => '', { help: 'Empty: the next free address.' }),
        text('Description', 'Description (optional)', () => ''),
      ],
      toParams: (v) => ({
        SubnetId: str(v.SubnetId),
        ...opt('PrivateIpAddress', v.PrivateIpAddress),
        ...opt('Description', v.Description),
      }),
    },
  },
  {
    type: 'ec2:AttachNetworkInterface',
    form: {
      submitLabel: 'Attach',
      fields: [
        select('NetworkInterfaceId', 'Network interface', (ctx) => eniOptions(ctx), detachedEni),
        instanceField(),
        // The same device index a drop on the canvas would use (engine/queries.ts).
        num('DeviceIndex', 'Device index (eth…)', (ctx, v) => String(nextDeviceIndex(ctx.world, str(v.InstanceId))), {
          dependsOn: ['InstanceId'],
        }),
      ],
      toParams: (v) => ({
        NetworkInterfaceId: str(v.NetworkInterfaceId),
        InstanceId: str(v.InstanceId),
        DeviceIndex: int(v.DeviceIndex),
      }),
    },
  },
  {
    type: 'ec2:DetachNetworkInterface',
    form: pickOne('Detach', 'AttachmentId', 'Attachment', eniAttachmentOptions, (ctx) => {
      const r = selectedResource(ctx);
      return r?.kind === 'eni' ? r.eni.attachment?.attachmentId : undefined;
    }),
    buttons: [
      button('eni', {
        label: 'Detach',
        when: (e) => !!e.attachment,
        params: (e) => ({ AttachmentId: e.attachment?.attachmentId }),
      }),
    ],
  },
  {
    type: 'ec2:DeleteNetworkInterface',
    form: pickOne('Delete', 'NetworkInterfaceId', 'Network interface', (ctx) => eniOptions(ctx), detachedEni),
    buttons: [button('eni', { label: 'Delete', danger: true, params: (_, id) => ({ NetworkInterfaceId: id }) })],
  },
  'ec2:DescribeNetworkInterfaces',
  'ec2:ModifyNetworkInterfaceAttribute',
  { type: 'ec2:DescribeNetworkInterfaceAttribute', palette: false },
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
  'ec2:AssignIpv6Addresses',
  'ec2:UnassignIpv6Addresses',
]);
