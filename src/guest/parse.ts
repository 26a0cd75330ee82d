/**
 * The shell's grammar, small on purpose: lists joined by `;`, `&&`, `||`; pipelines joined by `|`; words with single
 * and double quotes, backslash escapes, `$VAR`, `${VAR}`, `$?` and `$(…)` command substitution; `NAME=value` as a
 * command of its own. Untrusted input: the caller bounds its length, and substitution depth is bounded here.
 */

type Joiner = ';' | '&&' | '||';

interface Segment {
  /** How this pipeline joins the previous one (the first has ';'). */
  join: Joiner;
  /** Raw text of each command of the pipeline. */
  commands: string[];
}

/** Split a command line at top-level `;`, `&&`, `||` and `|`, respecting quotes and `$(…)`. */
export function splitLine(line: string): Segment[] {
  const segments: Segment[] = [];
  let join: Joiner = ';';
  let commands: string[] = [];
  let current = '';
  let quote: '"' | "'" | undefined;
  let depth = 0;
  const endCommand = () => {
    commands.push(current.trim());
    current = '';
  };
  const endSegment = (next: Joiner) => {
    endCommand();
    if (commands.some((c) => c.length > 0)) segments.push({ join, commands });
    commands = [];
    join = next;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    const next = line[i + 1];
    if (ch === '\\' && quote !== "'" && next !== undefined) {
      current += ch + next;
      i++;
    } else if (quote) {
      if (ch === quote) quote = undefined;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === '$' && next === '(') {
      depth++;
      current += '$(';
      i++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      current += ch;
    } else if (depth > 0) current += ch;
    else if (ch === '&' && next === '&') {
      endSegment('&&');
      i++;
    } else if (ch === '|' && next === '|') {
      endSegment('||');
      i++;
    } else if (ch === '|') endCommand();
    else if (ch === ';' || ch === '\n') endSegment(';');
    else if (ch === '#' && /\s/.test(line[i - 1] ?? ' ')) break;
    else current += ch;
  }
  endSegment(';');
  return segments;
}

/** Runs a command line for `$(…)` and returns its stdout. */
type Substitute = (commandLine: string) => string;

/**
 * Expand one command into words: quotes removed, variables and `$(…)` substituted (unquoted results split on
 * whitespace, quoted ones kept whole, trailing newlines dropped as bash does).
 */
export function expandWords(text: string, env: Record<string, string>, substitute: Substitute): string[] {
  const words: string[] = [];
  let word = '';
  let started = false;
  let quote: '"' | "'" | undefined;
  const push = () => {
    if (started) words.push(word);
    word = '';
    started = false;
  };
  const addExpanded = (value: string) => {
    if (quote === '"') {
      word += value;
      started = true;
      return;
    }
    const parts = value.split(/\s+/);
    parts.forEach((part, i) => {
      if (i > 0) push();
      if (part) {
        word += part;
        started = true;
      }
    });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
      continue;
    }
    if (ch === '\\' && i + 1 < text.length) {
      word += text[++i];
      started = true;
    } else if (ch === '"') {
      quote = quote === '"' ? undefined : '"';
      started = true;
    } else if (ch === "'" && !quote) {
      quote = "'";
      started = true;
    } else if (ch === '$' && text[i + 1] === '(') {
      const end = matchingParen(text, i + 1);
      addExpanded(substitute(text.slice(i + 2, end)).replace(/\n+$/, ''));
      i = end;
    } else if (ch === '$' && /[A-Za-z_{?]/.test(text[i + 1] ?? '')) {
      const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*)|(\?))/.exec(text.slice(i));
      if (m) {
        addExpanded(env[m[1] ?? m[2] ?? '?'] ?? '');
        i += m[0].length - 1;
      } else word += ch;
    } else if (/\s/.test(ch) && !quote) push();
    else {
      word += ch;
      started = true;
    }
  }
  push();
  return words;
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}
