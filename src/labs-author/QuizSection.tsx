import { AUTHORED_LIMITS } from '../labs/authoring';
import type { Question } from '../labs/types';
import { removeAt, replaceAt } from './list-edit';
import { QuestionEditor } from './QuestionEditor';
import { button, hint } from './ui';

const blank = (): Question => ({
  prompt: '',
  choices: [
    { text: '', correct: true, explanation: '' },
    { text: '', correct: false, explanation: '' },
  ],
});

/** The lab's quiz, asked on its summary once the steps are done: shown and edited (an adapted built-in lab brings its own). */
export function QuizSection({ ids, questions, onChange }: { ids: string; questions: Question[]; onChange: (questions: Question[]) => void }) {
  return (
    <section aria-labelledby={`${ids}-quiz`} className="flex min-w-0 flex-col gap-3" data-testid="author-quiz">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${ids}-quiz`} className="text-lg font-bold">
          Quiz
        </h3>
        <button type="button" className={button} disabled={questions.length >= AUTHORED_LIMITS.questions} onClick={() => onChange([...questions, blank()])}>
          + Add a question
        </button>
      </div>
      <p className={hint}>Asked on the lab&rsquo;s summary once every step is done. Optional; up to {AUTHORED_LIMITS.questions} questions.</p>
      {questions.length > 0 && (
        <ol className="flex flex-col gap-3">
          {questions.map((question, i) => (
            <QuestionEditor key={i} question={question} index={i} onChange={(q) => onChange(replaceAt(questions, i, q))} onRemove={() => onChange(removeAt(questions, i))} />
          ))}
        </ol>
      )}
    </section>
  );
}
