/** Plain names for engine actions (`ec2:CreateVpc` → "Create VPC"), shared by the palette, toolbar and timeline. */

const WORDS: Record<string, string> = {
  Vpc: 'VPC',
  Vpcs: 'VPCs',
  Ip: 'IP',
  Ips: 'IPs',
  Ipv6: 'IPv6',
  Ebs: 'EBS',
  Kms: 'KMS',
  Dns: 'DNS',
  Imds: 'IMDS',
  IMDS: 'IMDS',
  Id: 'ID',
  Cidr: 'CIDR',
};

const OVERRIDES: Record<string, string> = {
  'ec2:RunInstances': 'Launch instances',
  'ec2:AllocateAddress': 'Allocate Elastic IP',
  'ec2:AssociateAddress': 'Associate Elastic IP',
  'ec2:DisassociateAddress': 'Disassociate Elastic IP',
  'ec2:ReleaseAddress': 'Release Elastic IP',
  'ec2:DescribeAddresses': 'Describe Elastic IPs',
  'ec2:CreateDefaultVpc': 'Create default VPC',
  'sim:QueryIMDS': 'Query instance metadata (IMDS)',
  'sim:GuestInterfaces': 'Show interfaces inside the OS',
  'sim:ResolveDns': 'Resolve a DNS name',
  'sim:GuestShutdown': 'Shut down from inside the OS',
  'sim:HostOf': 'Show the physical host',
  'sim:BillingView': 'Show the bill',
  'sim:AdvanceTime': 'Advance time',
  'sim:SetSpotPrice': 'Set the Spot price',
  'sim:ParseInstanceType': 'Explain an instance type name',
  'sim:FailSystemStatusCheck': 'Fail the system status check',
  'sim:FailInstanceStatusCheck': 'Fail the instance status check',
  'cloudwatch:PutMetricAlarm': 'Create CloudWatch alarm',
  'kms:CreateKey': 'Create KMS key',
  'lab:Undo': 'Undo',
  'lab:Redo': 'Redo',
  'lab:Reset': 'Start again',
};

/** "Create VPC", "Attach network interface", "Launch instances". */
export function actionLabel(type: string): string {
  const override = OVERRIDES[type];
  if (override) return override;
  const name = type.includes(':') ? type.slice(type.indexOf(':') + 1) : type;
  const words = name.match(/[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+/g) ?? [name];
  return words
    .map((w, i) => WORDS[w] ?? (i === 0 ? w : w.toLowerCase()))
    .join(' ')
    .replace(/\bipv6\b/gi, 'IPv6');
}

/** The family an action belongs to, for grouping in the palette. */
export function actionGroup(type: string): string {
  const [service = '', name = ''] = type.split(':');
  if (service === 'sim') return 'Simulation';
  if (service === 'kms' || /Ebs(Encryption|DefaultKms)/.test(name)) return 'Encryption';
  if (service === 'cloudwatch' || /Status|Maintenance/.test(name)) return 'Health';
  if (/Spot|Reserved|Host|Placement/.test(name)) return 'Purchase options';
  if (/Address/.test(name) && !/PrivateIp/.test(name)) return 'Elastic IPs';
  if (/NetworkInterface|PrivateIp|Ipv6Addresses/.test(name)) return 'Network interfaces';
  if (/Instance|GuestShutdown/.test(name)) return 'Instances';
  if (/Volume|Snapshot/.test(name)) return 'Storage';
  if (/Image/.test(name)) return 'Images';
  return 'Network';
}

/** The id of what an accepted action created, read from its SDK-shaped response (to select it afterwards). */
export function createdId(response: unknown): string | undefined {
  const r = response as Record<string, any> | undefined;
  if (!r || typeof r !== 'object') return undefined;
  return (
    r.Vpc?.VpcId ??
    r.Subnet?.SubnetId ??
    r.Instances?.[0]?.InstanceId ??
    r.NetworkInterface?.NetworkInterfaceId ??
    r.InternetGateway?.InternetGatewayId ??
    r.RouteTable?.RouteTableId ??
    (typeof r.GroupId === 'string' ? r.GroupId : undefined) ??
    (typeof r.VolumeId === 'string' ? r.VolumeId : undefined) ??
    (typeof r.AllocationId === 'string' ? r.AllocationId : undefined) ??
    (typeof r.SnapshotId === 'string' ? r.SnapshotId : undefined) ??
    (typeof r.ImageId === 'string' ? r.ImageId : undefined)
  );
}
