import { useId, useMemo } from 'react';
import { button } from '../ui/form-styles';
import { DialogCloseButton, ModalDialog, modalFrame } from '../ui/ModalDialog';
import { useLabStore } from '../store/store';
import { billRows, duration, stoppedCosts, usd, type BillRow, type BillingView } from './bill-model';

function Row({ row }: { row: BillRow }) {
  return (
    <li
      data-bill-line={row.id}
      className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 border-b border-slate-200 px-1 py-2 last:border-b-0 dark:border-slate-700"
    >
      <div className="min-w-0 flex-1 basis-64">
        <p className="font-semibold break-all">
          <span className="font-mono">{row.id}</span> <span className="font-normal text-slate-700 dark:text-slate-300">· {row.kind}</span>
        </p>
        <p className="text-slate-700 dark:text-slate-300">{row.detail}</p>
        <p className="text-slate-700 dark:text-slate-300">
          {row.option !== '—' && <>Paid by {row.option} · </>}
          {row.covered && <>{row.covered} · </>}
          billed per {row.billedPer} · {duration(row.seconds)}
        </p>
      </div>
      <div className="sm:text-right">
        <p className="font-mono font-semibold" data-bill-rate>
          {row.billing === 'accruing' ? `${usd(row.perHour)}/h` : 'not accruing'}
        </p>
        <p className="font-mono text-slate-700 dark:text-slate-300">{usd(row.soFar)} so far</p>
      </div>
    </li>
  );
}

/**
 * The bill, seen: `sim:BillingView` as a list — each instance, volume, address and reservation with what it has cost
 * so far and costs per hour now, which purchase option paid, and what stopped instances still cost. Live: it follows
 * the world while open (advance the clock and watch it grow).
 */
export default function BillDialog({ onClose }: { onClose: () => void }) {
  const ids = useId();
  const world = useLabStore((s) => s.world);
  const dryRun = useLabStore((s) => s.dryRun);
  const view = useMemo(() => {
    if (!world) return undefined;
    const r = dryRun({ type: 'sim:BillingView', params: {} });
    return r?.ok ? (r.response as BillingView) : undefined;
  }, [world, dryRun]);
  const rows = useMemo(() => (view && world ? billRows(view, world) : []), [view, world]);
  const stopped = useMemo(() => (view && world ? stoppedCosts(view, world) : []), [view, world]);
  return (
    <ModalDialog labelledBy={`${ids}-title`} testId="bill-dialog" onCancel={onClose} onBackdrop={onClose} className={`${modalFrame} max-h-[94vh] w-[min(52rem,96vw)]`}>
      <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-5 py-3 dark:border-slate-700">
        <h2 id={`${ids}-title`} className="text-xl font-bold">
          The bill
        </h2>
        <DialogCloseButton onClose={onClose} label="Close" className={button} />
      </div>
      <div className="px-5 py-4 text-base">
        {!view ? (
          <p>The simulator is still loading.</p>
        ) : (
          <>
            <p className="text-lg" data-testid="bill-total">
              <span className="font-semibold">{usd(view.Total)}</span> so far over {duration(view.Clock)} of lab time ·{' '}
              <span className="font-semibold">{usd(view.HourlyRateNow)}/h</span> now
            </p>
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              Money accrues only while the clock moves (sim:AdvanceTime). Instances are billed per second at their hourly rate
              (Dedicated Hosts per started hour); a stopped instance costs nothing itself, but its volumes and an idle Elastic IP
              still do.
            </p>
            {rows.length === 0 ? (
              <p className="mt-4 text-slate-700 dark:text-slate-300">Nothing billed yet: launch something and let time pass.</p>
            ) : (
              <ul className="mt-3" aria-label="Bill lines">
                {rows.map((row) => (
                  <Row key={`${row.kind}:${row.id}`} row={row} />
                ))}
              </ul>
            )}
            {stopped.length > 0 && (
              <section className="mt-4 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 dark:border-amber-700 dark:bg-amber-950/60" aria-label="What stopped instances still cost">
                <h3 className="font-semibold">What stopped instances still cost</h3>
                <ul>
                  {stopped.map((s) => (
                    <li key={s.instanceId} data-stopped={s.instanceId}>
                      <span className="font-mono">{s.instanceId}</span>: {usd(s.perHour)}/h
                      {s.items.length ? ` (${s.items.map((i) => `${i.what} ${usd(i.perHour)}/h`).join(', ')})` : ' (nothing attached is billed)'}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </div>
    </ModalDialog>
  );
}
