import type { NodeTypes } from '@xyflow/react';
import { AzNode } from './AzNode';
import { RegionNode } from './RegionNode';

/** One memo-ised component per node kind. A module constant, so React Flow never sees a new object. */
export const nodeTypes = {
  region: RegionNode,
  az: AzNode,
} satisfies NodeTypes;
