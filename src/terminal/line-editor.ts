/**
 * The prompt's line editing, pure (the panel draws it with xterm.js): insert, delete, cursor moves, kill to start /
 * end / previous word, history with ↑/↓, and reverse search (Ctrl+R) as readline does it.
 */

export interface ReverseSearch {
  query: string;
  /** Index in history of the current match, or -1. */
  match: number;
}

export interface LineState {
  buffer: string;
  cursor: number;
  history: readonly string[];
  /** history.length while editing a new line; lower while browsing. */
  historyIndex: number;
  /** The line being typed before browsing history. */
  draft: string;
  search: ReverseSearch | null;
}

export const HISTORY_LIMIT = 500;
export const MAX_LINE = 64 * 1024;

export function emptyLine(history: readonly string[] = []): LineState {
  return { buffer: '', cursor: 0, history, historyIndex: history.length, draft: '', search: null };
}

const set = (s: LineState, buffer: string, cursor: number): LineState => ({ ...s, buffer, cursor });

export function insert(s: LineState, text: string): LineState {
  if (s.search) return searchFor(s, s.search.query + text, s.history.length - 1);
  const room = MAX_LINE - s.buffer.length;
  const piece = text.slice(0, Math.max(0, room));
  return set(s, s.buffer.slice(0, s.cursor) + piece + s.buffer.slice(s.cursor), s.cursor + piece.length);
}

export function backspace(s: LineState): LineState {
  if (s.search) return searchFor(s, s.search.query.slice(0, -1), s.history.length - 1);
  if (s.cursor === 0) return s;
  return set(s, s.buffer.slice(0, s.cursor - 1) + s.buffer.slice(s.cursor), s.cursor - 1);
}

export function del(s: LineState): LineState {
  return s.cursor >= s.buffer.length ? s : set(s, s.buffer.slice(0, s.cursor) + s.buffer.slice(s.cursor + 1), s.cursor);
}

export const left = (s: LineState) => set(acceptSearch(s), s.buffer, Math.max(0, acceptSearch(s).cursor - 1));
export const right = (s: LineState) => {
  const a = acceptSearch(s);
  return set(a, a.buffer, Math.min(a.buffer.length, a.cursor + 1));
};
export const home = (s: LineState) => set(acceptSearch(s), acceptSearch(s).buffer, 0);
export const end = (s: LineState) => {
  const a = acceptSearch(s);
  return set(a, a.buffer, a.buffer.length);
};
export const killToStart = (s: LineState) => set(s, s.buffer.slice(s.cursor), 0);
export const killToEnd = (s: LineState) => set(s, s.buffer.slice(0, s.cursor), s.cursor);

export function killWord(s: LineState): LineState {
  const before = s.buffer.slice(0, s.cursor).replace(/\S+\s*$/, '');
  return set(s, before + s.buffer.slice(s.cursor), before.length);
}

function browse(s: LineState, index: number): LineState {
  const a = acceptSearch(s);
  if (index < 0 || index > a.history.length) return a;
  const draft = a.historyIndex === a.history.length ? a.buffer : a.draft;
  const buffer = index === a.history.length ? draft : a.history[index]!;
  return { ...a, buffer, cursor: buffer.length, historyIndex: index, draft };
}

export const historyPrev = (s: LineState) => browse(s, s.historyIndex - 1);
export const historyNext = (s: LineState) => browse(s, s.historyIndex + 1);

function searchFor(s: LineState, query: string, from: number): LineState {
  let match = -1;
  if (query) {
    for (let i = Math.min(from, s.history.length - 1); i >= 0; i--) {
      if (s.history[i]!.includes(query)) {
        match = i;
        break;
      }
    }
  }
  return { ...s, search: { query, match } };
}

/** Ctrl+R: start a reverse search, or find the next older match. */
export function reverseSearch(s: LineState): LineState {
  if (!s.search) return searchFor({ ...s, search: { query: '', match: -1 } }, '', s.history.length - 1);
  return searchFor(s, s.search.query, s.search.match - 1 < 0 ? -1 : s.search.match - 1);
}

/** Leaves the search with its match on the line (Enter, arrows). */
export function acceptSearch(s: LineState): LineState {
  if (!s.search) return s;
  const found = s.search.match >= 0 ? s.history[s.search.match]! : s.buffer;
  return { ...s, buffer: found, cursor: found.length, search: null };
}

/** Ctrl+G / Esc: leave the search, keeping the line as it was. */
export const cancelSearch = (s: LineState): LineState => ({ ...s, search: null });

/** Enter: the line to run, and a fresh state with it in history (blank lines and repeats are not kept). */
export function submit(s: LineState): [string, LineState] {
  const line = acceptSearch(s).buffer;
  const keep = line.trim() !== '' && s.history[s.history.length - 1] !== line;
  const history = keep ? [...s.history, line].slice(-HISTORY_LIMIT) : s.history;
  return [line, emptyLine(history)];
}

/** The text xterm should show for the prompt line. */
export function display(s: LineState, prompt: string): { text: string; cursor: number } {
  if (s.search) {
    const found = s.search.match >= 0 ? s.history[s.search.match]! : '';
    const label = `(${s.search.match < 0 && s.search.query ? 'failed ' : ''}reverse-i-search)\`${s.search.query}': `;
    return { text: label + found, cursor: label.length - 3 };
  }
  return { text: prompt + s.buffer, cursor: prompt.length + s.cursor };
}
