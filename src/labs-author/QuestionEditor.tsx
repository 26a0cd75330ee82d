import { AUTHORED_LIMITS } from '../labs/authoring';
import type { Question } from '../labs/types';
import { removeAt, replaceAt } from './list-edit';
import { card, field, label, smallButton } from './ui';
import { checkbox } from '../ui/form-styles';

type Choice = Question['choices'][number];

/** One answer of a question: its words, whether it is right, and why (shown once the learner picks it). */
function ChoiceRow({ choice, n, q, onChange, onRemove }: { choice: Choice; n: number; q: number; onChange: (c: Choice) => void; onRemove?: () => void }) {
  const name = `question ${q} answer ${n}`;
  return (
    <li className="flex flex-col gap-1.5 rounded-lg border border-slate-200 p-2 dark:border-slate-700" data-testid="author-choice">
      <div className="flex flex-wrap items-center gap-2">
        <input aria-label={`Answer ${n} of question ${q}`} className={`${field} min-w-0 flex-1 basis-48`} value={choice.text} maxLength={AUTHORED_LIMITS.question} onChange={(e) => onChange({ ...choice, text: e.target.value })} />
        <label className="flex items-center gap-1.5 text-base">
          <input type="checkbox" className={checkbox} checked={choice.correct} onChange={(e) => onChange({ ...choice, correct: e.target.checked })} aria-label={`${name} is right`} />
          Right
        </label>
        {onRemove && (
          <button type="button" className={smallButton} onClick={onRemove} aria-label={`Remove answer ${n} of question ${q}`}>
            Remove
          </button>
        )}
      </div>
      <input aria-label={`Why answer ${n} of question ${q} is ${choice.correct ? 'right' : 'wrong'}`} placeholder="Why (shown when picked)" className={field} value={choice.explanation} maxLength={AUTHORED_LIMITS.question} onChange={(e) => onChange({ ...choice, explanation: e.target.value })} />
    </li>
  );
}

/** A quiz question: its prompt and its answers (two to six, at least one right). */
export function QuestionEditor({ question, index, onChange, onRemove }: { question: Question; index: number; onChange: (q: Question) => void; onRemove: () => void }) {
  const q = index + 1;
  const setChoices = (choices: Choice[]) => onChange({ ...question, choices });
  return (
    <li className={`${card} flex flex-col gap-2`} data-testid="author-question">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={`author-question-${q}`} className={label}>
          Question {q}
        </label>
        <button type="button" className={smallButton} onClick={onRemove} aria-label={`Remove question ${q}`}>
          Remove
        </button>
      </div>
      <textarea id={`author-question-${q}`} rows={2} className={field} value={question.prompt} maxLength={AUTHORED_LIMITS.question} onChange={(e) => onChange({ ...question, prompt: e.target.value })} />
      <ol className="flex flex-col gap-2" aria-label={`Answers of question ${q}`}>
        {question.choices.map((choice, i) => (
          <ChoiceRow
            key={i}
            choice={choice}
            n={i + 1}
            q={q}
            onChange={(c) => setChoices(replaceAt(question.choices, i, c))}
            {...(question.choices.length > 2 ? { onRemove: () => setChoices(removeAt(question.choices, i)) } : {})}
          />
        ))}
      </ol>
      <div>
        <button type="button" className={smallButton} disabled={question.choices.length >= AUTHORED_LIMITS.choices} onClick={() => setChoices([...question.choices, { text: '', correct: false, explanation: '' }])}>
          + Add an answer
        </button>
      </div>
    </li>
  );
}
