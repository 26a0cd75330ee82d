/**
 * The completion summary of a lab: time taken, actions used against the reference solution, and the refusals the
 * learner met, each with the rule catalogue's explanation and the course section it teaches. Pure.
 */
import { RULES, type RuleEntry, type RuleId } from '../engine';
import type { HistoryEntry, Lab } from '../labs/types';

export interface RefusalMet {
  code: string;
  rule?: string;
  /** The rule catalogue's entry (title, concept, fix, section), when the refusal named a known rule. */
  entry?: RuleEntry;
  /** How many times the learner met it. */
  count: number;
  /** The lab meant this refusal to happen (its solution stages it). */
  staged: boolean;
}

interface LabSummary {
  durationMs: number;
  /** Actions the learner sent (accepted, refused and reads), as the reference solution counts them. */
  actions: number;
  /** Length of the lab's reference solution. */
  reference: number;
  refusals: RefusalMet[];
}

function ruleEntry(rule: string | undefined): RuleEntry | undefined {
  return rule !== undefined && Object.hasOwn(RULES, rule) ? RULES[rule as RuleId] : undefined;
}

export function summarizeLab(
  lab: Pick<Lab, 'solution'>,
  history: readonly HistoryEntry[],
  startedAt: number,
  finishedAt: number,
): LabSummary {
  const refusals = new Map<string, RefusalMet>();
  for (const entry of history) {
    if (entry.ok || !entry.code) continue;
    const key = `${entry.code}|${entry.rule ?? ''}`;
    const seen = refusals.get(key);
    if (seen) {
      seen.count++;
      continue;
    }
    const ruleInfo = ruleEntry(entry.rule);
    refusals.set(key, {
      code: entry.code,
      ...(entry.rule !== undefined ? { rule: entry.rule } : {}),
      ...(ruleInfo ? { entry: ruleInfo } : {}),
      count: 1,
      staged: lab.solution.some(
        (a) => a.refused !== undefined && a.refused.code === entry.code && (a.refused.rule === undefined || a.refused.rule === entry.rule),
      ),
    });
  }
  return {
    durationMs: Math.max(0, finishedAt - startedAt),
    actions: history.length,
    reference: lab.solution.length,
    refusals: [...refusals.values()],
  };
}

/** "45 s", "4 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}
