/**
 * Traffic seen on the canvas: after a sim:SendTraffic, dots run along the lines the requests took — load balancer →
 * target group (its listener's line) → each target that answered — drawn as extra edges over the health lines. The
 * motion is a finite CSS animation (canvas.css), so no frame is rendered by React; with prefers-reduced-motion the
 * dots stand still and fade. A new run gets new edge ids, so its animation starts again.
 */
import type { Edge } from '@xyflow/react';

export interface TrafficRun {
  /** Counts up with each run (edge ids carry it). */
  serial: number;
  loadBalancerArn: string;
  /** Requests per target id (the response's ByTarget). */
  byTarget: Readonly<Record<string, number>>;
}

const OVERLAY = { selectable: false, focusable: false, deletable: false } as const;

/** The overlay edges of a run over the canvas's edges (none when nothing was served). */
export function trafficOverlay(edges: readonly Edge[], run: TrafficRun | null): Edge[] {
  if (!run) return [];
  const served = Object.entries(run.byTarget).filter(([, n]) => n > 0);
  const total = served.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return [];
  const listeners = edges.filter((e) => e.id.startsWith('listener:') && e.source === run.loadBalancerArn);
  const groups = new Set(listeners.map((e) => e.target));
  const out: Edge[] = [];
  const share = (n: number) => Math.max(4, Math.round(4 + (6 * n) / total));
  const targets = edges.filter((e) => e.id.startsWith('target:') && groups.has(e.source) && (run.byTarget[e.target] ?? 0) > 0);
  const used = new Set(targets.map((e) => e.source));
  for (const e of listeners) {
    if (!used.has(e.target)) continue;
    out.push({ ...OVERLAY, id: `traffic:${run.serial}:${e.id}`, source: e.source, target: e.target, className: 'traffic-flow', zIndex: e.zIndex, style: { strokeWidth: 10 } });
  }
  for (const e of targets) {
    out.push({
      ...OVERLAY,
      id: `traffic:${run.serial}:${e.id}`,
      source: e.source,
      target: e.target,
      className: 'traffic-flow',
      zIndex: e.zIndex,
      style: { strokeWidth: share(run.byTarget[e.target] ?? 0) },
      data: { requests: run.byTarget[e.target] },
    });
  }
  return out;
}

/** A run from a sim:SendTraffic request and its response (undefined when it is not one). */
export function trafficRunOf(action: { type: string; params?: Record<string, unknown> }, response: unknown, serial: number): TrafficRun | undefined {
  if (action.type !== 'sim:SendTraffic') return undefined;
  const arn = action.params?.LoadBalancerArn;
  const byTarget = (response as { ByTarget?: Record<string, number> } | undefined)?.ByTarget;
  if (typeof arn !== 'string' || !byTarget) return undefined;
  return { serial, loadBalancerArn: arn, byTarget };
}
