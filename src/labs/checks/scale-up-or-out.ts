import type { Check } from './check';
import { goal, responseSeen } from '../goals';

export const scaleUpOrOutChecks = {
  "scale-up-or-out/group-runs-4-instances": (goal('A group runs 4 instances', ({ world }) => world.autoScalingGroups.values().some((g) => g.instances.length >= 4))).test,
  "scale-up-or-out/read-bill-big-server-four-small": (responseSeen('sim:BillingView', (r) => Array.isArray(r.Lines) && r.Lines.length >= 5, 'You read a bill with the big server and the four small ones')).test,
} satisfies Record<string, Check>;
