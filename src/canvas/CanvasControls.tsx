import { ControlButton, Controls } from '@xyflow/react';
import { MiniMap } from './MiniMap';
import type { LabFlowNode } from './to-flow';

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

/** The canvas's zoom controls (with "Fit all") and its minimap. */
export function CanvasControls({ onFitAll, nodes }: { onFitAll: () => void; nodes: readonly LabFlowNode[] }) {
  return (
    <>
      <Controls showInteractive={false} showFitView={false} position="bottom-left">
        <ControlButton onClick={onFitAll} title="Fit all (F)" aria-label="Fit all (F)">
          <FitIcon />
        </ControlButton>
      </Controls>
      <MiniMap
        nodes={nodes}
        ariaLabel="Minimap: where you are on the canvas"
        className="@max-3xl:hidden"
        width={168}
        height={112}
        color={minimapColor}
      />
    </>
  );
}
