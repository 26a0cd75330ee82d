/**
 * What to do first, shown while the home region is empty. A hint, not a control: sized by the canvas (a container),
 * centred with room on both sides for the zoom buttons in the bottom-left corner.
 */
export function EmptyHint({ region }: { region: string }) {
  return (
    <div
      role="note"
      className="flex w-[min(42rem,calc(100cqw-8.5rem))] items-start gap-3 rounded-xl border border-slate-300 bg-white/95 px-5 py-3 text-base text-slate-700 shadow-md dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-200"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 size-6 shrink-0 text-violet-600 dark:text-violet-400">
        <path
          fill="currentColor"
          d="M12 2a7 7 0 0 0-4 12.74V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.26A7 7 0 0 0 12 2Zm-2 19a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1v-1h-4v1Z"
        />
      </svg>
      <p>
        <strong className="font-semibold text-slate-900 dark:text-white">Start by creating a VPC.</strong> A VPC
        spans every Availability Zone of {region}; each subnet you add to it lives in exactly one zone.
      </p>
    </div>
  );
}
