/**
 * Fuzzy matching for the command palette: every character of the query must appear in order. Matches at word
 * starts and consecutive runs score higher; a shorter text wins ties; a substring beats any scattered match. Returns null when the query does not match.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.trim().toLowerCase();
  if (!q) return 0;
  const t = text.toLowerCase();
  const direct = t.indexOf(q);
  if (direct >= 0) {
    const atWord = direct === 0 || /[\s:_\-/(]/.test(t[direct - 1] ?? '') || /[A-Z]/.test(text[direct] ?? '');
    // Substring matches always rank above scattered ones; an exact match above everything.
    return 100_000 + (t === q ? 10_000 : 0) - direct * 2 + (atWord ? 200 : 0) - t.length * 0.1;
  }
  let score = 0;
  let ti = 0;
  let run = 0;
  for (const ch of q) {
    if (ch === ' ') continue;
    const found = t.indexOf(ch, ti);
    if (found < 0) return null;
    const atWord = found === 0 || /[\s:_\-/(]/.test(t[found - 1] ?? '') || /[A-Z]/.test(text[found] ?? '');
    run = found === ti ? run + 1 : 0;
    score += 10 + (atWord ? 15 : 0) + run * 5 - Math.min(found - ti, 10);
    ti = found + 1;
  }
  return Math.min(score, 99_000) - t.length * 0.1;
}

/** Items sorted best first; those that do not match are left out. A blank query keeps the original order. */
export function fuzzyFilter<T>(items: readonly T[], query: string, texts: (item: T) => string[]): T[] {
  if (!query.trim()) return [...items];
  const scored: { item: T; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    let best: number | null = null;
    for (const text of texts(item)) {
      const s = fuzzyScore(query, text);
      if (s !== null && (best === null || s > best)) best = s;
    }
    if (best !== null) scored.push({ item, score: best, index });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.map((s) => s.item);
}
