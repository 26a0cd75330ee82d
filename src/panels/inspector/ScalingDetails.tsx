import { useMemo, useState } from 'react';
import { useLabStore } from '../../store/store';
import { SCALING_LABEL, resolveScaling, scalingButtons, scalingFields, scalingReads, trafficSummary, type ScalingSelected } from './scaling-model';
import { danger, FieldList, plain } from './field-parts';

/** The inspector's body for a load balancer, target group or Auto Scaling group. */
export function ScalingDetails({ selection }: { selection: string }) {
  const world = useLabStore((s) => s.world);
  const dryRun = useLabStore((s) => s.dryRun);
  const dispatch = useLabStore((s) => s.dispatch);
  const sel: ScalingSelected | undefined = useMemo(() => (world ? resolveScaling(world, selection) : undefined), [world, selection]);
  const fields = useMemo(() => {
    if (!world || !sel) return [];
    const responses = scalingReads(sel).map((a) => {
      const r = dryRun(a);
      return r?.ok ? r.response : undefined;
    });
    return scalingFields(sel, responses, world);
  }, [world, sel, dryRun]);
  const [traffic, setTraffic] = useState<string | null>(null);
  if (!world || !sel) return null;
  const buttons = scalingButtons(sel, world);
  return (
    <section aria-labelledby="inspector-heading" className="px-4 py-3">
      <p className="text-[15px] font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{SCALING_LABEL[sel.kind]}</p>
      <h2 id="inspector-heading" className="text-lg font-bold break-all text-slate-900 dark:text-white">
        {sel.name}
        <span className="block font-mono text-[15px] font-medium break-all text-slate-600 dark:text-slate-300">{sel.id}</span>
      </h2>
      <div role="group" aria-label="Actions" className="mt-3 flex flex-wrap gap-2">
        {buttons.map((b) => (
          <button
            key={b.label}
            type="button"
            className={b.danger ? danger : plain}
            onClick={() => {
              const result = dispatch(b.action);
              if (b.action.type === 'sim:SendTraffic' && result?.ok) setTraffic(trafficSummary(result.response as Parameters<typeof trafficSummary>[0]));
            }}
          >
            {b.label}
          </button>
        ))}
      </div>
      {traffic && (
        <p role="status" data-testid="traffic-result" className="mt-3 rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 text-base text-slate-900 dark:border-sky-800 dark:bg-sky-950 dark:text-slate-100">
          Last traffic run: {traffic}
        </p>
      )}
      <FieldList fields={fields} />
    </section>
  );
}
