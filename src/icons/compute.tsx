import { COLORS, Tile, type IconProps } from './frame';

/** An EC2 instance: a processor with pins. */
export function InstanceIcon(props: IconProps) {
  return (
    <Tile color={COLORS.compute} {...props}>
      <rect x="7" y="7" width="10" height="10" rx="1" />
      <path d="M9.5 4v3M12 4v3M14.5 4v3M9.5 17v3M12 17v3M14.5 17v3M4 9.5h3M4 12h3M4 14.5h3M17 9.5h3M17 12h3M17 14.5h3" />
    </Tile>
  );
}

/** A physical EC2 host: a rack server with drive bays. */
export function HostIcon(props: IconProps) {
  return (
    <Tile color={COLORS.compute} {...props}>
      <rect x="4.5" y="5" width="15" height="5.5" rx="1" />
      <rect x="4.5" y="13.5" width="15" height="5.5" rx="1" />
      <path d="M7.5 7.75h.01M7.5 16.25h.01M11 7.75h5M11 16.25h5" />
    </Tile>
  );
}

/** An Amazon Machine Image: a disc with a launch arrow. */
export function AmiIcon(props: IconProps) {
  return (
    <Tile color={COLORS.compute} {...props}>
      <circle cx="11" cy="13" r="6" />
      <circle cx="11" cy="13" r="1.6" />
      <path d="M15.5 4.5h4v4M19.5 4.5 15 9" />
    </Tile>
  );
}
