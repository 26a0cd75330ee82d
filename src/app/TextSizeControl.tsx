import { useLabStore } from '../store/store';
import { TEXT_SIZES, TEXT_SIZE_LABEL, type TextSize } from '../store/text-size';

/** The header's text-size setting: Normal, Large, Projector (panels and node text on the canvas). */
export function TextSizeControl({ className = '' }: { className?: string }) {
  const textSize = useLabStore((s) => s.textSize);
  const setTextSize = useLabStore((s) => s.setTextSize);
  return (
    <label className={`flex shrink-0 items-center ${className}`} title="Text size: Large or Projector for a room">
      <span className="sr-only">Text size</span>
      <select
        value={textSize}
        onChange={(event) => setTextSize(event.target.value as TextSize)}
        className="rounded-lg border border-slate-300 bg-white py-2 pr-1 pl-2 text-base font-medium text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      >
        {TEXT_SIZES.map((size) => (
          <option key={size} value={size}>
            {`Aa ${TEXT_SIZE_LABEL[size]}`}
          </option>
        ))}
      </select>
    </label>
  );
}
