import type { ComponentType } from 'react';
import { AmiIcon, HostIcon, InstanceIcon } from './compute';
import type { IconProps } from './frame';
import { ElasticIpIcon, EniIcon, InternetGatewayIcon, RegionIcon, SubnetIcon, VpcIcon, ZoneIcon } from './network';
import { AutoScalingIcon, LaunchTemplateIcon, LoadBalancerIcon, TargetGroupIcon } from './scaling';
import { KmsKeyIcon, SnapshotIcon, VolumeIcon } from './storage';

/** The icon of each kind of resource or group, as the inspector and the tree view name them. */
export const KIND_ICONS = {
  region: RegionIcon,
  az: ZoneIcon,
  zone: ZoneIcon,
  vpc: VpcIcon,
  subnet: SubnetIcon,
  instance: InstanceIcon,
  host: HostIcon,
  eni: EniIcon,
  volume: VolumeIcon,
  eip: ElasticIpIcon,
  igw: InternetGatewayIcon,
  snapshot: SnapshotIcon,
  image: AmiIcon,
  kms: KmsKeyIcon,
  lb: LoadBalancerIcon,
  listener: LoadBalancerIcon,
  tg: TargetGroupIcon,
  asg: AutoScalingIcon,
  lt: LaunchTemplateIcon,
} satisfies Record<string, ComponentType<IconProps>>;
