export type { IconProps } from './frame';
export { AmiIcon, HostIcon, InstanceIcon } from './compute';
export { ElasticIpIcon, EniIcon, InternetGatewayIcon, RegionIcon, SubnetIcon, VpcIcon, ZoneIcon } from './network';
export { KmsKeyIcon, SnapshotIcon, VolumeIcon } from './storage';
