import { Tile, type IconProps } from './frame';

/** A Region: a flag on a pole. */
export const RegionIcon = (props: IconProps) => <Tile glyph="region" {...props} />;
/** An Availability Zone: a building (one or more data centres). */
export const ZoneIcon = (props: IconProps) => <Tile glyph="zone" {...props} />;
/** A VPC: a cloud with a padlock. */
export const VpcIcon = (props: IconProps) => <Tile glyph="vpc" {...props} />;
/** A subnet: a padlocked address block. */
export const SubnetIcon = (props: IconProps) => <Tile glyph="subnet" {...props} />;
/** An elastic network interface: a network card with a port. */
export const EniIcon = (props: IconProps) => <Tile glyph="eni" {...props} />;
/** An Elastic IP: a fixed public address on the globe. */
export const ElasticIpIcon = (props: IconProps) => <Tile glyph="eip" {...props} />;
/** An internet gateway: a doorway to the internet. */
export const InternetGatewayIcon = (props: IconProps) => <Tile glyph="igw" {...props} />;
