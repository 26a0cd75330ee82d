import type { Instance } from '../../model/instances';
import type { AutoScalingGroup } from '../../model/scaling';
import { Params } from '../../params';
import type { Tx } from '../../tx';
import { terminateInstance } from '../instances/instances';
import { launchInstances } from '../launch';

/**
 * Auto Scaling acting on instances (S27, S30): a group launches and terminates its members through the instance
 * family, acting as the group's owner in its Region — as the Spot market (spot-market.ts) and alarm actions
 * (alarm-actions.ts) do. Which zone, which member and the group's activities stay in autoscaling/capacity.ts.
 */

/** Launch the one instance of a RunInstances request for the group; throws the Refusal when EC2 refuses. */
export function launchGroupInstance(tx: Tx, g: AutoScalingGroup, request: Record<string, unknown>): Instance | undefined {
  const sub = tx.actingAs(g.region, g.ownerId);
  return launchInstances(sub, new Params(request)).instances[0];
}

/** Terminate a member the group takes out (`Service initiated`). */
export function terminateGroupInstance(tx: Tx, g: AutoScalingGroup, instanceId: string): void {
  const sub = tx.actingAs(g.region, g.ownerId);
  terminateInstance(sub, instanceId, { reason: `Service initiated (${g.name})` });
}
