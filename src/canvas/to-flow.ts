/**
 * The canvas is derived from the world, never stored: `toFlow(world)` is pure and gives React Flow its nodes,
 * parents before children, with group sizes computed here (not `expandParent`).
 *
 * For now it draws the home region as a large group and its Availability Zones side by side inside it.
 */
import type { Edge, Node } from '@xyflow/react';
import type { World } from '../engine';
import { HOME_REGION, REGIONS } from '../engine/regions';

/** Sizes in canvas pixels (at zoom 1). */
export const LAYOUT = {
  azWidth: 360,
  azHeight: 360,
  azGap: 24,
  regionPadding: 24,
  regionHeader: 112,
} as const;

export type RegionNodeData = { name: string; zoneCount: number; empty: boolean };
export type AzNodeData = { zoneName: string; zoneId: string; region: string; subnetCount: number };

export type RegionFlowNode = Node<RegionNodeData, 'region'>;
export type AzFlowNode = Node<AzNodeData, 'az'>;
export type LabFlowNode = RegionFlowNode | AzFlowNode;

export interface Flow {
  nodes: LabFlowNode[];
  edges: Edge[];
}

export const regionNodeId = (region: string) => `region:${region}`;
export const azNodeId = (zoneName: string) => `az:${zoneName}`;

/** True while the learner has built nothing in the home region (the canvas shows a hint). */
export function homeRegionIsEmpty(world: World | null): boolean {
  return !world || !world.vpcs.values().some((vpc) => vpc.region === world.homeRegion);
}

const fixed = { draggable: false, selectable: false, connectable: false, deletable: false } as const;

/** Nodes for the world; before the engine has loaded (`null`), the empty home region from the static region table. */
export function toFlow(world: World | null): Flow {
  const region = world ? world.regions[world.homeRegion] : REGIONS[HOME_REGION];
  if (!region) return { nodes: [], edges: [] };
  const { azWidth, azHeight, azGap, regionPadding, regionHeader } = LAYOUT;
  const zones = region.zones;
  const regionId = regionNodeId(region.name);
  const subnetsPerZone = new Map<string, number>();
  for (const subnet of world?.subnets.values() ?? []) {
    if (subnet.region === region.name) subnetsPerZone.set(subnet.az, (subnetsPerZone.get(subnet.az) ?? 0) + 1);
  }

  const regionNode: RegionFlowNode = {
    id: regionId,
    type: 'region',
    position: { x: 0, y: 0 },
    width: regionPadding * 2 + zones.length * azWidth + Math.max(0, zones.length - 1) * azGap,
    height: regionHeader + azHeight + regionPadding,
    data: { name: region.name, zoneCount: zones.length, empty: homeRegionIsEmpty(world) },
    zIndex: 0,
    ...fixed,
  };

  const azNodes = zones.map(
    (zone, i): AzFlowNode => ({
      id: azNodeId(zone.ZoneName),
      type: 'az',
      parentId: regionId,
      extent: 'parent',
      position: { x: regionPadding + i * (azWidth + azGap), y: regionHeader },
      width: azWidth,
      height: azHeight,
      data: {
        zoneName: zone.ZoneName,
        zoneId: zone.ZoneId,
        region: region.name,
        subnetCount: subnetsPerZone.get(zone.ZoneName) ?? 0,
      },
      zIndex: 1,
      ...fixed,
    }),
  );

  return { nodes: [regionNode, ...azNodes], edges: [] };
}
