import { useId, useState } from 'react';
import type { Question } from '../labs/types';
import { CheckIcon } from './icons';
import { eyebrow } from '../ui/styles';
import { radioMark } from '../ui/form-styles';

function QuestionCard({ question, number }: { question: Question; number: number }) {
  const name = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const [tried, setTried] = useState<ReadonlySet<number>>(new Set());
  const choice = picked === null ? undefined : question.choices[picked];
  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white px-4 py-3 dark:border-slate-700 dark:bg-slate-900">
      {/* A legend on a fieldset's border is hard to style: the group is named by a hidden legend with the question. */}
      <legend className="sr-only">
        Question {number}: {question.prompt}
      </legend>
      <p aria-hidden="true" className="text-base font-semibold text-slate-900 dark:text-white">
        <span className="mr-1 text-slate-600 dark:text-slate-400">{number}.</span> {question.prompt}
      </p>
      <div className="mt-2 space-y-1.5">
        {question.choices.map((c, i) => {
          const seen = tried.has(i);
          const tone = !seen
            ? 'border-slate-300 dark:border-slate-600'
            : c.correct
              ? 'border-emerald-500 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/60'
              : 'border-rose-400 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/50';
          return (
            <label
              key={i}
              className={`flex cursor-pointer items-start gap-2.5 rounded-lg border px-3 py-2 text-base has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-600 ${tone}`}
            >
              <input
                type="radio"
                name={name}
                checked={picked === i}
                onChange={() => {
                  setPicked(i);
                  setTried((t) => new Set(t).add(i));
                }}
                className={`${radioMark} mt-1 focus-visible:outline-none`}
              />
              <span className="min-w-0">
                <span className="text-slate-900 dark:text-slate-100">{c.text}</span>
                {seen && (
                  <span className="mt-0.5 block text-slate-700 dark:text-slate-300">
                    <strong className={c.correct ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-800 dark:text-rose-300'}>
                      {c.correct ? 'Right. ' : 'Not quite. '}
                    </strong>
                    {c.explanation}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      <p aria-live="polite" className="sr-only">
        {choice ? `${choice.correct ? 'Right.' : 'Not quite.'} ${choice.explanation}` : ''}
      </p>
      {choice?.correct && (
        <p className="mt-2 inline-flex items-center gap-1.5 text-base font-semibold text-emerald-800 dark:text-emerald-300">
          <CheckIcon className="size-5" />
          Answered
        </p>
      )}
    </fieldset>
  );
}

/** Check your understanding: each answer, right or wrong, explains itself. */
export function Questions({ questions }: { questions: readonly Question[] }) {
  const headingId = useId();
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid="lab-questions">
      <h3 id={headingId} className={eyebrow}>
        Check your understanding
      </h3>
      {questions.map((q, i) => (
        <QuestionCard key={i} question={q} number={i + 1} />
      ))}
    </section>
  );
}
