export type { IconProps } from './frame';
export { BgIcon } from './BgIcon';
export { GLYPHS, glyphSvg, glyphUrl, type GlyphName } from './glyphs';
export { AmiIcon, HostIcon, InstanceIcon } from './compute';
export { ElasticIpIcon, EniIcon, InternetGatewayIcon, RegionIcon, SubnetIcon, VpcIcon, ZoneIcon } from './network';
export { KmsKeyIcon, SnapshotIcon, VolumeIcon } from './storage';
export { AutoScalingIcon, LaunchTemplateIcon, LoadBalancerIcon, TargetGroupIcon } from './scaling';
export { KIND_ICONS } from './by-kind';
