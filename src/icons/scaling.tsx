import { Tile, type IconProps } from './frame';

/** A load balancer: one point fanning out to three. */
export const LoadBalancerIcon = (props: IconProps) => <Tile glyph="lb" {...props} />;
/** A target group: a target. */
export const TargetGroupIcon = (props: IconProps) => <Tile glyph="tg" {...props} />;
/** An Auto Scaling group: instances in a dashed outline. */
export const AutoScalingIcon = (props: IconProps) => <Tile glyph="asg" {...props} />;
/** A launch template: a page with a folded corner. */
export const LaunchTemplateIcon = (props: IconProps) => <Tile glyph="lt" {...props} />;
