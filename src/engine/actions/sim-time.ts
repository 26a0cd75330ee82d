import type { Params } from '../params';
import type { Tx } from '../tx';
import { isoAt } from '../time';
import { defineActions } from '../action-def';
import { advanceClock } from './hooks/clock';

/** sim:AdvanceTime: the only way the logical clock moves (how the families react to it: hooks/clock.ts). */

/** Longest single advance: three years (the longest Reserved Instance term). */
export const MAX_ADVANCE = 94_608_000;
function advanceTime(tx: Tx, p: Params) {
  const seconds = p.int('Seconds', 1, MAX_ADVANCE);
  const from = tx.now;
  const { charged } = advanceClock(tx, seconds);
  tx.event({
    type: 'time',
    message: `${formatDuration(seconds)} passed (${isoAt(from)} → ${isoAt(tx.now)}); ${charged.toFixed(4)} USD billed.`,
    data: { seconds, from, to: tx.now },
  });
  return { Seconds: seconds, Now: tx.now, Time: isoAt(tx.now), Billed: charged };
}

function formatDuration(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} day${seconds === 86_400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

export const SIM_TIME_ACTIONS = defineActions([
  {
    type: 'sim:AdvanceTime',
    summary: 'Move the logical clock: billing accrues per second, Spot notices expire, alarms evaluate.',
    run: advanceTime,
  },
]);
