import { asEc2 } from '../../billing/ec2-context';
import { NOTICE_SECONDS, statusPatch, type InterruptionBehavior } from '../../billing/spot-rules';
import type { Instance } from '../../model/instances';
import { isoAt } from '../../time';
import type { Tx } from '../../tx';
import { stopInstance, terminateInstance } from '../instances/instances';

/**
 * Spot interruptions (rule 73): when the price of a pool rises above an instance's max price (or above the
 * On-Demand price when the launch named none), EC2 issues an interruption notice (IMDS `spot/instance-action`,
 * request status `marked-for-termination` / `marked-for-stop`) and acts 2 minutes later, when sim:AdvanceTime
 * reaches the notice time. Hibernation gets no 2-minute warning: it starts at once.
 */

const SPOT_STOP_REASON = { Code: 'Server.SpotInstanceShutdown', Message: 'Server.SpotInstanceShutdown: Spot instance shutdown' };
const SPOT_TERMINATE_REASON = {
  Code: 'Server.SpotInstanceTermination',
  Message: 'Server.SpotInstanceTermination: Spot instance termination',
};

/** EC2 decides to interrupt a Spot Instance: notice now, action in 2 minutes (hibernation at once). */
export function interrupt(tx: Tx, instance: Instance, spot: number, max: number): { InstanceId: string; Action: string; Time: string } {
  const market = instance.market;
  if (!market) throw new Error(`${instance.id} is not a Spot Instance`);
  const action: InterruptionBehavior = market.interruptionBehavior;
  const time = action === 'hibernate' ? tx.now : tx.now + NOTICE_SECONDS;
  tx.update('instances', instance.id, { market: { ...market, notice: { action, time } } });
  const request = tx.get('spotRequests', market.spotInstanceRequestId);
  if (request && request.instanceId === instance.id && action !== 'hibernate') {
    tx.update('spotRequests', request.id, statusPatch(tx, action === 'stop' ? 'marked-for-stop' : 'marked-for-termination'));
  }
  tx.event({
    type: 'spot-interruption-notice',
    message:
      action === 'hibernate'
        ? `Spot price ${spot} rose above the max price ${max} of ${instance.id}: EC2 hibernates it now (hibernation gets no 2-minute warning).`
        : `Spot price ${spot} rose above the max price ${max} of ${instance.id}: interruption notice issued, EC2 will ${action} it at ${isoAt(time)} (in 2 minutes). The OS can read it at /latest/meta-data/spot/instance-action.`,
    resourceId: instance.id,
    data: { action, time },
  });
  if (action === 'hibernate') performInterruption(tx, instance.id);
  return { InstanceId: instance.id, Action: action, Time: isoAt(time) };
}

function performInterruption(tx: Tx, instanceId: string): void {
  const instance = tx.get('instances', instanceId);
  const notice = instance?.market?.notice;
  if (!instance || !notice || instance.state !== 'running') return;
  const rtx = tx.actingAs(instance.region, instance.ownerId);
  asEc2(rtx, instance.id, 'price', () => {
    if (notice.action === 'terminate') {
      terminateInstance(rtx, instance.id, { reason: 'Service initiated (Spot)', stateReason: SPOT_TERMINATE_REASON });
    } else {
      stopInstance(rtx, instance.id, {
        reason: 'Service initiated (Spot)',
        stateReason: SPOT_STOP_REASON,
        hibernate: notice.action === 'hibernate',
      });
    }
  });
  rtx.event({
    type: 'spot-interruption',
    message: `EC2 interrupted Spot Instance ${instance.id}: ${notice.action === 'terminate' ? 'terminated' : notice.action === 'stop' ? 'stopped' : 'hibernated'}.`,
    resourceId: instance.id,
  });
}

/** The earliest pending interruption time, if any (sim:AdvanceTime stops there). */
export function nextSpotNotice(tx: Tx): number | undefined {
  let next: number | undefined;
  for (const i of tx.all('instances')) {
    const t = i.market?.notice?.time;
    if (t !== undefined && i.state === 'running' && (next === undefined || t < next)) next = t;
  }
  return next;
}

/** Carry out every interruption whose notice time has come. Returns how many. */
export function processSpotNotices(tx: Tx): number {
  let n = 0;
  const due = tx
    .all('instances')
    .filter((i) => i.state === 'running' && i.market?.notice && i.market.notice.time <= tx.now)
    .map((i) => i.id)
    .sort();
  for (const id of due) {
    performInterruption(tx, id);
    n++;
  }
  return n;
}
