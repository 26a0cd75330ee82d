/** EBS volumes and snapshots. */
import { nextDeviceName } from '../../engine/queries';
import {
  availableVolume,
  check,
  fixed,
  instanceField,
  int,
  nameField,
  num,
  opt,
  pickOne,
  select,
  selectedVolume,
  str,
  tags,
  text,
  zoneDefault,
  type FormBody,
} from '../forms/fields';
import { snapshotOptions, volumeOptions, zoneOptions } from '../forms/options';
import { button, family } from './types';

/** A form that picks one volume (the selected one, if a volume is selected). */
const oneVolume = (submitLabel: string): FormBody => pickOne(submitLabel, 'VolumeId', 'Volume', volumeOptions, selectedVolume);

// The inspector shows a volume's buttons in this order: Detach, Create snapshot, Delete.
export const STORAGE_ACTIONS = family('Storage', [
  {
    type: 'ec2:CreateVolume',
    createdId: 'VolumeId',
    form: {
      submitLabel: 'Create volume',
      fields: [
        select('AvailabilityZone', 'Availability Zone', zoneOptions, zoneDefault, {
          help: 'A volume can only attach to instances in its own AZ.',
        }),
        num('Size', 'Size (GiB)', () => '8'),
        select('VolumeType', 'Volume type', fixed(['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard']), () => 'gp3'),
        select('SnapshotId', 'From snapshot (optional)', snapshotOptions, () => undefined, { optional: true }),
        check('Encrypted', 'Encrypted', () => false),
        nameField,
      ],
      toParams: (v) => ({
        AvailabilityZone: str(v.AvailabilityZone),
        Size: int(v.Size),
        VolumeType: str(v.VolumeType),
        ...opt('SnapshotId', v.SnapshotId),
        ...(v.Encrypted === true ? { Encrypted: true } : {}),
        ...tags('volume', v),
      }),
    },
  },
  {
    type: 'ec2:AttachVolume',
    createdId: 'VolumeId',
    form: {
      submitLabel: 'Attach',
      fields: [
        select('VolumeId', 'Volume', volumeOptions, availableVolume),
        instanceField(),
        // The same device name a drop on the canvas would use (engine/queries.ts).
        text('Device', 'Device name', (ctx, v) => nextDeviceName(ctx.world, str(v.InstanceId)), { dependsOn: ['InstanceId'] }),
      ],
      toParams: (v) => ({ VolumeId: str(v.VolumeId), InstanceId: str(v.InstanceId), Device: str(v.Device) }),
    },
  },
  {
    type: 'ec2:DetachVolume',
    createdId: 'VolumeId',
    form: oneVolume('Detach'),
    buttons: [button('volume', { label: 'Detach', when: (v) => !!v.attachment, params: (_, id) => ({ VolumeId: id }) })],
  },
  {
    type: 'ec2:CreateSnapshot',
    createdId: 'SnapshotId',
    form: {
      submitLabel: 'Create snapshot',
      fields: [select('VolumeId', 'Volume', volumeOptions, selectedVolume), text('Description', 'Description (optional)', () => '')],
      toParams: (v) => ({ VolumeId: str(v.VolumeId), ...opt('Description', v.Description) }),
    },
    buttons: [button('volume', { label: 'Create snapshot', params: (_, id) => ({ VolumeId: id }) })],
  },
  {
    type: 'ec2:DeleteVolume',
    form: oneVolume('Delete'),
    buttons: [button('volume', { label: 'Delete', danger: true, params: (_, id) => ({ VolumeId: id }) })],
  },
  'ec2:DescribeVolumes',
  { type: 'ec2:CopySnapshot', createdId: 'SnapshotId' },
  {
    type: 'ec2:DeleteSnapshot',
    buttons: [button('snapshot', { label: 'Delete', danger: true, params: (_, id) => ({ SnapshotId: id }) })],
  },
  'ec2:DescribeSnapshots',
  'ec2:ModifySnapshotAttribute',
  { type: 'ec2:DescribeSnapshotAttribute', palette: false },
]);
