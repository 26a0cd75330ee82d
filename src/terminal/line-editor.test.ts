import { describe, expect, it } from 'vitest';
import { decodeInput } from './input';
import * as ed from './line-editor';

describe('line editor', () => {
  it('edits, walks history and searches it with Ctrl+R', () => {
    let s = ed.emptyLine(['aws ec2 describe-vpcs', 'echo $?', 'aws ec2 create-vpc --cidr-block 10.0.0.0/16']);
    s = ed.insert(s, 'aws');
    s = ed.left(ed.left(s));
    s = ed.insert(s, 'X');
    expect([s.buffer, s.cursor]).toEqual(['aXws', 2]);
    s = ed.historyPrev(s);
    expect(s.buffer).toBe('aws ec2 create-vpc --cidr-block 10.0.0.0/16');
    s = ed.historyNext(s);
    expect(s.buffer).toBe('aXws');
    s = ed.reverseSearch(ed.killToStart(ed.end(s)));
    s = ed.insert(s, 'vpcs');
    expect(ed.display(s, '$ ').text).toBe("(reverse-i-search)`vpcs': aws ec2 describe-vpcs");
    const [line, next] = ed.submit(s);
    expect(line).toBe('aws ec2 describe-vpcs');
    expect(next.history.at(-1)).toBe('aws ec2 describe-vpcs');
    expect(ed.killWord(ed.insert(ed.emptyLine(), 'aws ec2 desc')).buffer).toBe('aws ec2 ');
  });

  it('decodes xterm input: keys, control characters and a pasted block', () => {
    expect(decodeInput('\x1b[A\x1b[3~\t\x12')).toEqual([
      { kind: 'key', name: 'up' },
      { kind: 'key', name: 'delete' },
      { kind: 'key', name: 'tab' },
      { kind: 'key', name: 'ctrl-r' },
    ]);
    expect(decodeInput('echo a\r\necho b')).toEqual([
      { kind: 'text', text: 'echo a' },
      { kind: 'key', name: 'enter' },
      { kind: 'text', text: 'echo b' },
    ]);
  });
});
