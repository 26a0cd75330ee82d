import { useMemo } from 'react';
import { Background, BackgroundVariant, Controls, Panel, ReactFlow, type FitViewOptions } from '@xyflow/react';
import { useLabStore } from '../store/store';
import { nodeTypes } from './nodes';
import { toFlow } from './to-flow';
import { EmptyHint } from './EmptyHint';

const fitViewOptions: FitViewOptions = { padding: { top: '32px', bottom: '112px', x: '40px' }, maxZoom: 1 };

/** The lab canvas: React Flow drawing nodes derived from the world. */
export function Canvas() {
  const world = useLabStore((s) => s.world);
  const theme = useLabStore((s) => s.theme);
  const { nodes, edges } = useMemo(() => toFlow(world), [world]);
  const region = nodes[0]?.type === 'region' ? nodes[0].data : undefined;

  return (
    <ReactFlow
      aria-label="Lab canvas"
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      colorMode={theme}
      fitView
      fitViewOptions={fitViewOptions}
      minZoom={0.2}
      maxZoom={2}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      elementsSelectable={false}
    >
      <Background variant={BackgroundVariant.Dots} gap={24} size={1.5} />
      <Controls showInteractive={false} position="bottom-left" />
      {region?.empty && (
        <Panel position="bottom-center">
          <EmptyHint region={region.name} />
        </Panel>
      )}
    </ReactFlow>
  );
}
