/**
 * The three status checks EC2 runs on a running instance, as the canvas and the inspector show them: the system
 * check (AWS's side), the instance check (yours) and the attached-EBS check (its volumes). Pure.
 */
import type { Instance } from '../engine/model/instances';
import type { Volume } from '../engine/model/storage';

type CheckName = 'system' | 'instance' | 'ebs';
export type CheckValue = 'ok' | 'impaired' | 'initializing' | 'not-applicable';

interface Check {
  name: CheckName;
  label: string;
  value: CheckValue;
  /** What the check watches, and what an impaired one means for the learner. */
  meaning: string;
}

const LABEL: Record<CheckName, string> = { system: 'System', instance: 'Instance', ebs: 'Attached EBS' };

const MEANING: Record<CheckName, { watches: string; impaired: string }> = {
  system: {
    watches: 'AWS’s side: the host, its power and its network.',
    impaired: 'AWS must fix the host: stop and start the instance (it moves to a healthy host), or let auto-recovery do it.',
  },
  instance: {
    watches: 'Your side: the operating system and its network settings.',
    impaired: 'The OS is not answering: reboot it, or fix the OS (kernel, file system, network configuration).',
  },
  ebs: {
    watches: 'The EBS volumes attached to it can be reached and complete I/O.',
    impaired: 'A volume cannot be reached: AWS repairs the storage, or restore the volume from a snapshot.',
  },
};

function normal(value: string): CheckValue {
  return value === 'impaired' || value === 'initializing' ? value : 'ok';
}

/** The instance's checks (not applicable unless it is running). */
export function instanceChecks(instance: Instance, volumes: readonly Volume[]): Check[] {
  const running = instance.state === 'running';
  const ebs: CheckValue = volumes.some((v) => v.state === 'error') ? 'impaired' : 'ok';
  const values: Record<CheckName, CheckValue> = {
    system: running ? normal(instance.status.system) : 'not-applicable',
    instance: running ? normal(instance.status.instance) : 'not-applicable',
    ebs: running ? (volumes.length ? ebs : 'not-applicable') : 'not-applicable',
  };
  return (['system', 'instance', 'ebs'] as const).map((name) => ({
    name,
    label: LABEL[name],
    value: values[name],
    meaning: `${MEANING[name].watches}${values[name] === 'impaired' ? ` Impaired: ${MEANING[name].impaired}` : ''}`,
  }));
}

/** ✓ passed, ✕ impaired, … initializing, – not applicable: the same mark on the card and in the inspector. */
export const CHECK_MARK: Record<CheckValue, string> = { ok: '✓', impaired: '✕', initializing: '…', 'not-applicable': '–' };

/** The checks as one string for node data (`system:ok instance:impaired ebs:ok`): equal strings, same card. */
export function checksKey(checks: readonly Check[]): string {
  return checks.map((c) => `${c.name}:${c.value}`).join(' ');
}

/** Back from `checksKey`, for the card. */
export function parseChecksKey(key: string): { name: CheckName; value: CheckValue }[] {
  return key
    .split(' ')
    .filter(Boolean)
    .map((part) => {
      const [name, value] = part.split(':') as [CheckName, CheckValue];
      return { name, value };
    });
}

export const CHECK_LABEL = LABEL;
