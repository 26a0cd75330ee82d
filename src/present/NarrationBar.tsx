import { actionLabel } from '../commands/labels';
import { ExplanationCard } from '../panels/ExplanationCard';
import { narrate } from '../panels/narrate';
import type { StepOutcome } from './presentation';

/** What the room reads under the canvas: the step's narration, or AWS's refusal with its explanation, large. */
export function NarrationBar({ outcome, index, total, intro }: { outcome: StepOutcome | undefined; index: number; total: number; intro: string }) {
  if (!outcome) {
    return (
      <div className="px-3 py-3 [overflow-wrap:anywhere] sm:px-8 sm:py-5" data-testid="presenter-narration">
        <p className="text-xl leading-tight font-bold sm:text-[clamp(1.25rem,3.4vh,1.75rem)]">The starting point</p>
        <p className="mt-2 text-base text-slate-700 sm:text-[clamp(1rem,2.6vh,1.35rem)] dark:text-slate-300">
          {intro || `Press → or Space to step through ${total} step${total === 1 ? '' : 's'}.`}
        </p>
      </div>
    );
  }
  if (!outcome.ok && outcome.error) {
    return (
      <div className="px-3 py-3 [overflow-wrap:anywhere] sm:px-8 sm:py-4" data-testid="presenter-narration">
        <p className="mb-2 text-lg font-semibold sm:text-[clamp(1rem,2.6vh,1.35rem)]">
          Step {index}: {actionLabel(outcome.action.type)}
        </p>
        <ExplanationCard refusal={{ error: outcome.error, action: outcome.action }} onDismiss={() => undefined} className="presenter-refusal text-[clamp(1rem,2.4vh,1.2rem)]" />
      </div>
    );
  }
  const story = narrate({ id: index, at: outcome.at, action: outcome.action.type, events: outcome.events, ok: true });
  return (
    <div className="px-3 py-3 [overflow-wrap:anywhere] sm:px-8 sm:py-5" data-testid="presenter-narration">
      <p className="text-xl leading-tight font-bold sm:text-[clamp(1.25rem,3.4vh,1.75rem)]">
        Step {index}: {story.title}
      </p>
      {story.lines.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6 text-sm sm:text-[clamp(1rem,2.6vh,1.35rem)] text-slate-700 dark:text-slate-300">
          {story.lines.slice(0, 4).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
