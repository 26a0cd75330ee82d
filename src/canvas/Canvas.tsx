import './canvas.css';
import { useCallback, useEffect, useState, type DragEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { Background, BackgroundVariant, ControlButton, Controls, MiniMap, Panel, ReactFlow, useReactFlow } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { registerCameraGetter } from '../share/camera';
import { openFile } from '../share/ShareButton';
import { useLabStore } from '../store/store';
import { AttachMenu } from './attach/AttachMenu';
import { DropStatus } from './attach/DropStatus';
import { openAttachMenu } from '../store/attach-drag';
import { attachSource } from '../view-model/attach-targets';
import { installDevHooks } from './dev-hooks';
import { EmptyHint } from './EmptyHint';
import { nodeTypes } from './nodes';
import { toFlow, type LabFlowNode } from './to-flow';
import { useAttachShortcut } from './use-attach-shortcut';
import { useReadableCamera } from './camera/use-camera';
import { useLabFocus } from './camera/use-lab-focus';
import { RegionBar } from './RegionBar';
import { useFollowSelection } from './use-follow-selection';
import { useTrafficEdges } from './traffic/use-traffic';

const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;

/**
 * From this many nodes on, only the cards in view (or partly in view) are in the DOM: on the 1,000-resource world
 * every action otherwise re-lays out and repaints ~1,000 cards. Smaller worlds keep every card (Tab reaches them all).
 */
const RENDER_VISIBLE_FROM = 300;

const MINIMAP_SIZE = { width: 168, height: 112 };
const MINIMAP_COLORS: Partial<Record<string, string>> = {
  vpc: 'rgb(22 163 74 / 0.35)',
  subnet: 'rgb(14 165 233 / 0.35)',
  instance: '#ea580c',
  volume: '#0d9488',
  eip: '#7c3aed',
  host: 'rgb(100 116 139 / 0.4)',
};
/** Minimap: the cards that matter in colour; regions, zones and shelves leave the background. */
function minimapColor(node: LabFlowNode): string {
  return MINIMAP_COLORS[node.type] ?? 'transparent';
}

function FitIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round">
      <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />
    </svg>
  );
}

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

  const flow = useReactFlow();
  useEffect(() => registerCameraGetter(() => flow.getViewport()), [flow]);
  // A scenario's camera: applied once the automatic fit for its new world (scheduled for the next frame, animated
  // 150 ms) has started, as an animated move that interrupts it; from then on it counts as the learner's own view.
  const cameraRequest = useLabStore((s) => s.cameraRequest);
  useEffect(() => {
    if (!cameraRequest) return;
    const timer = setTimeout(() => {
      onMoveStart(new MouseEvent('mousedown'));
      // A link's camera is data from outside: kept within the canvas's own zoom range and a sane distance.
      const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));
      const camera = {
        x: clamp(cameraRequest.x, -1e6, 1e6),
        y: clamp(cameraRequest.y, -1e6, 1e6),
        zoom: clamp(cameraRequest.zoom, MIN_ZOOM, MAX_ZOOM),
      };
      void flow.setViewport(camera, { duration: 120 });
      useLabStore.getState().requestCamera(null);
    }, 250);
    return () => clearTimeout(timer);
  }, [cameraRequest, flow, onMoveStart]);

  // An .ec2lab.json file dropped on the canvas opens like a link (not in the read-only embed).
  const [fileOver, setFileOver] = useState(false);
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (embed || !event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setFileOver(true);
    },
    [embed],
  );
  const onDragLeave = useCallback((event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFileOver(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      setFileOver(false);
      const file = event.dataTransfer.files[0];
      if (embed || !file) return;
      event.preventDefault();
      openFile(file);
    },
    [embed],
  );
  /** Embed mode: a press on a free card does not start drag-to-attach (the canvas is read-only). */
  const onPointerDownCapture = useCallback(
    (event: PointerEvent) => {
      if (embed && (event.target as Element).closest('.nodrag')) event.stopPropagation();
    },
    [embed],
  );

  useEffect(installDevHooks, []);
  useAttachShortcut();
  useFollowSelection();

  const onNodeClick = useCallback((_: MouseEvent, node: LabFlowNode) => select(node.id), [select]);
  const onPaneClick = useCallback(() => select(null), [select]);
  const onNodeContextMenu = useCallback(
    (event: MouseEvent, node: LabFlowNode) => {
      select(node.id);
      if (!useLabStore.getState().embed && attachSource(useLabStore.getState().world, node.id)) {
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
    <div
      className="@container relative h-full w-full"
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      onPointerDownCapture={onPointerDownCapture}
    >
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
        <Controls showInteractive={false} showFitView={false} position="bottom-left">
          <ControlButton onClick={requestFitAll} title="Fit all (F)" aria-label="Fit all (F)">
            <FitIcon />
          </ControlButton>
        </Controls>
        <MiniMap
          pannable
          zoomable
          ariaLabel="Minimap: where you are on the canvas"
          className="@max-3xl:hidden"
          style={MINIMAP_SIZE}
          nodeColor={minimapColor}
          nodeStrokeWidth={2}
        />
        {!embed && <RegionBar />}
        {region?.empty && lens === 'network' && !embed && (
          <Panel position="bottom-center">
            <EmptyHint region={region.name} />
          </Panel>
        )}
      </ReactFlow>
      {!embed && <DropStatus />}
      {!embed && <AttachMenu />}
      {fileOver && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-3 z-20 flex items-center justify-center rounded-xl border-4 border-dashed border-sky-500 bg-sky-50/80 text-xl font-semibold text-sky-900 dark:bg-sky-950/80 dark:text-sky-100"
        >
          Drop the .ec2lab.json file to open it
        </div>
      )}
    </div>
  );
}
