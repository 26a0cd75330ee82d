/**
 * Copy to the clipboard; where the browser refuses, select the text in `fallback` so Ctrl+C copies it. Returns the
 * sentence to show: about "the link" when `what` is 'link', otherwise about "the text".
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null, what?: 'link'): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return what === 'link' ? 'Link copied to the clipboard.' : 'Copied to the clipboard.';
  } catch {
    fallback?.focus();
    fallback?.select();
    return `This browser did not allow copying: the ${what ?? 'text'} is selected, press Ctrl+C (⌘+C) to copy it.`;
  }
}
