import '../canvas/canvas.css';
import './present.css';
import { useEffect, useRef } from 'react';
import { ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { nodeTypes } from '../canvas/nodes';
import type { Flow, LabFlowNode } from '../canvas/flow-types';
import { readableZoom } from '../store/text-size';

/** The camera never settles below this: node text stays ≥ 18 px on screen (Projector text size). */
const PROJECTOR_ZOOM = readableZoom('projector');

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Moves the camera to what the step changed (smoothly unless reduced motion is asked for); the whole world at first. */
function CameraToChange({ focus, stepKey }: { focus: string[]; stepKey: number }) {
  const flow = useReactFlow();
  const first = useRef(true);
  useEffect(() => {
    const duration = reducedMotion() ? 0 : 500;
    // wait a frame so React Flow has measured the step's new nodes
    const frame = requestAnimationFrame(() => {
      if (first.current || !focus.length) void flow.fitView({ padding: 0.12, maxZoom: 1.6, minZoom: PROJECTOR_ZOOM, duration: first.current ? 0 : duration });
      else void flow.fitView({ nodes: focus.map((id) => ({ id })), padding: 0.45, maxZoom: 1.6, minZoom: PROJECTOR_ZOOM, duration });
      first.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, focus, stepKey]);
  return null;
}

/** The presenter's canvas: the world at the current step, read-only, projector-sized, with its changes animated. */
export function PresenterCanvas({ flow, focus, step, theme }: { flow: Flow; focus: string[]; step: number; theme: 'light' | 'dark' }) {
  return (
    <ReactFlowProvider>
      <div className="presenter h-full w-full" data-testid="presenter-canvas">
        <ReactFlow<LabFlowNode>
          aria-label={`Step ${step} on the canvas`}
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          colorMode={theme}
          minZoom={PROJECTOR_ZOOM}
          maxZoom={2.5}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          zoomOnDoubleClick={false}
        >
          <CameraToChange focus={focus} stepKey={step} />
        </ReactFlow>
      </div>
    </ReactFlowProvider>
  );
}
