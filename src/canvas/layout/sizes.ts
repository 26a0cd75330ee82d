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

  /** The zone's name is on its AZ column (drawn once, behind the VPCs): a VPC's part of it needs no title. */
  zoneColumnHeader: 12,
  zoneColumnPadding: 12,
  zoneColumnMinHeight: 96,

  subnetHeader: 76,
  subnetPadding: 12,
  subnetEmptyHeight: 64,
  subnetGap: 16,

  cardWidth: 272,
  cardGap: 12,
  instanceHeader: 142,
  /** The ID line under a named instance's Name. */
  idLine: 20,
  chipHeight: 34,
  chipGap: 6,
  chipInset: 8,
  looseEniHeight: 76,

  smallCardWidth: 264,
  smallCardHeight: 68,

  igwWidth: 264,
  igwHeight: 48,
  /** The internet gateway's distance from its VPC's right edge (it sits at the right of the VPC's header). */
  igwInset: 28,

  azMinWidth: 360,
  /** A zone column once the region has VPCs: narrower while it holds nothing. */
  zoneMinWidth: 300,
  azHeader: 112,
  /** An AZ column's title above the VPCs that cross it. */
  bandHeader: 136,
  /**
   * The most an AZ's heading (caption, name, "Zone down", zone ID pill) takes from the zone's top, canvas px: three
   * lines in the narrowest column. No card may start above it (e2e/overlays.spec.ts measures the heading drawn).
   */
  azHeadingMax: 148,
  /** "Detached EBS volumes" at the foot of an AZ column. */
  volumesCaption: 40,
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
  az: 1,
  /** Above the AZ columns it crosses. */
  vpc: 2,
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
