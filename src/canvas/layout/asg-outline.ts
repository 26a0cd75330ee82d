/**
 * An Auto Scaling group in the network lens: a dashed outline around its instances, which stay in their subnets.
 * A group spreads across AZs (one subnet per AZ), so its outline is drawn in parts, one per subnet it launches into
 * or has an instance in; every part carries the same label (`web · min 2 / desired 2 / max 4`) and says how many
 * of the group's instances it holds. A part with none is an empty placeholder (a group at 0, or a lost AZ), still
 * labelled and selectable. The first part (in zone order) has the group's ARN as its node id, so the camera, the
 * selection and links find the group; the others are `<arn>#<subnet id>`.
 *
 * The parts are blocks of the subnet's own layout, measured with the cards inside them: no second pass over the
 * nodes to fit outlines, and what places the parts is cached per world like the rest of the index.
 */
import type { World } from '../../engine';
import type { AutoScalingGroup, LabFlowNode } from '../flow-types';
import { FIXED, type Block } from './block';
import { gridColumns, pack, rowWidth } from './pack';
import { SIZE, Z } from './sizes';

const S = SIZE;

const OUTLINE = {
  /**
   * The label, at the foot of the part: the group's name with min/desired/max, then what this part holds. At the
   * foot, the lines that come down from a target group to the cards never cross it.
   */
  footer: 64,
  padding: 10,
  /** Body of a part that holds no instance. */
  emptyHeight: 44,
} as const;

/** One part of a group's outline: the group in one subnet. */
interface OutlinePart {
  id: string;
  group: AutoScalingGroup;
  subnetId: string;
  /** 1-based, in zone order. */
  part: number;
  parts: number;
}

interface OutlineIndex {
  /** The outline parts in each subnet, groups by name. */
  partsBySubnet: ReadonlyMap<string, readonly OutlinePart[]>;
  /** The group (ARN) each member instance belongs to. */
  groupOf: ReadonlyMap<string, string>;
}

const outlinePartId = (group: AutoScalingGroup, subnetId: string, first: boolean) => (first ? group.id : `${group.id}#${subnetId}`);

/** The group's ARN of an outline part's node id. */
export const groupIdOfPart = (nodeId: string) => nodeId.split('#')[0]!;

const EMPTY: OutlineIndex = { partsBySubnet: new Map(), groupOf: new Map() };
const cache = new WeakMap<World, OutlineIndex>();

/** Where each group's outline parts go (cached per world: worlds are immutable). */
export function outlineIndex(world: World): OutlineIndex {
  if (world.autoScalingGroups.size === 0) return EMPTY;
  const cached = cache.get(world);
  if (cached) return cached;
  const rank = new Map<string, number>();
  let i = 0;
  for (const subnet of world.subnets.values()) rank.set(subnet.id, i++);
  const partsBySubnet = new Map<string, OutlinePart[]>();
  const groupOf = new Map<string, string>();
  const groups = [...world.autoScalingGroups.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const group of groups) {
    const subnetIds = new Set(group.subnetIds);
    for (const m of group.instances) {
      const instance = world.instances.get(m.instanceId);
      if (!instance) continue;
      groupOf.set(instance.id, group.id);
      subnetIds.add(instance.subnetId);
    }
    const vpcId = world.subnets.get(group.subnetIds[0] ?? '')?.vpcId;
    const subnets = [...subnetIds]
      .map((id) => world.subnets.get(id))
      .filter((s) => s !== undefined && s.vpcId === vpcId)
      .sort((a, b) => (a!.az < b!.az ? -1 : a!.az > b!.az ? 1 : rank.get(a!.id)! - rank.get(b!.id)!));
    subnets.forEach((subnet, k) => {
      const part: OutlinePart = { id: outlinePartId(group, subnet!.id, k === 0), group, subnetId: subnet!.id, part: k + 1, parts: subnets.length };
      const list = partsBySubnet.get(subnet!.id);
      if (list) list.push(part);
      else partsBySubnet.set(subnet!.id, [part]);
    });
  }
  const index = { partsBySubnet, groupOf };
  cache.set(world, index);
  return index;
}

/** One part of an outline around `members` (the group's instance cards in this subnet). */
export function outlineBlock(part: OutlinePart, members: readonly Block[]): Block {
  const columns = Math.max(1, gridColumns(members.length));
  const inner = rowWidth(columns, S.cardWidth, S.cardGap);
  const packed = pack(members, inner, S.cardGap);
  const width = inner + 2 * OUTLINE.padding;
  const height = (members.length ? OUTLINE.padding + packed.height : OUTLINE.emptyHeight) + OUTLINE.footer;
  const { group } = part;
  const inService = group.instances.filter((m) => m.lifecycleState === 'InService').length;
  return {
    width,
    height,
    emit(out, parentId, x, y) {
      out.push({
        id: part.id,
        type: 'autoScalingGroup',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width,
        height,
        // Above its subnet, below the cards inside it. Only its label takes the pointer (see AsgOutlineNode):
        // a press on the outline's empty area reaches the subnet under it, as it would without the outline.
        zIndex: Z.subnet,
        style: PASS_THROUGH,
        ...FIXED,
        focusable: false,
        data: { group, inService, here: members.length, total: group.instances.length, part: part.part, parts: part.parts },
      } as LabFlowNode);
      members.forEach((member, i) => {
        const p = packed.positions[i]!;
        member.emit(out, part.id, OUTLINE.padding + p.x, OUTLINE.padding + p.y);
      });
    },
  };
}

const PASS_THROUGH = { pointerEvents: 'none' } as const;
