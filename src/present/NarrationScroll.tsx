import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The narration's own scroll box (the step controls below it never move): when its text runs on below the box, the
 * bottom fades out and a "More ↓" button says so and scrolls on — a cut sentence never looks like the whole story.
 */
export function NarrationScroll({ children, step }: { children: ReactNode; step: number }) {
  const ref = useRef<HTMLElement>(null);
  const [more, setMore] = useState(false);
  const measure = useCallback(() => {
    const el = ref.current;
    if (el) setMore(el.scrollTop + el.clientHeight < el.scrollHeight - 2);
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollTop = 0; // a new step reads from its first line
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild); // the text growing (a note being edited)
    return () => observer.disconnect();
  }, [measure, step]);
  return (
    <div className="relative flex min-h-12 max-h-[30dvh] flex-1 flex-col">
      <section
        ref={ref}
        onScroll={measure}
        className="min-h-0 flex-1 overflow-y-auto overscroll-contain focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-sky-500"
        tabIndex={0}
        aria-label="Narration"
        data-testid="presenter-narration-scroll"
      >
        <div>{children}</div>
      </section>
      {more && (
        <>
          <div aria-hidden="true" className="pointer-events-none absolute inset-x-0 bottom-0 h-10 bg-gradient-to-t from-slate-50 to-transparent dark:from-slate-900" />
          <button
            type="button"
            data-testid="presenter-narration-more"
            className="absolute right-3 bottom-1 rounded-full border border-slate-400 bg-white px-3 py-0.5 text-sm font-semibold text-slate-800 shadow hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-500 sm:right-8 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
            onClick={() => ref.current?.scrollBy({ top: ref.current.clientHeight * 0.8, behavior: 'smooth' })}
          >
            More ↓<span className="sr-only"> of the narration</span>
          </button>
        </>
      )}
    </div>
  );
}
