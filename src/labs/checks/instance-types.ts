import type { Check } from './check';
import { goal, responseSeen } from '../goals';
import type { HistoryEntry } from '../types';

interface TypeInfo {
  InstanceType: string;
  InstanceStorageSupported?: boolean;
  NetworkInfo?: { EnaSupport?: string };
}

/** Categories the learner has seen in sim:ParseInstanceType answers. */
function categoriesSeen(history: readonly HistoryEntry[]): Set<string> {
  const seen = new Set<string>();
  for (const h of history) {
    if (h.ok && h.action.type === 'sim:ParseInstanceType') {
      const category = (h.response as { Category?: string } | undefined)?.Category;
      if (category) seen.add(category);
    }
  }
  return seen;
}

export const instanceTypesChecks = {
  "instance-types/decoded-type-name-two-extra-capability": (responseSeen(
          'sim:ParseInstanceType',
          (r) => (r.Capabilities?.length ?? 0) >= 2,
          'You decoded a type name with two extra capability letters',
        )).test,
  "instance-types/decoded-types-all-five-categories": (goal('You decoded types from all five categories', ({ history }) => categoriesSeen(history).size >= 5)).test,
  "instance-types/looked-up-type-instance-store-local": (responseSeen(
          'ec2:DescribeInstanceTypes',
          (r) => r.InstanceTypes?.some((t: TypeInfo) => t.InstanceStorageSupported === true),
          'You looked up a type with instance store (local disks)',
        )).test,
  "instance-types/one-answer-type-enhanced-networking-ena": (responseSeen(
          'ec2:DescribeInstanceTypes',
          (r) => {
            const support: string[] = (r.InstanceTypes ?? []).map((t: TypeInfo) => t.NetworkInfo?.EnaSupport ?? 'unsupported');
            return support.includes('unsupported') && support.some((s) => s !== 'unsupported');
          },
          'In one answer you saw a type with enhanced networking (ENA) and one without',
        )).test,
} satisfies Record<string, Check>;
