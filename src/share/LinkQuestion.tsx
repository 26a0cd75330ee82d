import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useLinkStatus } from './link-status';

/** The question an opener asks before replacing a guided lab in progress (as the Labs picker does). */
export function LinkQuestion() {
  const question = useLinkStatus((s) => s.question);
  if (!question) return null;
  return (
    <ConfirmDialog
      options={{ title: question.title, body: question.body, confirm: question.confirm, cancel: question.cancel ?? 'Cancel' }}
      onConfirm={() => question.answer(true)}
      onCancel={() => question.answer(false)}
    />
  );
}
