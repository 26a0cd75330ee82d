import type { Presentation } from './presentation';

/** A link to the presentation at `index` (at least step 1) copied, or why not: the sentence to show. */
export async function copyStepLink(show: Presentation, index: number, meta: { title: string; notes: string }): Promise<string> {
  const { stepLinkOf } = await import('../share/build-share');
  const shared = { base: show.base, actions: show.steps.map((s) => s.action), world: show.worldAt(show.length) };
  const link = await stepLinkOf(shared, Math.max(1, index), meta).catch(() => undefined);
  if (!link?.ok || !link.url) {
    return link && !link.ok ? `${link.code}: ${link.message}` : 'share-failed: the lab could not be packed into a link.';
  }
  const { copyText } = await import('../ui/clipboard');
  return `${await copyText(link.url, null, 'link')} ${link.url.length > 200 ? '' : link.url}`.trim();
}
