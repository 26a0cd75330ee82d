/** Plain words for the timeline and the explanation card: what happened, and the scope a refusal would cross. */
import type { RefusalScope } from '../engine';
import type { TimelineEntry } from '../store/world-slice';
import { actionLabel } from '../commands/labels';

interface Narration {
  title: string;
  /** One sentence per thing that happened (the engine's event messages), or why it was refused. */
  lines: string[];
  tone: 'done' | 'refused' | 'history';
}

export function narrate(entry: TimelineEntry): Narration {
  if (entry.action.startsWith('lab:')) {
    return { title: entry.message ?? actionLabel(entry.action), lines: [], tone: 'history' };
  }
  const label = actionLabel(entry.action);
  if (!entry.ok) return { title: `${label} — refused`, lines: entry.message ? [entry.message] : [], tone: 'refused' };
  return { title: label, lines: entry.events.map((e) => e.message).filter(Boolean), tone: 'done' };
}

/** The logical clock as a learner reads it: `0s`, `2m 30s`, `1h 05m`, `3d 4h`. */
export function clockLabel(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(s / 86400)}d ${Math.floor((s % 86400) / 3600)}h`;
}

/** Simulated time since the session started, as the timeline shows it: `start`, `+45 s`, `+2 min`, `+1 h 05 min`, `+3 d 4 h`. */
export function elapsedLabel(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s === 0) return 'start';
  if (s < 60) return `+${s} s`;
  if (s < 3600) return `+${Math.floor(s / 60)} min`;
  if (s < 86400) return `+${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  return `+${Math.floor(s / 86400)} d ${Math.floor((s % 86400) / 3600)} h`;
}

const SCOPE_NAMES: Record<RefusalScope['kind'], string> = {
  'availability-zone': 'Availability Zone',
  region: 'Region',
  vpc: 'VPC',
  account: 'Account',
  subnet: 'Subnet',
  state: 'State',
  quota: 'Quota',
  parameter: 'Parameter',
  permission: 'Permission',
};

/** "Availability Zone: us-east-1a → us-east-1b" (only `to` or `from` when that is all the engine knows). */
export function scopeLabel(scope: RefusalScope): { kind: string; from?: string; to?: string } {
  return { kind: SCOPE_NAMES[scope.kind] ?? scope.kind, from: scope.from, to: scope.to };
}
