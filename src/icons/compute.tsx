import { Tile, type IconProps } from './frame';

/** An EC2 instance: a processor with pins. */
export const InstanceIcon = (props: IconProps) => <Tile glyph="instance" {...props} />;
/** A physical EC2 host: a rack server with drive bays. */
export const HostIcon = (props: IconProps) => <Tile glyph="host" {...props} />;
/** An Amazon Machine Image: a disc with a launch arrow. */
export const AmiIcon = (props: IconProps) => <Tile glyph="ami" {...props} />;
