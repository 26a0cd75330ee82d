/**
 * One step of a left-to-right scan of a shell line that must pass over what is quoted or escaped (`'…'` takes
 * everything literally, `"…"` lets a backslash escape the next character, a backslash outside quotes escapes the
 * next character). `scan.quote` is the quote open at `text[i]` and is updated.
 *
 * Returns the index the scan goes on from when `text[i]` is quoted, escaped or a quote itself (the caller looks no
 * further at it), or -1 when it is an ordinary character outside quotes, for the caller to look at.
 */
export function skipQuoted(text: string, i: number, scan: { quote: string | null }): number {
  const c = text[i];
  if (scan.quote) {
    if (c === '\\' && scan.quote === '"') return i + 1;
    if (c === scan.quote) scan.quote = null;
    return i;
  }
  if (c === '\\') return i + 1;
  if (c === "'" || c === '"') {
    scan.quote = c;
    return i;
  }
  return -1;
}
