/**
 * The option a listbox key moves to: ↑ ↓ by one, Page Up / Page Down by eight, and (when `homeEnd`, for a list that
 * has the focus itself rather than a text box) Home / End to the ends. Undefined for any other key.
 */
export function listMove(key: string, current: number, last: number, homeEnd = false): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'PageDown':
      return Math.min(last, current + 8);
    case 'PageUp':
      return Math.max(0, current - 8);
    case 'Home':
      return homeEnd ? 0 : undefined;
    case 'End':
      return homeEnd ? last : undefined;
    default:
      return undefined;
  }
}
