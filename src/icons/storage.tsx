import { Tile, type IconProps } from './frame';

/** An EBS volume: a cylinder (block storage over the network). */
export const VolumeIcon = (props: IconProps) => <Tile glyph="volume" {...props} />;
/** An EBS snapshot: a camera (a point-in-time copy). */
export const SnapshotIcon = (props: IconProps) => <Tile glyph="snapshot" {...props} />;
/** A KMS key. */
export const KmsKeyIcon = (props: IconProps) => <Tile glyph="kms" {...props} />;
