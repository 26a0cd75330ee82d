/**
 * Forms for engine actions, as data: each field has a label, a kind, its choices and a default computed purely from
 * the world (defaults.ts). `ActionForm` renders any spec; actions without one get the JSON params editor.
 */
import {
  amazonLinuxAmi,
  DEFAULT_INSTANCE_TYPE,
  nextDeviceIndex,
  nextGroupName,
  nextSubnetCidr,
  nextVolumeDevice,
  nextVpcCidr,
  selectedEniId,
  selectedInstanceId,
  selectedResource,
  selectedSubnetId,
  selectedVpcId,
  selectionAz,
  subnetAz,
  type FormContext,
} from '../defaults';
import {
  addressOptions,
  associationOptions,
  eniAttachmentOptions,
  eniOptions,
  imageOptions,
  instanceOptions,
  internetGatewayOptions,
  securityGroupOptions,
  snapshotOptions,
  subnetOptions,
  volumeOptions,
  vpcOptions,
  zoneOptions,
  type Option,
} from './options';

export type FieldValue = string | boolean;
export type Values = Record<string, FieldValue>;

export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'number' | 'select' | 'checkbox';
  help?: string;
  /** Choices of a select. */
  options?: (ctx: FormContext) => Option[];
  /** A select that may be left empty (`— none —`). */
  optional?: boolean;
  /** Suggestions for a text field (a datalist). */
  suggestions?: string[];
  /** The starting value; may read fields listed before it. */
  initial: (ctx: FormContext, values: Values) => FieldValue;
  /** Fields whose change recomputes this one (unless the learner has edited it). */
  dependsOn?: string[];
}

export interface FormSpec {
  type: string;
  submitLabel: string;
  fields: FieldSpec[];
  toParams: (values: Values) => Record<string, unknown>;
}

// ── field builders ──────────────────────────────────────────────────────────────────────────────────────────────

type Initial = FieldSpec['initial'];
const text = (name: string, label: string, initial: Initial, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  kind: 'text',
  initial,
  ...extra,
});
const num = (name: string, label: string, initial: Initial, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  kind: 'number',
  initial,
  ...extra,
});
const check = (name: string, label: string, initial: Initial, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  kind: 'checkbox',
  initial,
  ...extra,
});
const select = (
  name: string,
  label: string,
  options: (ctx: FormContext) => Option[],
  initial: (ctx: FormContext, values: Values) => string | undefined,
  extra: Partial<FieldSpec> = {},
): FieldSpec => ({
  name,
  label,
  kind: 'select',
  options,
  // Without a better guess, the first choice (an empty optional select stays empty).
  initial: (ctx, values) => initial(ctx, values) ?? (extra.optional ? '' : (options(ctx)[0]?.value ?? '')),
  ...extra,
});
const fixed = (values: string[]) => () => values.map((v) => ({ value: v, label: v }));
const nameField = text('Name', 'Name tag (optional)', () => '', { help: 'Shown on the canvas next to the id.' });

// ── values → params ─────────────────────────────────────────────────────────────────────────────────────────────

const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v.trim() : '');
/** The value if non-empty, for optional params. */
const opt = (key: string, v: FieldValue | undefined) => (str(v) ? { [key]: str(v) } : {});
const int = (v: FieldValue | undefined): number | string => {
  const s = str(v);
  return /^-?\d+$/.test(s) ? Number(s) : s; // not a number: let the engine say why
};
const tags = (resourceType: string, values: Values) =>
  str(values.Name) ? { TagSpecifications: [{ ResourceType: resourceType, Tags: [{ Key: 'Name', Value: str(values.Name) }] }] } : {};

// ── defaults used by several forms ──────────────────────────────────────────────────────────────────────────────

const lastValue = (options: Option[]) => options[options.length - 1]?.value;

function detachedEni(ctx: FormContext): string | undefined {
  return selectedEniId(ctx) ?? lastValue(eniOptions(ctx, 'detached'));
}
function availableVolume(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  if (r?.kind === 'volume') return r.volume.id;
  return ctx.world.volumes.values().filter((v) => !v.attachment && v.state === 'available').at(-1)?.id;
}
function selectedOrLastInstance(ctx: FormContext): string | undefined {
  return selectedInstanceId(ctx) ?? ctx.world.instances.values().filter((i) => i.state !== 'terminated').at(-1)?.id;
}
function selectedGroup(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  return r?.kind === 'security-group' ? r.group.id : undefined;
}
function selectedIgw(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  return r?.kind === 'internet-gateway' ? r.igw.id : undefined;
}
function selectedAllocation(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  if (r?.kind === 'address') return r.address.allocationId;
  return ctx.world.addresses.values().find((a) => !a.association)?.allocationId;
}
const zoneDefault = (ctx: FormContext) => selectionAz(ctx) ?? zoneOptions(ctx)[0]?.value;

const instanceField = (initial = selectedOrLastInstance) => select('InstanceId', 'Instance', instanceOptions, initial);
const instanceIds = (values: Values) => ({ InstanceIds: [str(values.InstanceId)] });

// ── the forms ───────────────────────────────────────────────────────────────────────────────────────────────────

const SPECS: FormSpec[] = [
  {
    type: 'ec2:CreateVpc',
    submitLabel: 'Create VPC',
    fields: [
      text('CidrBlock', 'IPv4 CIDR block', nextVpcCidr, {
        help: 'A private range between /16 and /28, e.g. 10.0.0.0/16.',
        suggestions: ['10.0.0.0/16', '10.1.0.0/16', '172.16.0.0/16', '192.168.0.0/16'],
      }),
      nameField,
    ],
    toParams: (v) => ({ CidrBlock: str(v.CidrBlock), ...tags('vpc', v) }),
  },
  {
    type: 'ec2:CreateSubnet',
    submitLabel: 'Create subnet',
    fields: [
      select('VpcId', 'VPC', vpcOptions, selectedVpcId),
      select('AvailabilityZone', 'Availability Zone', zoneOptions, (ctx, v) => subnetAz(ctx, str(v.VpcId)), {
        dependsOn: ['VpcId'],
        help: 'A subnet lives in exactly one AZ.',
      }),
      text('CidrBlock', 'IPv4 CIDR block', (ctx, v) => nextSubnetCidr(ctx, str(v.VpcId)), {
        dependsOn: ['VpcId'],
        help: 'Must sit inside the VPC range and overlap no other subnet.',
      }),
      nameField,
    ],
    toParams: (v) => ({
      VpcId: str(v.VpcId),
      AvailabilityZone: str(v.AvailabilityZone),
      CidrBlock: str(v.CidrBlock),
      ...tags('subnet', v),
    }),
  },
  {
    type: 'ec2:ModifySubnetAttribute',
    submitLabel: 'Save',
    fields: [
      select('SubnetId', 'Subnet', subnetOptions, selectedSubnetId),
      check(
        'MapPublicIpOnLaunch',
        'Give instances a public IPv4 address on launch',
        (ctx, v) => !ctx.world.subnets.get(str(v.SubnetId))?.mapPublicIpOnLaunch,
        { dependsOn: ['SubnetId'] },
      ),
    ],
    toParams: (v) => ({ SubnetId: str(v.SubnetId), MapPublicIpOnLaunch: { Value: v.MapPublicIpOnLaunch === true } }),
  },
  {
    type: 'ec2:DeleteSubnet',
    submitLabel: 'Delete subnet',
    fields: [select('SubnetId', 'Subnet', subnetOptions, selectedSubnetId)],
    toParams: (v) => ({ SubnetId: str(v.SubnetId) }),
  },
  {
    type: 'ec2:DeleteVpc',
    submitLabel: 'Delete VPC',
    fields: [select('VpcId', 'VPC', vpcOptions, selectedVpcId)],
    toParams: (v) => ({ VpcId: str(v.VpcId) }),
  },
  {
    type: 'ec2:CreateInternetGateway',
    submitLabel: 'Create internet gateway',
    fields: [nameField],
    toParams: (v) => ({ ...tags('internet-gateway', v) }),
  },
  {
    type: 'ec2:AttachInternetGateway',
    submitLabel: 'Attach',
    fields: [
      select('InternetGatewayId', 'Internet gateway', internetGatewayOptions, (ctx) =>
        selectedIgw(ctx) ?? ctx.world.internetGateways.values().filter((g) => !g.vpcId).at(-1)?.id,
      ),
      select('VpcId', 'VPC', vpcOptions, selectedVpcId),
    ],
    toParams: (v) => ({ InternetGatewayId: str(v.InternetGatewayId), VpcId: str(v.VpcId) }),
  },
  {
    type: 'ec2:DetachInternetGateway',
    submitLabel: 'Detach',
    fields: [
      select('InternetGatewayId', 'Internet gateway', internetGatewayOptions, (ctx) =>
        selectedIgw(ctx) ?? ctx.world.internetGateways.values().find((g) => g.vpcId === selectedVpcId(ctx))?.id,
      ),
      select('VpcId', 'VPC', vpcOptions, (ctx, v) => ctx.world.internetGateways.get(str(v.InternetGatewayId))?.vpcId, {
        dependsOn: ['InternetGatewayId'],
      }),
    ],
    toParams: (v) => ({ InternetGatewayId: str(v.InternetGatewayId), VpcId: str(v.VpcId) }),
  },
  {
    type: 'ec2:CreateSecurityGroup',
    submitLabel: 'Create security group',
    fields: [
      select('VpcId', 'VPC', vpcOptions, selectedVpcId),
      text('GroupName', 'Group name', (ctx, v) => nextGroupName(ctx, str(v.VpcId)), { dependsOn: ['VpcId'] }),
      text('Description', 'Description', () => 'Lab security group'),
    ],
    toParams: (v) => ({ VpcId: str(v.VpcId), GroupName: str(v.GroupName), Description: str(v.Description) }),
  },
  {
    type: 'ec2:DeleteSecurityGroup',
    submitLabel: 'Delete security group',
    fields: [select('GroupId', 'Security group', securityGroupOptions, selectedGroup)],
    toParams: (v) => ({ GroupId: str(v.GroupId) }),
  },
  {
    type: 'ec2:RunInstances',
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
  ...(['StartInstances', 'StopInstances', 'RebootInstances', 'TerminateInstances'] as const).map(
    (name): FormSpec => ({
      type: `ec2:${name}`,
      submitLabel: name.replace('Instances', ''),
      fields: [instanceField()],
      toParams: instanceIds,
    }),
  ),
  ...(['sim:GuestShutdown', 'sim:HostOf', 'sim:GuestInterfaces'] as const).map(
    (type): FormSpec => ({
      type,
      submitLabel: type === 'sim:GuestShutdown' ? 'Shut down' : 'Show',
      fields: [instanceField()],
      toParams: (v) => ({ InstanceId: str(v.InstanceId) }),
    }),
  ),
  {
    type: 'sim:FailSystemStatusCheck',
    submitLabel: 'Break the host',
    fields: [
      instanceField(),
      select('Cause', 'Cause', fixed(['power', 'network', 'host-software', 'host-hardware']), () => 'host-hardware'),
    ],
    toParams: (v) => ({ InstanceId: str(v.InstanceId), Cause: str(v.Cause) }),
  },
  {
    type: 'sim:FailInstanceStatusCheck',
    submitLabel: 'Break the OS',
    fields: [instanceField(), select('Cause', 'Cause', fixed(['file-system', 'networking', 'kernel']), () => 'kernel')],
    toParams: (v) => ({ InstanceId: str(v.InstanceId), Cause: str(v.Cause) }),
  },
  {
    type: 'ec2:CreateNetworkInterface',
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
  {
    type: 'ec2:AttachNetworkInterface',
    submitLabel: 'Attach',
    fields: [
      select('NetworkInterfaceId', 'Network interface', (ctx) => eniOptions(ctx), detachedEni),
      instanceField(),
      num('DeviceIndex', 'Device index (eth…)', (ctx, v) => String(nextDeviceIndex(ctx, str(v.InstanceId))), {
        dependsOn: ['InstanceId'],
      }),
    ],
    toParams: (v) => ({
      NetworkInterfaceId: str(v.NetworkInterfaceId),
      InstanceId: str(v.InstanceId),
      DeviceIndex: int(v.DeviceIndex),
    }),
  },
  {
    type: 'ec2:DetachNetworkInterface',
    submitLabel: 'Detach',
    fields: [
      select('AttachmentId', 'Attachment', eniAttachmentOptions, (ctx) => {
        const r = selectedResource(ctx);
        return r?.kind === 'eni' ? r.eni.attachment?.attachmentId : undefined;
      }),
    ],
    toParams: (v) => ({ AttachmentId: str(v.AttachmentId) }),
  },
  {
    type: 'ec2:DeleteNetworkInterface',
    submitLabel: 'Delete',
    fields: [select('NetworkInterfaceId', 'Network interface', (ctx) => eniOptions(ctx), detachedEni)],
    toParams: (v) => ({ NetworkInterfaceId: str(v.NetworkInterfaceId) }),
  },
  {
    type: 'ec2:AllocateAddress',
    submitLabel: 'Allocate',
    fields: [],
    toParams: () => ({ Domain: 'vpc' }),
  },
  {
    type: 'ec2:AssociateAddress',
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
  {
    type: 'ec2:DisassociateAddress',
    submitLabel: 'Disassociate',
    fields: [select('AssociationId', 'Association', associationOptions, () => undefined)],
    toParams: (v) => ({ AssociationId: str(v.AssociationId) }),
  },
  {
    type: 'ec2:ReleaseAddress',
    submitLabel: 'Release',
    fields: [select('AllocationId', 'Elastic IP', addressOptions, selectedAllocation)],
    toParams: (v) => ({ AllocationId: str(v.AllocationId) }),
  },
  {
    type: 'ec2:CreateVolume',
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
  {
    type: 'ec2:AttachVolume',
    submitLabel: 'Attach',
    fields: [
      select('VolumeId', 'Volume', volumeOptions, availableVolume),
      instanceField(),
      text('Device', 'Device name', (ctx, v) => nextVolumeDevice(ctx, str(v.InstanceId)), { dependsOn: ['InstanceId'] }),
    ],
    toParams: (v) => ({ VolumeId: str(v.VolumeId), InstanceId: str(v.InstanceId), Device: str(v.Device) }),
  },
  ...(['DetachVolume', 'DeleteVolume'] as const).map(
    (name): FormSpec => ({
      type: `ec2:${name}`,
      submitLabel: name === 'DetachVolume' ? 'Detach' : 'Delete',
      fields: [
        select('VolumeId', 'Volume', volumeOptions, (ctx) => {
          const r = selectedResource(ctx);
          return r?.kind === 'volume' ? r.volume.id : undefined;
        }),
      ],
      toParams: (v) => ({ VolumeId: str(v.VolumeId) }),
    }),
  ),
  {
    type: 'ec2:CreateSnapshot',
    submitLabel: 'Create snapshot',
    fields: [
      select('VolumeId', 'Volume', volumeOptions, (ctx) => {
        const r = selectedResource(ctx);
        return r?.kind === 'volume' ? r.volume.id : undefined;
      }),
      text('Description', 'Description (optional)', () => ''),
    ],
    toParams: (v) => ({ VolumeId: str(v.VolumeId), ...opt('Description', v.Description) }),
  },
  {
    type: 'kms:CreateKey',
    submitLabel: 'Create key',
    fields: [text('Description', 'Description (optional)', () => '')],
    toParams: (v) => ({ ...opt('Description', v.Description) }),
  },
  {
    type: 'sim:AdvanceTime',
    submitLabel: 'Advance',
    fields: [
      num('Seconds', 'Seconds', () => '3600', { help: 'Billing accrues, Spot notices expire, alarms evaluate.' }),
    ],
    toParams: (v) => ({ Seconds: int(v.Seconds) }),
  },
  {
    type: 'ec2:DescribeInstances',
    submitLabel: 'Describe',
    fields: [],
    toParams: () => ({}),
  },
  {
    type: 'sim:BillingView',
    submitLabel: 'Show',
    fields: [select('InstanceId', 'Instance (optional)', instanceOptions, selectedInstanceId, { optional: true })],
    toParams: (v) => ({ ...opt('InstanceId', v.InstanceId) }),
  },
];

export const FORM_SPECS: ReadonlyMap<string, FormSpec> = new Map(SPECS.map((s) => [s.type, s]));

export function formSpec(type: string): FormSpec | undefined {
  return FORM_SPECS.get(type);
}

/** Starting values of a form, field by field (a field may read the ones before it). */
export function initialValues(spec: FormSpec, ctx: FormContext): Values {
  const values: Values = {};
  for (const field of spec.fields) values[field.name] = field.initial(ctx, values);
  return values;
}

/**
 * After `changed` was edited: recompute the fields that depend on it and that the learner has not edited
 * themselves (`touched`). Returns new values.
 */
export function recompute(spec: FormSpec, ctx: FormContext, values: Values, changed: string, touched: ReadonlySet<string>): Values {
  const next = { ...values };
  const dirty = new Set([changed]);
  for (const field of spec.fields) {
    if (touched.has(field.name) || field.name === changed) continue;
    if (field.dependsOn?.some((d) => dirty.has(d))) {
      next[field.name] = field.initial(ctx, next);
      dirty.add(field.name);
    }
  }
  return next;
}

/** The action a submitted form dispatches. */
export function formAction(spec: FormSpec, values: Values, region?: string) {
  return { type: spec.type, params: spec.toParams(values), ...(region ? { region } : {}) };
}
