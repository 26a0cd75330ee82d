import './canvas.css';
import { useEffect, useRef } from 'react';
import { Background, BackgroundVariant, Panel, ReactFlow, useReactFlow } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { registerCameraGetter } from '../share/camera';
import { useLabStore } from '../store/store';
import { AttachMenu } from './attach/AttachMenu';
import { DropStatus } from './attach/DropStatus';
import { CanvasControls } from './CanvasControls';
import { CanvasEdges } from './CanvasEdges';
import { installDevHooks } from './dev-hooks';
import { EmptyHint } from './EmptyHint';
import { FileDropOverlay } from './FileDropOverlay';
import { nodeTypes } from './nodes';
import { toFlow, type LabFlowNode } from './to-flow';
import { useAttachShortcut } from './use-attach-shortcut';
import { useCameraRequest } from './use-camera-request';
import { useCanvasHandlers } from './use-canvas-handlers';
import { useFileDrop } from './use-file-drop';
import { useReadableCamera } from './camera/use-camera';
import { useLabFocus } from './camera/use-lab-focus';
import { useFollowSelection } from './use-follow-selection';
import { usePaneBeforePaint } from './use-pane-before-paint';
import { useTrafficEdges } from './traffic/use-traffic';
import { MAX_ZOOM, MIN_ZOOM } from './zoom';

/**
 * From this many nodes on, only the cards in view (or partly in view) are in the DOM: on the 1,000-resource world
 * every action otherwise re-lays out and repaints ~1,000 cards. Smaller worlds keep every card (Tab reaches them all).
 */
const RENDER_VISIBLE_FROM = 300;

/** The lab canvas: React Flow drawing nodes derived from the world, in the network or the physical lens. */
export function Canvas() {
  const { world, lens, positions, theme, select, regionChoice } = useLabStore(
    useShallow((s) => ({ world: s.world, lens: s.lens, positions: s.positions, theme: s.theme, select: s.select, regionChoice: s.regionChoice })),
  );
  const { nodes, edges: worldEdges } = toFlow(world, lens, positions, regionChoice);
  const edges = useTrafficEdges(worldEdges);
  const region = nodes[0]?.type === 'region' ? nodes[0].data : undefined;
  const embed = useLabStore((s) => s.embed);
  const onMoveStart = useReadableCamera(nodes, lens, useLabFocus());
  const requestFitAll = useLabStore((s) => s.requestFitAll);

  const pane = useRef<HTMLDivElement>(null);
  usePaneBeforePaint(pane);

  const flow = useReactFlow();
  useEffect(() => registerCameraGetter(() => flow.getViewport()), [flow]);
  useCameraRequest(flow, onMoveStart);
  const { fileOver, onDragOver, onDragLeave, onDrop } = useFileDrop(embed);
  const { onPointerDownCapture, onNodeClick, onPaneClick, onNodeContextMenu, onKeyDown } = useCanvasHandlers(select, embed);

  useEffect(installDevHooks, []);
  useAttachShortcut();
  useFollowSelection();

  return (
    <div
      ref={pane}
      className="@container relative h-full w-full"
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      onPointerDownCapture={onPointerDownCapture}
    >
      <CanvasEdges nodes={nodes} onMoveStart={onMoveStart} />
      <ReactFlow<LabFlowNode>
        aria-label="Lab canvas"
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        colorMode={theme}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable
        onlyRenderVisibleElements={nodes.length >= RENDER_VISIBLE_FROM}
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
        <CanvasControls onFitAll={requestFitAll} nodes={nodes} />
        {region?.empty && lens === 'network' && !embed && (
          <Panel position="bottom-center">
            <EmptyHint region={region.name} />
          </Panel>
        )}
      </ReactFlow>
      {!embed && <DropStatus />}
      {!embed && <AttachMenu />}
      {fileOver && <FileDropOverlay />}
    </div>
  );
}
