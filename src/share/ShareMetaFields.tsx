import { field, label } from '../ui/form-styles';
import { LIMITS } from '../scenario/limits';

/** The Share dialog's title and notes, carried in the link. */
export function ShareMetaFields({
  ids,
  title,
  notes,
  onTitle,
  onNotes,
}: {
  ids: string;
  title: string;
  notes: string;
  onTitle: (title: string) => void;
  onNotes: (notes: string) => void;
}) {
  return (
    <>
      <div>
        <label htmlFor={`${ids}-name`} className={label}>
          Title
        </label>
        <input
          id={`${ids}-name`}
          className={field}
          value={title}
          maxLength={LIMITS.maxTitleLength}
          placeholder="e.g. Two AZs, one public subnet each"
          onChange={(e) => onTitle(e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={`${ids}-notes`} className={label}>
          Notes <span className="font-normal text-slate-600 dark:text-slate-400">(shown when the link opens)</span>
        </label>
        <textarea
          id={`${ids}-notes`}
          className={`${field} min-h-20`}
          rows={2}
          value={notes}
          maxLength={LIMITS.maxNotesLength}
          placeholder="What to look at, what to try next…"
          onChange={(e) => onNotes(e.target.value)}
        />
      </div>
    </>
  );
}
