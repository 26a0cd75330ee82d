/** What xterm.js hands over in `onData` (keys as escape sequences, pasted text) → editor keys, in order. */

export type InputKey =
  | { kind: 'text'; text: string }
  | {
      kind: 'key';
      name:
        | 'enter' | 'backspace' | 'delete' | 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'tab'
        | 'ctrl-a' | 'ctrl-e' | 'ctrl-u' | 'ctrl-k' | 'ctrl-w' | 'ctrl-c' | 'ctrl-l' | 'ctrl-r' | 'ctrl-g' | 'ctrl-d' | 'escape';
    };

const SEQUENCES: [string, Extract<InputKey, { kind: 'key' }>['name']][] = [
  ['\x1b[A', 'up'], ['\x1bOA', 'up'], ['\x1b[B', 'down'], ['\x1bOB', 'down'],
  ['\x1b[C', 'right'], ['\x1bOC', 'right'], ['\x1b[D', 'left'], ['\x1bOD', 'left'],
  ['\x1b[H', 'home'], ['\x1bOH', 'home'], ['\x1b[1~', 'home'], ['\x1b[F', 'end'], ['\x1bOF', 'end'], ['\x1b[4~', 'end'],
  ['\x1b[3~', 'delete'],
];

const CONTROL: Record<string, Extract<InputKey, { kind: 'key' }>['name']> = {
  '\r': 'enter', '\n': 'enter', '\x7f': 'backspace', '\b': 'backspace', '\t': 'tab',
  '\x01': 'ctrl-a', '\x05': 'ctrl-e', '\x15': 'ctrl-u', '\x0b': 'ctrl-k', '\x17': 'ctrl-w', '\x03': 'ctrl-c',
  '\x0c': 'ctrl-l', '\x12': 'ctrl-r', '\x07': 'ctrl-g', '\x04': 'ctrl-d',
};

/** Splits one onData chunk into keys; printable runs stay one text key (a paste inserts in one step). */
export function decodeInput(data: string): InputKey[] {
  const keys: InputKey[] = [];
  let text = '';
  const flush = () => {
    if (text) keys.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < data.length) {
    const seq = data[i] === '\x1b' ? SEQUENCES.find(([s]) => data.startsWith(s, i)) : undefined;
    if (seq) {
      flush();
      keys.push({ kind: 'key', name: seq[1] });
      i += seq[0].length;
      continue;
    }
    const c = data[i]!;
    if (c === '\r' && data[i + 1] === '\n') i++; // a pasted CRLF is one Enter
    const control = CONTROL[c];
    if (control) {
      flush();
      keys.push({ kind: 'key', name: control });
    } else if (c === '\x1b') {
      flush();
      keys.push({ kind: 'key', name: 'escape' });
    } else if (c >= ' ') text += c;
    i++;
  }
  flush();
  return keys;
}
