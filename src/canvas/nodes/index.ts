import type { NodeTypes } from '@xyflow/react';
import { AsgOutlineNode } from './AsgOutlineNode';
import { AzNode } from './AzNode';
import { BayNode } from './BayNode';
import { EipNode } from './EipNode';
import { EniNode } from './EniNode';
import { HostNode } from './HostNode';
import { InstanceNode } from './InstanceNode';
import { RegionNode } from './RegionNode';
import { LoadBalancerNode, TargetGroupNode } from './ScalingNodes';
import { ShelfItemNode } from './ShelfItemNode';
import { ShelfNode } from './ShelfNode';
import { SubnetNode } from './SubnetNode';
import { VolumeNode } from './VolumeNode';
import { VpcNode } from './VpcNode';
import { ZoneColumnNode } from './ZoneColumnNode';

/** One memo-ised component per node kind. A module constant, so React Flow never sees a new object. */
export const nodeTypes = {
  region: RegionNode,
  shelf: ShelfNode,
  vpc: VpcNode,
  zoneColumn: ZoneColumnNode,
  az: AzNode,
  subnet: SubnetNode,
  instance: InstanceNode,
  eni: EniNode,
  volume: VolumeNode,
  eip: EipNode,
  shelfItem: ShelfItemNode,
  host: HostNode,
  bay: BayNode,
  loadBalancer: LoadBalancerNode,
  targetGroup: TargetGroupNode,
  autoScalingGroup: AsgOutlineNode,
} satisfies NodeTypes;
