import type { Instance } from '../../model/instances';
import type { LoadBalancer, RegisteredTarget, TargetGroup } from '../../model/scaling';
import type { Tx } from '../../tx';
import { inUseSince, loadBalancerOf } from './common';
import { zoneFailed } from '../../zone-failures';
import { admitsLoadBalancer } from './paths';

/**
 * Target health (rules S9–S13): checks start 10 s after a target is registered behind a listener, then run every
 * HealthCheckIntervalSeconds. A check passes when the guest answers the path with a code the matcher accepts (the
 * stock AMI's web server listens on TCP 80 and answers 200 for `/`, 404 otherwise). Only targets whose result
 * disagrees with their state need checks to be simulated; the others stay as they are.
 */

/** Delay before the first health check (simulation choice, reference "Timing"). */
export const FIRST_CHECK_SECONDS = 10;
/** Port the guest's web server listens on. */
export const WEB_PORT = 80;

export interface Probe {
  pass: boolean;
  reason?: string;
  description?: string;
  /** Status code the guest answered, when it answered. */
  code?: number;
}

export interface TargetView {
  State: 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining';
  Reason?: string;
  Description?: string;
}

/** The instance behind a target: the instance itself, or the one holding the IP address. */
export function targetInstance(tx: Tx, tg: TargetGroup, target: RegisteredTarget): Instance | undefined {
  if (tg.targetType === 'instance') return tx.get('instances', target.id);
  const eni = tx.all('networkInterfaces').find((e) => e.vpcId === tg.vpcId && e.privateIps.some((ip) => ip.address === target.id));
  return eni?.attachment ? tx.get('instances', eni.attachment.instanceId) : undefined;
}

/** Whether an instance is up and reachable over the VPC (running, checks passing, zone not failed). */
export function answers(tx: Tx, instance: Instance | undefined): boolean {
  if (!instance || instance.state !== 'running') return false;
  if (instance.status.system === 'impaired' || instance.status.instance === 'impaired') return false;
  return !zoneFailed(tx, instance.az);
}

export function matcherAccepts(matcher: string, code: number): boolean {
  return matcher.split(',').some((part) => {
    const [lo, hi] = part.trim().split('-').map(Number);
    if (lo === undefined || Number.isNaN(lo)) return false;
    return hi === undefined ? code === lo : code >= lo && code <= hi;
  });
}

/** What the guest answers to a request on a port and path: the HTTP status, or no answer / refused. */
export function guestAnswer(tx: Tx, instance: Instance | undefined, port: number, path: string): number | 'timeout' | 'refused' {
  if (!answers(tx, instance)) return 'timeout';
  if (port !== WEB_PORT) return 'refused';
  return path === '/' || path.startsWith('/?') ? 200 : 404;
}

/** One health check (S9, S11): a check the target's security groups drop times out, like an instance that is down. */
export function probe(tx: Tx, tg: TargetGroup, target: RegisteredTarget, lb = loadBalancerOf(tx, tg)): Probe {
  const hc = tg.healthCheck;
  const port = hc.port === 'traffic-port' ? target.port : Number(hc.port);
  const instance = targetInstance(tx, tg, target);
  const answer = admitsLoadBalancer(tx, lb, tg, target, instance, port) ? guestAnswer(tx, instance, port, hc.path) : 'timeout';
  if (answer === 'timeout') return { pass: false, reason: 'Target.Timeout', description: 'Request timed out' };
  if (answer === 'refused') return { pass: false, reason: 'Target.FailedHealthChecks', description: 'Health checks failed' };
  if (!matcherAccepts(hc.matcher, answer)) {
    return { pass: false, reason: 'Target.ResponseCodeMismatch', description: `Health checks failed with these codes: [${answer}]`, code: answer };
  }
  return { pass: true, code: answer };
}

/** Why a registered target gets no health checks at all (S10), or undefined when it is checked. */
export function unusedReason(tx: Tx, tg: TargetGroup, target: RegisteredTarget, lb: LoadBalancer | undefined): TargetView | undefined {
  if (!lb) return { State: 'unused', Reason: 'Target.NotInUse', Description: 'Target group is not configured to receive traffic from the load balancer' };
  const instance = targetInstance(tx, tg, target);
  if (tg.targetType === 'instance' && (!instance || instance.state !== 'running')) {
    return { State: 'unused', Reason: 'Target.InvalidState', Description: `Target is in the ${instance?.state ?? 'terminated'} state` };
  }
  if (!lb.subnets.some((s) => s.az === target.az)) {
    return { State: 'unused', Reason: 'Target.NotInUse', Description: 'Target is in an Availability Zone that is not enabled for the load balancer' };
  }
  return undefined;
}

export function targetView(tx: Tx, tg: TargetGroup, target: RegisteredTarget, lb = loadBalancerOf(tx, tg)): TargetView {
  if (target.state === 'draining') return { State: 'draining', Reason: 'Target.DeregistrationInProgress', Description: 'Target deregistration is in progress' };
  const unused = unusedReason(tx, tg, target, lb);
  if (unused) return unused;
  if (target.state === 'initial') {
    const registering = tx.now < target.registeredAt + FIRST_CHECK_SECONDS;
    return registering
      ? { State: 'initial', Reason: 'Elb.RegistrationInProgress', Description: 'Target registration is in progress' }
      : { State: 'initial', Reason: 'Elb.InitialHealthChecking', Description: 'Initial health checks in progress' };
  }
  if (target.state === 'healthy') return { State: 'healthy' };
  return { State: 'unhealthy', ...(target.reason ? { Reason: target.reason } : {}), Description: describeReason(target.reason) };
}

function describeReason(reason: string | undefined): string {
  if (reason === 'Target.Timeout') return 'Request timed out';
  if (reason === 'Target.ResponseCodeMismatch') return 'Health checks failed with these codes: [404]';
  return 'Health checks failed';
}

/** First health check of a target: 10 s after it is registered behind a listener (`since`: inUseSince of its group). */
function checkBase(since: number | undefined, target: RegisteredTarget): number | undefined {
  if (since === undefined) return undefined;
  return Math.max(target.registeredAt, since) + FIRST_CHECK_SECONDS;
}

/** The next check strictly after `now`, or now itself when a check falls exactly on it. */
function tick(base: number, interval: number, now: number, inclusive: boolean): number {
  if (now < base) return base;
  const k = Math.floor((now - base) / interval);
  const at = base + k * interval;
  return inclusive && at === now ? at : base + (k + 1) * interval;
}

/** A checked target whose next check can change something (state initial, disagreeing result, or a streak). */
function unstable(tx: Tx, tg: TargetGroup, target: RegisteredTarget, lb: LoadBalancer | undefined): boolean {
  if (target.state === 'draining' || unusedReason(tx, tg, target, lb)) return false;
  if (target.state === 'initial' || target.streak > 0) return true;
  return probe(tx, tg, target, lb).pass !== (target.state === 'healthy');
}

/** When the next health check that matters, or the end of a drain, is due. */
export function nextHealthEvent(tx: Tx): number | undefined {
  const now = tx.now;
  let next: number | undefined;
  for (const tg of tx.all('targetGroups')) {
    if (tg.targets.length === 0) continue;
    // asked for only when a target is checked at all (most groups have no listener yet: nothing to look up)
    let lb: LoadBalancer | undefined | null = null;
    const since = inUseSince(tx, tg);
    for (const target of tg.targets) {
      let t: number;
      if (target.state === 'draining') t = target.drainUntil ?? now;
      else {
        const base = checkBase(since, target);
        if (base === undefined) continue;
        if (lb === null) lb = loadBalancerOf(tx, tg);
        if (!unstable(tx, tg, target, lb)) continue;
        t = tick(base, tg.healthCheck.intervalSeconds, now, false);
      }
      if (t > now && (next === undefined || t < next)) next = t;
    }
  }
  return next;
}

function healthy(target: RegisteredTarget): RegisteredTarget {
  const { reason: _gone, ...rest } = target;
  return { ...rest, state: 'healthy', streak: 0 };
}

function checkOnce(tx: Tx, tg: TargetGroup, target: RegisteredTarget): RegisteredTarget {
  const result = probe(tx, tg, target);
  const checked: RegisteredTarget = { ...target, checkedAt: tx.now };
  const agrees = result.pass === (target.state === 'healthy');
  if (target.state === 'initial') {
    if (result.pass) return healthy(checked);
    const streak = target.streak + 1;
    return streak >= tg.healthCheck.unhealthyThreshold
      ? { ...checked, state: 'unhealthy', streak: 0, reason: result.reason ?? 'Target.FailedHealthChecks' }
      : { ...checked, streak };
  }
  if (agrees) return { ...checked, streak: 0, ...(result.reason ? { reason: result.reason } : {}) };
  const streak = target.streak + 1;
  const threshold = result.pass ? tg.healthCheck.healthyThreshold : tg.healthCheck.unhealthyThreshold;
  if (streak < threshold) return { ...checked, streak };
  return result.pass ? healthy(checked) : { ...checked, state: 'unhealthy', streak: 0, reason: result.reason ?? 'Target.FailedHealthChecks' };
}

/** Run the health checks due now and end finished drains. */
export function runHealthChecks(tx: Tx): void {
  for (const tg of tx.all('targetGroups')) {
    if (tg.targets.length === 0) continue;
    let lb: LoadBalancer | undefined | null = null;
    const since = inUseSince(tx, tg);
    // the group's new target list, made only once a target changes (most checks change nothing)
    let targets: RegisteredTarget[] | undefined;
    for (let i = 0; i < tg.targets.length; i++) {
      const target = tg.targets[i] as RegisteredTarget;
      let next: RegisteredTarget | undefined = target;
      if (target.state === 'draining') {
        if ((target.drainUntil ?? 0) <= tx.now) {
          tx.event({ type: 'target-deregistered', message: `${target.id} finished draining and left target group ${tg.name}.`, resourceId: target.id });
          next = undefined;
        }
      } else {
        const base = checkBase(since, target);
        const due = base !== undefined && target.checkedAt !== tx.now && tick(base, tg.healthCheck.intervalSeconds, tx.now, true) === tx.now;
        if (due && lb === null) lb = loadBalancerOf(tx, tg);
        if (due && unstable(tx, tg, target, lb as LoadBalancer | undefined)) next = checkAndTell(tx, tg, target);
      }
      if (next !== target && !targets) targets = tg.targets.slice(0, i);
      if (targets && next) targets.push(next);
    }
    if (targets) tx.update('targetGroups', tg.id, { targets });
  }
}

/** One health check of a target that is due, narrated when its state changes. */
function checkAndTell(tx: Tx, tg: TargetGroup, target: RegisteredTarget): RegisteredTarget {
  const next = checkOnce(tx, tg, target);
  if (next.state !== target.state) {
    tx.event({
      type: 'target-health',
      message: `Target ${target.id}:${target.port} of ${tg.name} is now ${next.state}${next.reason && next.state === 'unhealthy' ? ` (${next.reason})` : ''}.`,
      resourceId: target.id,
      from: target.state,
      to: next.state,
      data: { targetGroupArn: tg.id },
    });
  }
  return next;
}
