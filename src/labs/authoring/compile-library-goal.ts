/**
 * The goal library's kinds (goal-spec-library.ts) become goals through the library's own builders, so a built-in lab
 * written as data grades exactly as it did as code. The sentence is the spec's label, else one written from it. Pure.
 */
import { CHECKS, type CheckName } from '../checks';
import {
  describeInstanceWhere,
  dnsAnswered,
  eventSeen,
  goal,
  imageWith,
  imdsAnswered,
  instanceWith,
  snapshotWith,
  volumeWith,
} from '../goals';
import { instanceConnectUsed, sshConnectedWithKeyPair, sshHopOpen } from '../goals-ssh';
import type { Goal } from '../types';
import type { EventGoalSpec, ImdsGoalSpec, LibraryLeafSpec } from './goal-spec-library';

function describeEvent(spec: EventGoalSpec): string {
  const facts = [spec.rule && `by rule ${spec.rule}`, spec.to && `to ${spec.to}`, spec.resourcePrefix && `on a ${spec.resourcePrefix}… resource`];
  return [`You saw a '${spec.type}' event`, ...facts.filter(Boolean)].join(' ');
}

/** The sentence for a library spec: its label, else a plain description. */
export function describeLibrarySpec(spec: LibraryLeafSpec): string {
  if (spec.label) return spec.label;
  if (spec.kind === 'instance') return describeInstanceWhere(spec.where, spec.count ?? 1);
  if (spec.kind === 'event') return describeEvent(spec);
  return spec.kind;
}

function eventGoal(spec: EventGoalSpec, label: string): Goal {
  return eventSeen(spec.type, {
    label,
    where: (event) =>
      (spec.rule === undefined || event.data?.rule === spec.rule) &&
      (spec.to === undefined || event.to === spec.to) &&
      (spec.resourcePrefix === undefined || event.resourceId?.startsWith(spec.resourcePrefix) === true) &&
      (spec.cause === undefined || String(event.data?.cause ?? '').includes(spec.cause)),
  });
}

/** `under` is a folder: the path names one item in it (`…/security-credentials/AppRole`). */
function imdsGoal(spec: ImdsGoalSpec, label: string): Goal {
  const under = spec.under;
  const path = under === undefined ? spec.path : (p: string) => {
    const at = p.lastIndexOf(under);
    return at >= 0 && at + under.length === p.lastIndexOf('/') + 1 && !p.endsWith('/');
  };
  return imdsAnswered({
    label,
    ...(spec.status !== undefined ? { status: spec.status } : {}),
    ...(spec.method !== undefined ? { method: spec.method } : {}),
    ...(spec.withToken !== undefined ? { withToken: spec.withToken } : {}),
    ...(typeof path === 'string' ? { path } : {}),
    ...(typeof path === 'function' ? { pathTest: path } : {}),
  });
}

/** The goal a library spec stands for (the spec assumed checked). */
export function compileLibraryGoal(spec: LibraryLeafSpec): Goal {
  const label = describeLibrarySpec(spec);
  switch (spec.kind) {
    case 'instance':
      return instanceWith(spec.where, { label, ...(spec.count ? { count: spec.count } : {}) });
    case 'volume':
      return volumeWith(spec.where, label);
    case 'snapshot':
      return snapshotWith(spec.where, label);
    case 'image':
      return imageWith(spec.where, label);
    case 'event':
      return eventGoal(spec, label);
    case 'dns': {
      const prefix = spec.namePrefix;
      return dnsAnswered({
        from: spec.from,
        label,
        ...(spec.rcode ? { rcode: spec.rcode } : {}),
        ...(spec.answer ? { answer: spec.answer } : {}),
        ...(prefix ? { nameTest: (name: string) => name.startsWith(prefix) } : {}),
      });
    }
    case 'imds':
      return imdsGoal(spec, label);
    case 'ssh-hop':
      return sshHopOpen(spec.hop, label);
    case 'ssh-key':
      return sshConnectedWithKeyPair(label);
    case 'instance-connect':
      return instanceConnectUsed(label);
    case 'check': {
      const test = Object.hasOwn(CHECKS, spec.check) ? CHECKS[spec.check as CheckName] : undefined;
      return goal(label, (ctx) => test?.(ctx) ?? false);
    }
  }
}
