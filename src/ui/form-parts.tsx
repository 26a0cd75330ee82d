import { useRef, type Ref } from 'react';
import { copyField } from './form-styles';

/** A read-only text (a link, an embed snippet) that selects itself on focus, to copy. */
export function CopyField({
  ref,
  id,
  value,
  busy,
  className,
  testId,
}: {
  ref?: Ref<HTMLTextAreaElement>;
  id: string;
  value: string;
  busy?: boolean;
  className?: string;
  testId?: string;
}) {
  return (
    <textarea
      ref={ref}
      id={id}
      readOnly
      rows={3}
      value={value}
      onFocus={(e) => e.currentTarget.select()}
      aria-busy={busy}
      className={className ? `${copyField} ${className}` : copyField}
      data-testid={testId}
    />
  );
}

/**
 * A button that opens the browser's file chooser for one `.json` file, with its hidden file input beside it (the
 * input is emptied after each choice, so the same file can be chosen again).
 */
export function FileOpenButton({
  children,
  className,
  inputLabel,
  inputClassName,
  focusableInput = true,
  testId,
  onFile,
}: {
  children: string;
  className: string;
  inputLabel: string;
  /** `hidden` or `sr-only`. */
  inputClassName: string;
  /** false takes the input out of the Tab order (`tabIndex={-1}`). */
  focusableInput?: boolean;
  testId: string;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className={inputClassName}
        tabIndex={focusableInput ? undefined : -1}
        aria-label={inputLabel}
        data-testid={testId}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
