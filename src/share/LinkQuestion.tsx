import { useState } from 'react';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { radio } from '../ui/form-styles';
import { useLinkStatus, type OpenQuestion } from './link-status';

/** The options of a question that asks the learner to pick one (which kept copy to drop). */
function Choices({ choices, picked, onPick }: { choices: NonNullable<OpenQuestion['choices']>; picked: number; onPick: (i: number) => void }) {
  return (
    <fieldset className="mt-3 space-y-1.5" data-testid="question-choices">
      <legend className="font-semibold text-slate-900 dark:text-white">{choices.label}</legend>
      {choices.options.map((option, i) => (
        <label key={i} className="flex cursor-pointer items-start gap-2 rounded-lg px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
          <input type="radio" name="question-choice" className={`${radio} mt-1.5`} checked={picked === i} onChange={() => onPick(i)} />
          <span>{option}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The question an opener asks before replacing a guided lab in progress (as the Labs picker does), or kept work. */
export function LinkQuestion() {
  const question = useLinkStatus((s) => s.question);
  const [picked, setPicked] = useState<{ question: OpenQuestion | null; index: number }>({ question: null, index: 0 });
  if (!question) return null;
  const index = picked.question === question ? picked.index : question.choices ? question.choices.options.length - 1 : 0;
  const body = question.choices ? (
    <>
      <p>{question.body}</p>
      <Choices choices={question.choices} picked={index} onPick={(i) => setPicked({ question, index: i })} />
    </>
  ) : (
    question.body
  );
  return (
    <ConfirmDialog
      options={{ title: question.title, body, confirm: question.confirm, cancel: question.cancel ?? 'Cancel' }}
      onConfirm={() => {
        question.choices?.onChoose(index);
        question.answer(true);
      }}
      onCancel={() => question.answer(false)}
    />
  );
}
