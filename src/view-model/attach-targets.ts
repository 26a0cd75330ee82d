/**
 * What can be attached to what, as *questions for the engine*: for a dragged interface, volume or Elastic IP, the
 * list of things it could go onto and the exact action a drop would dispatch. Whether that action is valid is never
 * decided here: the canvas asks the engine with a dry run (`verdictOf(dryRun(candidate.action))`).
 */
import type { Action, EngineError, RefusalScope, Result, World } from '../engine';
import { nextDeviceIndex, nextDeviceName } from '../engine/queries';
import { nameTag } from './world-index';

/** An instance is a source too while its region has a target group: dropped on one, it is registered there. */
type SourceKind = 'eni' | 'volume' | 'eip' | 'instance';

interface AttachSource {
  kind: SourceKind;
  id: string;
  region: string;
  /** "network interface eni-…", for headings and announcements. */
  label: string;
}

interface Candidate {
  targetId: string;
  targetKind: 'instance' | 'eni' | 'targetGroup';
  /** What a drop dispatches. */
  action: Action;
  title: string;
  detail: string;
}

export type Verdict =
  | { ok: true; action: Action }
  | { ok: false; action: Action; code: string; message: string; scope: string | undefined };

/** The resource, if it is something that can be dragged onto something else right now (attached things detach first). */
export function attachSource(world: World | null, id: string | null): AttachSource | undefined {
  if (!world || !id) return undefined;
  const eni = world.networkInterfaces.get(id);
  if (eni && !eni.attachment) return { kind: 'eni', id, region: eni.region, label: `network interface ${id}` };
  const volume = world.volumes.get(id);
  if (volume && !volume.attachment && volume.state === 'available') {
    return { kind: 'volume', id, region: volume.region, label: `volume ${id}` };
  }
  const eip = world.addresses.get(id);
  if (eip && eip.ownerId === world.account) return { kind: 'eip', id, region: eip.region, label: `Elastic IP ${eip.publicIp}` };
  const instance = world.instances.get(id);
  if (instance && instance.state !== 'terminated' && world.targetGroups.values().some((tg) => tg.region === instance.region)) {
    return { kind: 'instance', id, region: instance.region, label: `instance ${id}` };
  }
  return undefined;
}

export { nextDeviceIndex, nextDeviceName } from '../engine/queries';

function instanceDetail(world: World, instanceId: string): { title: string; detail: string } {
  const instance = world.instances.get(instanceId);
  if (!instance) return { title: instanceId, detail: '' };
  const name = nameTag(instance);
  return {
    title: name ? `${name} (${instance.id})` : instance.id,
    detail: `${instance.az} · ${instance.subnetId} · ${instance.state}`,
  };
}

/** Every thing the source could be dropped on, with the action a drop would dispatch. Terminated instances are gone. */
export function attachCandidates(world: World, source: AttachSource): Candidate[] {
  const action = (type: string, params: Record<string, unknown>): Action => ({ type, params, region: source.region });
  const instances = world.instances.values().filter((i) => i.state !== 'terminated');
  if (source.kind === 'eni') {
    return instances.map((i) => ({
      targetId: i.id,
      targetKind: 'instance',
      action: action('ec2:AttachNetworkInterface', {
        NetworkInterfaceId: source.id,
        InstanceId: i.id,
        DeviceIndex: nextDeviceIndex(world, i.id),
      }),
      ...instanceDetail(world, i.id),
    }));
  }
  if (source.kind === 'instance') {
    return world.targetGroups
      .values()
      .filter((tg) => tg.region === source.region)
      .map((tg) => ({
        targetId: tg.id,
        targetKind: 'targetGroup' as const,
        action: action('elasticloadbalancing:RegisterTargets', { TargetGroupArn: tg.id, Targets: [{ Id: source.id }] }),
        title: tg.name,
        detail: `Target group · ${tg.protocol}:${tg.port} · ${tg.vpcId} · ${tg.targets.length} targets`,
      }));
  }
  if (source.kind === 'volume') {
    return instances.map((i) => ({
      targetId: i.id,
      targetKind: 'instance',
      action: action('ec2:AttachVolume', { VolumeId: source.id, InstanceId: i.id, Device: nextDeviceName(world, i.id) }),
      ...instanceDetail(world, i.id),
    }));
  }
  const onInstances: Candidate[] = instances.map((i) => ({
    targetId: i.id,
    targetKind: 'instance',
    action: action('ec2:AssociateAddress', { AllocationId: source.id, InstanceId: i.id }),
    ...instanceDetail(world, i.id),
  }));
  const onEnis: Candidate[] = world.networkInterfaces.values().map((eni) => ({
    targetId: eni.id,
    targetKind: 'eni',
    action: action('ec2:AssociateAddress', { AllocationId: source.id, NetworkInterfaceId: eni.id }),
    title: eni.attachment ? `${eni.id} (eth${eni.attachment.deviceIndex} of ${eni.attachment.instanceId})` : eni.id,
    detail: `${eni.az} · ${eni.subnetId} · ${eni.attachment ? 'attached' : 'detached'}`,
  }));
  return [...onInstances, ...onEnis];
}

/** The boundary a refusal says would be crossed, in a few words: "us-east-1a → us-east-1b". */
export function scopeText(scope: RefusalScope | undefined): string | undefined {
  if (!scope) return undefined;
  const { kind, from, to } = scope;
  if (from && to) return `${from} → ${to}`;
  if (kind === 'state' && from) return `instance is ${from}`;
  if (kind === 'quota' && to) return `limit of ${to}`;
  if (kind === 'vpc' && to) return `VPC ${to}`;
  return to ?? from;
}

function refusalVerdict(action: Action, error: EngineError): Verdict {
  return { ok: false, action, code: error.code, message: error.message, scope: scopeText(error.scope) };
}

/** The engine's answer to a dry run, as a verdict for a drop target. No engine yet: not valid, and says so. */
function verdictOf(action: Action, result: Result | undefined): Verdict {
  if (!result) return { ok: false, action, code: 'Loading', message: 'The simulator is still loading.', scope: undefined };
  return result.ok ? { ok: true, action } : refusalVerdict(action, result.error);
}

/** Candidates with their verdicts, valid ones first (the order of the keyboard list). */
export function judge(
  candidates: readonly Candidate[],
  dryRun: (action: Action) => Result | undefined,
): { candidate: Candidate; verdict: Verdict }[] {
  const judged = candidates.map((candidate) => ({ candidate, verdict: verdictOf(candidate.action, dryRun(candidate.action)) }));
  return [...judged.filter((j) => j.verdict.ok), ...judged.filter((j) => !j.verdict.ok)];
}
