import type { ReactNode, Ref } from 'react';

/** A button that shows only an icon: `label` is its accessible name; `title`, when given, its tooltip. */
export function IconButton({
  ref,
  label,
  title,
  className,
  onClick,
  children,
}: {
  ref?: Ref<HTMLButtonElement>;
  label: string;
  title?: string;
  className: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" ref={ref} onClick={onClick} aria-label={label} title={title} className={className}>
      {children}
    </button>
  );
}
