/** Sizes in canvas pixels at zoom 1. Every group's size is computed from these (no `expandParent`). */
export const SIZE = {
  regionPadding: 24,
  regionHeader: 112,
  /** Vertical gap between the blocks stacked in a region (shelf, VPCs, the zone row). */
  blockGap: 40,
  columnGap: 24,

  shelfHeader: 44,
  shelfPadding: 12,

  vpcPadding: 16,
  vpcHeader: 84,

  zoneColumnHeader: 48,
  zoneColumnPadding: 12,
  zoneColumnMinHeight: 120,

  subnetHeader: 76,
  subnetPadding: 12,
  subnetEmptyHeight: 64,
  subnetGap: 16,

  cardWidth: 272,
  cardGap: 12,
  instanceHeader: 118,
  chipHeight: 34,
  chipGap: 6,
  chipInset: 8,
  looseEniHeight: 76,

  smallCardWidth: 264,
  smallCardHeight: 68,

  igwWidth: 264,
  igwHeight: 48,

  azMinWidth: 360,
  /** A zone column once the region has VPCs: narrower while it holds nothing. */
  zoneMinWidth: 300,
  azHeader: 112,
  azPadding: 16,
  /** An AZ of a region that has no VPC yet (the first screen). */
  azRoomyHeight: 360,
  azEmptyHeight: 64,

  hostHeader: 64,
  hostPadding: 12,
  bayHeader: 52,
} as const;

/** Layer of each kind: children always above their parents, attachable cards above every group they can cross. */
export const Z = {
  region: 0,
  shelf: 1,
  vpc: 1,
  az: 1,
  zoneColumn: 2,
  host: 2,
  bay: 2,
  subnet: 3,
  instance: 4,
  igw: 4,
  /** Physical lens lines from instances to their volumes: above groups, below cards. */
  edge: 3,
  card: 6,
  chip: 7,
} as const;
