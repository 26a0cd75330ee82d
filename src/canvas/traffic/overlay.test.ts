import { describe, expect, it } from 'vitest';
import type { Edge } from '@xyflow/react';
import { trafficOverlay, trafficRunOf } from './overlay';

const edges: Edge[] = [
  { id: 'listener:l1', source: 'lb1', target: 'tg1' },
  { id: 'listener:l2', source: 'lb2', target: 'tg2' },
  { id: 'target:tg1:i-a', source: 'tg1', target: 'i-a' },
  { id: 'target:tg1:i-b', source: 'tg1', target: 'i-b' },
  { id: 'target:tg1:i-c', source: 'tg1', target: 'i-c' },
  { id: 'target:tg2:i-a', source: 'tg2', target: 'i-a' },
  { id: 'member:g:i-a', source: 'g', target: 'i-a' },
];

describe('traffic overlay', () => {
  it('runs dots from the load balancer to its target group and to each target that served, thicker for a bigger share', () => {
    const out = trafficOverlay(edges, { serial: 3, loadBalancerArn: 'lb1', byTarget: { 'i-a': 900, 'i-b': 100 } });
    expect(out.map((e) => e.id)).toEqual(['traffic:3:listener:l1', 'traffic:3:target:tg1:i-a', 'traffic:3:target:tg1:i-b']);
    expect(out.every((e) => e.className === 'traffic-flow' && e.selectable === false)).toBe(true);
    expect(Number(out[1]!.style!.strokeWidth)).toBeGreaterThan(Number(out[2]!.style!.strokeWidth));
  });

  it('draws nothing without a run, or when nothing was served (503, unreachable)', () => {
    expect(trafficOverlay(edges, null)).toEqual([]);
    expect(trafficOverlay(edges, { serial: 1, loadBalancerArn: 'lb1', byTarget: {} })).toEqual([]);
    expect(trafficOverlay(edges, { serial: 1, loadBalancerArn: 'lb-gone', byTarget: { 'i-a': 5 } })).toEqual([]);
  });

  it('reads a run from sim:SendTraffic only', () => {
    const action = { type: 'sim:SendTraffic', params: { LoadBalancerArn: 'lb1', Requests: 10 } };
    expect(trafficRunOf(action, { ByTarget: { 'i-a': 10 } }, 2)).toEqual({ serial: 2, loadBalancerArn: 'lb1', byTarget: { 'i-a': 10 } });
    expect(trafficRunOf({ type: 'sim:AdvanceTime', params: {} }, { ByTarget: {} }, 2)).toBeUndefined();
    expect(trafficRunOf({ type: 'sim:SendTraffic', params: {} }, { ByTarget: {} }, 2)).toBeUndefined();
  });
});
