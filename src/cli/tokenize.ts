/**
 * Splits a command line into words as a POSIX shell does (reference/aws-cli.md (a)): single quotes are literal,
 * double quotes allow `\"`, `\\`, `\$` and `` \` ``, a backslash outside quotes escapes the next character, no
 * globbing. Variables are the terminal's business; by the time a line reaches `aws` they are expanded.
 */

export class TokenizeError extends Error {}

/** Words of `line`, or a TokenizeError for an unterminated quote. */
export function tokenize(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new TokenizeError('unexpected EOF while looking for matching `\'\'');
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      const [text, next] = doubleQuoted(line, i + 1);
      word += text;
      inWord = true;
      i = next;
    } else if (c === '\\') {
      if (i + 1 < line.length && line[i + 1] !== '\n') word += line[i + 1];
      inWord = true;
      i += 2;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function doubleQuoted(line: string, start: number): [string, number] {
  let text = '';
  let i = start;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '"') return [text, i + 1];
    if (c === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1]!)) {
      if (line[i + 1] !== '\n') text += line[i + 1];
      i += 2;
    } else {
      text += c;
      i++;
    }
  }
  throw new TokenizeError('unexpected EOF while looking for matching `"\'');
}

/** Quotes a word for a POSIX shell only when it needs it (`web tier` → `'web tier'`). */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
