import { COLORS, Tile, type IconProps } from './frame';

/** An EBS volume: a cylinder (block storage over the network). */
export function VolumeIcon(props: IconProps) {
  return (
    <Tile color={COLORS.storage} {...props}>
      <ellipse cx="12" cy="7" rx="6" ry="2.2" />
      <path d="M6 7v10c0 1.2 2.7 2.2 6 2.2s6-1 6-2.2V7M6 12c0 1.2 2.7 2.2 6 2.2s6-1 6-2.2" />
    </Tile>
  );
}

/** An EBS snapshot: a volume with a camera shutter (a point-in-time copy). */
export function SnapshotIcon(props: IconProps) {
  return (
    <Tile color={COLORS.storage} {...props}>
      <rect x="4.5" y="7.5" width="15" height="11" rx="2" />
      <path d="M9 7.5 10.2 5h3.6L15 7.5" />
      <circle cx="12" cy="13" r="3" />
    </Tile>
  );
}

/** A KMS key. */
export function KmsKeyIcon(props: IconProps) {
  return (
    <Tile color={COLORS.security} {...props}>
      <circle cx="8.5" cy="12" r="3.5" />
      <path d="M12 12h7.5M17 12v2.5M19.5 12v2" />
    </Tile>
  );
}
