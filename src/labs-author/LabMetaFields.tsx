import type { Ref } from 'react';
import { SECTIONS, type Section } from '../engine';
import { AUTHORED_LIMITS } from '../labs/authoring';
import type { Draft } from './draft';
import { checkbox, field, label } from './ui';

function SectionPicker({ value, onChange }: { value: Section[]; onChange: (sections: Section[]) => void }) {
  const chosen = new Set(value);
  return (
    <fieldset>
      <legend className={label}>
        Course sections <span className="font-normal text-slate-600 dark:text-slate-400">({value.length} chosen)</span>
      </legend>
      <div className="max-h-52 overflow-y-auto rounded-lg border border-slate-300 bg-white p-2 dark:border-slate-600 dark:bg-slate-950" data-testid="author-sections">
        {SECTIONS.map((section) => (
          <label key={section} className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-base hover:bg-slate-100 dark:hover:bg-slate-800">
            <input
              type="checkbox"
              className={`mt-0.5 ${checkbox}`}
              checked={chosen.has(section)}
              disabled={!chosen.has(section) && value.length >= AUTHORED_LIMITS.sections}
              onChange={(e) => onChange(e.target.checked ? SECTIONS.filter((s) => chosen.has(s) || s === section) : value.filter((s) => s !== section))}
            />
            <span>{section}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The lab's title, summary, minutes and course sections. */
export function LabMetaFields({
  ids,
  titleRef,
  draft,
  update,
}: {
  ids: string;
  titleRef: Ref<HTMLInputElement>;
  draft: Draft;
  update: (patch: Partial<Pick<Draft, 'title' | 'summary' | 'minutes' | 'sections'>>) => void;
}) {
  return (
    <>
      <div>
        <label htmlFor={`${ids}-name`} className={label}>
          Lab title
        </label>
        <input id={`${ids}-name`} ref={titleRef} className={field} value={draft.title} maxLength={AUTHORED_LIMITS.title} placeholder="e.g. A public IPv4 does not survive a stop" onChange={(e) => update({ title: e.target.value })} />
      </div>
      <div>
        <label htmlFor={`${ids}-summary`} className={label}>
          Summary <span className="font-normal text-slate-600 dark:text-slate-400">(two sentences for the lab list)</span>
        </label>
        <textarea id={`${ids}-summary`} className={`${field} min-h-20`} rows={3} value={draft.summary} maxLength={AUTHORED_LIMITS.summary} onChange={(e) => update({ summary: e.target.value })} />
      </div>
      <div>
        <label htmlFor={`${ids}-minutes`} className={label}>
          Minutes
        </label>
        <input
          id={`${ids}-minutes`}
          type="number"
          min={1}
          max={AUTHORED_LIMITS.minutesMax}
          className={`${field} w-28`}
          value={draft.minutes}
          onChange={(e) => update({ minutes: Math.min(AUTHORED_LIMITS.minutesMax, Math.max(1, Math.round(Number(e.target.value) || 1))) })}
        />
      </div>
      <SectionPicker value={draft.sections} onChange={(sections) => update({ sections })} />
    </>
  );
}
