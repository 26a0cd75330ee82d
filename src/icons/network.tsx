import { COLORS, Tile, type IconProps } from './frame';

/** A Region: a flag on a pole. */
export function RegionIcon(props: IconProps) {
  return (
    <Tile color={COLORS.region} {...props}>
      <path d="M6.5 20V4.5M6.5 5h10.5l-2.5 3.5L17 12H6.5" />
    </Tile>
  );
}

/** An Availability Zone: a building (one or more data centres). */
export function ZoneIcon(props: IconProps) {
  return (
    <Tile color={COLORS.zone} {...props}>
      <path d="M5 19.5h14M6.5 19.5V8l5.5-3.5L17.5 8v11.5M10 11h.01M14 11h.01M10 14.5h.01M14 14.5h.01M11 19.5v-2.5h2v2.5" />
    </Tile>
  );
}

/** A VPC: a cloud with a padlock. */
export function VpcIcon(props: IconProps) {
  return (
    <Tile color={COLORS.network} {...props}>
      <path d="M7 17.5a3.5 3.5 0 0 1-.4-7A5 5 0 0 1 16.3 9a4 4 0 0 1 .7 8.5Z" />
      <rect x="10" y="12" width="4.5" height="3.5" rx=".6" />
      <path d="M11 12v-1a1.25 1.25 0 0 1 2.5 0v1" />
    </Tile>
  );
}

/** A subnet: a padlocked address block. */
export function SubnetIcon(props: IconProps) {
  return (
    <Tile color={COLORS.network} {...props}>
      <rect x="5" y="10.5" width="14" height="9" rx="1.5" />
      <path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5M9 15h.01M12 15h.01M15 15h.01" />
    </Tile>
  );
}

/** An elastic network interface: a network card with a port. */
export function EniIcon(props: IconProps) {
  return (
    <Tile color={COLORS.network} {...props}>
      <rect x="4.5" y="7" width="15" height="10" rx="1.5" />
      <path d="M8 17v2.5M12 17v2.5M16 17v2.5" />
      <rect x="8" y="10" width="5" height="4" rx=".5" />
      <path d="M15.5 10.5v3" />
    </Tile>
  );
}

/** An Elastic IP: a fixed public address (a pin on a globe). */
export function ElasticIpIcon(props: IconProps) {
  return (
    <Tile color={COLORS.network} {...props}>
      <circle cx="12" cy="12" r="7" />
      <path d="M5 12h14M12 5c2 2 2.8 4.3 2.8 7s-.8 5-2.8 7c-2-2-2.8-4.3-2.8-7S10 7 12 5Z" />
    </Tile>
  );
}

/** An internet gateway: a doorway to the internet. */
export function InternetGatewayIcon(props: IconProps) {
  return (
    <Tile color={COLORS.network} {...props}>
      <path d="M6 19.5V8.5a6 6 0 0 1 12 0v11M4.5 19.5h15M12 10v6.5M9.5 13.5 12 16.5l2.5-3" />
    </Tile>
  );
}
