import './canvas.css';
import { useCallback, useEffect, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { Background, BackgroundVariant, Controls, Panel, ReactFlow, type FitViewOptions } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useLabStore } from '../store/store';
import { AttachMenu } from './attach/AttachMenu';
import { DropStatus } from './attach/DropStatus';
import { openAttachMenu } from './attach/drag-store';
import { attachSource } from './attach/targets';
import { installDevHooks } from './dev-hooks';
import { EmptyHint } from './EmptyHint';
import { nodeTypes } from './nodes';
import { toFlow, type LabFlowNode } from './to-flow';
import { useAttachShortcut } from './use-attach-shortcut';
import { useAutoFit } from './use-auto-fit';
import { useFollowSelection } from './use-follow-selection';

const fitViewOptions: FitViewOptions = { padding: { top: '32px', bottom: '112px', x: '40px' }, maxZoom: 1 };

/** The lab canvas: React Flow drawing nodes derived from the world, in the network or the physical lens. */
export function Canvas() {
  const { world, lens, positions, theme, select } = useLabStore(
    useShallow((s) => ({ world: s.world, lens: s.lens, positions: s.positions, theme: s.theme, select: s.select })),
  );
  const { nodes, edges } = toFlow(world, lens, positions);
  const region = nodes[0]?.type === 'region' ? nodes[0].data : undefined;
  const sizeKey = useMemo(
    () =>
      nodes
        .filter((n) => !n.parentId)
        .map((n) => `${n.id}:${n.width}x${n.height}`)
        .join(' '),
    [nodes],
  );
  const onMoveStart = useAutoFit(lens, sizeKey, fitViewOptions);

  useEffect(installDevHooks, []);
  useAttachShortcut();
  useFollowSelection();

  const onNodeClick = useCallback((_: MouseEvent, node: LabFlowNode) => select(node.id), [select]);
  const onPaneClick = useCallback(() => select(null), [select]);
  const onNodeContextMenu = useCallback(
    (event: MouseEvent, node: LabFlowNode) => {
      select(node.id);
      if (attachSource(useLabStore.getState().world, node.id)) {
        event.preventDefault();
        openAttachMenu(node.id);
      }
    },
    [select],
  );
  /** Keyboard on a focused node: Enter or Space selects it (A, handled globally, then attaches it). */
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const id = target.classList.contains('react-flow__node') ? target.dataset.id : undefined;
      if (id && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        select(id);
      }
    },
    [select],
  );

  return (
    <div className="relative h-full w-full" onKeyDown={onKeyDown}>
      <ReactFlow<LabFlowNode>
        aria-label="Lab canvas"
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        colorMode={theme}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.05}
        maxZoom={2}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable
        edgesFocusable={false}
        elementsSelectable={false}
        selectionKeyCode={null}
        deleteKeyCode={null}
        multiSelectionKeyCode={null}
        onNodeClick={onNodeClick}
        onNodeContextMenu={onNodeContextMenu}
        onPaneClick={onPaneClick}
        onMoveStart={onMoveStart}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.5} />
        <Controls showInteractive={false} position="bottom-left" />
        {region?.empty && lens === 'network' && (
          <Panel position="bottom-center">
            <EmptyHint region={region.name} />
          </Panel>
        )}
      </ReactFlow>
      <DropStatus />
      <AttachMenu />
    </div>
  );
}
