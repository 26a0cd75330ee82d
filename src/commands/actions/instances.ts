/** Instances: launch, the lifecycle, attributes, what runs inside the OS, instance types and tags. */
import { amazonLinuxAmi, DEFAULT_INSTANCE_TYPE, selectedSubnetId } from '../defaults';
import { instanceField, instanceIds, int, nameField, num, select, str, tags, text, type FormBody } from '../forms/fields';
import { imageOptions, subnetOptions } from '../forms/options';
import { button, family, type DescriptorEntry } from './types';

/** Start, Stop, Reboot, Terminate: one instance picked, the same button in the inspector. */
function lifecycle(name: 'Start' | 'Stop' | 'Reboot' | 'Terminate'): DescriptorEntry {
  const form: FormBody = { submitLabel: name, fields: [instanceField()], toParams: instanceIds };
  return {
    type: `ec2:${name}Instances`,
    form,
    buttons: [button('instance', { label: name, danger: name === 'Terminate', params: (_, id) => ({ InstanceIds: [id] }) })],
  };
}

/** A simulator view or act on one instance. */
function onInstance(type: string, label: string, submitLabel: string): DescriptorEntry {
  return { type, label, form: { submitLabel, fields: [instanceField()], toParams: (v) => ({ InstanceId: str(v.InstanceId) }) } };
}

export const INSTANCE_ACTIONS = family('Instances', [
  {
    type: 'ec2:RunInstances',
    label: 'Launch instances',
    createdId: 'Instances[0].InstanceId',
    form: {
      submitLabel: 'Launch',
      fields: [
        select('SubnetId', 'Subnet', subnetOptions, selectedSubnetId, { help: 'The instance lands in the subnet’s AZ.' }),
        select('ImageId', 'AMI', imageOptions, amazonLinuxAmi),
        text('InstanceType', 'Instance type', () => DEFAULT_INSTANCE_TYPE, {
          suggestions: ['t3.micro', 't3.small', 't2.micro', 'm5.large', 'c5.large', 'r5.large', 'm5d.large', 'c5n.large'],
        }),
        num('Count', 'How many', () => '1'),
        nameField,
      ],
      toParams: (v) => ({
        SubnetId: str(v.SubnetId),
        ImageId: str(v.ImageId),
        InstanceType: str(v.InstanceType),
        MinCount: int(v.Count),
        MaxCount: int(v.Count),
        ...tags('instance', v),
      }),
    },
  },
  { type: 'ec2:DescribeInstances', form: { submitLabel: 'Describe', fields: [], toParams: () => ({}) } },
  lifecycle('Start'),
  lifecycle('Stop'),
  lifecycle('Reboot'),
  lifecycle('Terminate'),
  {
    type: 'ec2:ModifyInstanceAttribute',
    buttons: [
      button('instance', {
        label: 'Termination protection',
        on: (i) => i.disableApiTermination,
        params: (i, id) => ({ InstanceId: id, DisableApiTermination: { Value: !i.disableApiTermination } }),
      }),
      button('instance', {
        label: 'Stop protection',
        on: (i) => i.disableApiStop,
        params: (i, id) => ({ InstanceId: id, DisableApiStop: { Value: !i.disableApiStop } }),
      }),
    ],
  },
  { type: 'ec2:DescribeInstanceAttribute', palette: false },
  'ec2:ModifyInstanceMetadataOptions',
  onInstance('sim:GuestShutdown', 'Shut down from inside the OS', 'Shut down'),
  { type: 'sim:QueryIMDS', label: 'Query instance metadata (IMDS)' },
  onInstance('sim:GuestInterfaces', 'Show interfaces inside the OS', 'Show'),
  'ec2:DescribeInstanceTypes',
  'ec2:DescribeInstanceTypeOfferings',
  { type: 'sim:ParseInstanceType', label: 'Explain an instance type name' },
  'ec2:CreateTags',
  'ec2:DeleteTags',
  'ec2:DescribeTags',
]);
