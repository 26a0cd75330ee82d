/** The overlay shown while a file is dragged over the canvas. */
export function FileDropOverlay() {
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute inset-3 z-20 flex items-center justify-center rounded-xl border-4 border-dashed border-sky-500 bg-sky-50/80 text-xl font-semibold text-sky-900 dark:bg-sky-950/80 dark:text-sky-100"
    >
      Drop the .ec2lab.json file to open it
    </div>
  );
}
