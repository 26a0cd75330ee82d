/** Elastic IPs: allocate, associate with an instance or an interface, disassociate, release. */
import { selectedEniId, selectedInstanceId } from '../defaults';
import { opt, pickOne, select, selectedAllocation, str, text } from '../forms/fields';
import { addressOptions, associationOptions, eniOptions, instanceOptions } from '../forms/options';
import { button, family } from './types';

export const ELASTIC_IP_ACTIONS = family('Elastic IPs', [
  {
    type: 'ec2:AllocateAddress',
    label: 'Allocate Elastic IP',
    createdId: 'AllocationId',
    form: { submitLabel: 'Allocate', fields: [], toParams: () => ({ Domain: 'vpc' }) },
  },
  {
    type: 'ec2:AssociateAddress',
    label: 'Associate Elastic IP',
    form: {
      submitLabel: 'Associate',
      fields: [
        select('AllocationId', 'Elastic IP', addressOptions, selectedAllocation),
        select('InstanceId', 'Instance (its eth0)', instanceOptions, selectedInstanceId, { optional: true }),
        select('NetworkInterfaceId', 'or a network interface', (ctx) => eniOptions(ctx), selectedEniId, {
          optional: true,
        }),
        text('PrivateIpAddress', 'Private IPv4 (optional)', () => '', {
          help: 'Empty: the primary private address. Give a secondary one (shown on the interface) to map the Elastic IP to it.',
        }),
      ],
      toParams: (v) => ({
        AllocationId: str(v.AllocationId),
        ...opt('InstanceId', v.InstanceId),
        ...opt('NetworkInterfaceId', v.NetworkInterfaceId),
        ...opt('PrivateIpAddress', v.PrivateIpAddress),
      }),
    },
  },
  {
    type: 'ec2:DisassociateAddress',
    label: 'Disassociate Elastic IP',
    form: pickOne('Disassociate', 'AssociationId', 'Association', associationOptions, () => undefined),
    buttons: [
      button('eip', {
        label: 'Disassociate',
        when: (a) => !!a.association,
        params: (a) => ({ AssociationId: a.association?.associationId }),
      }),
    ],
  },
  {
    type: 'ec2:ReleaseAddress',
    label: 'Release Elastic IP',
    form: pickOne('Release', 'AllocationId', 'Elastic IP', addressOptions, selectedAllocation),
    buttons: [button('eip', { label: 'Release', danger: true, params: (_, id) => ({ AllocationId: id }) })],
  },
  { type: 'ec2:DescribeAddresses', label: 'Describe Elastic IPs' },
]);
