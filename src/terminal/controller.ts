/**
 * The terminal's behaviour without the DOM: keys from xterm.js go through the line editor, Enter runs the line in
 * the shell (or in a guest session), `aws` runs against the store's world and its actions are dispatched through
 * the store. The panel only supplies a `Screen` (xterm) and a `Backend` (the store).
 */
import { runAwsCli, type CliResult } from '../cli';
import type { Action, Result, World } from '../engine';
import { commonPrefix, complete } from './complete';
import { decodeInput, type InputKey } from './input';
import * as ed from './line-editor';
import { runShellLine, type ShellHost, type ShellState } from './shell';
import { loadsFor, onGuestSession, terminalCommand, type GuestSession } from './sessions';
import type { Explanation } from './ssh-explain';

interface Screen {
  write(text: string): void;
  clear(): void;
  readonly cols: number;
}

interface Backend {
  world(): World | null;
  dispatch(action: Action): Result | undefined;
  /** The service refused: show the lab's explanation beside the CLI's error. Null clears it. */
  explain(error: Explanation | null): void;
  close(): void;
}

export const PROMPT = '[cloudshell-user@ec2-lab ~]$ ';
const BANNER = 'ec2-lab CloudShell: the AWS CLI v2 against the simulated AWS on the canvas. Type `help` or `aws help`.\n';

export class TerminalController {
  private line = ed.emptyLine();
  private shell: ShellState = { vars: {}, status: 0 };
  private session: GuestSession | null = null;
  /** Row of the cursor within the drawn prompt line (for redraws of wrapped lines). */
  private cursorRow = 0;
  private started = false;
  /** A command's code loading before a line can run (see loadsFor); keys typed meanwhile wait in `typedAhead`. */
  private loading: Promise<void> | null = null;
  private typedAhead: InputKey[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly screen: Screen,
    private readonly backend: Backend,
  ) {
    this.unsubscribe = onGuestSession((session, greeting) => this.openFromOutside(session, greeting));
  }

  start(): void {
    this.screen.write(BANNER);
    this.started = true;
    if (this.session) this.screen.write(this.greeting);
    this.redraw(true);
  }

  private greeting = '';

  /** A session opened by a button (the inspector's Connect): the line being typed is dropped, the banner shown. */
  private openFromOutside(session: GuestSession, greeting: string): void {
    this.backend.explain(null);
    if (!this.started) {
      this.session = session;
      this.greeting = greeting;
      return;
    }
    this.line = ed.emptyLine(this.line.history);
    this.redraw(false);
    this.session = session;
    this.screen.write(`\n${greeting}`);
    this.cursorRow = 0;
    this.redraw(true);
  }

  dispose(): void {
    this.unsubscribe();
  }

  get vars(): Readonly<Record<string, string>> {
    return this.shell.vars;
  }

  get status(): number {
    return this.shell.status;
  }

  private prompt(): string {
    return this.session ? this.session.prompt() : PROMPT;
  }

  /** Everything xterm's onData hands over. */
  input(data: string): void {
    this.feed(decodeInput(data));
  }

  /** Keys in order; while a line waits for a command's code (Enter started a load), the rest wait with it. */
  private feed(keys: readonly InputKey[]): void {
    for (const [i, key] of keys.entries()) {
      if (this.loading) {
        this.typedAhead.push(...keys.slice(i));
        return;
      }
      this.key(key);
    }
  }

  private key(key: InputKey): void {
    if (key.kind === 'text') return this.edit(ed.insert(this.line, key.text));
    const l = this.line;
    const moves: Partial<Record<typeof key.name, () => ed.LineState>> = {
      backspace: () => ed.backspace(l),
      delete: () => ed.del(l),
      left: () => ed.left(l),
      right: () => ed.right(l),
      home: () => ed.home(l),
      'ctrl-a': () => ed.home(l),
      end: () => ed.end(l),
      'ctrl-e': () => ed.end(l),
      'ctrl-u': () => ed.killToStart(l),
      'ctrl-k': () => ed.killToEnd(l),
      'ctrl-w': () => ed.killWord(l),
      up: () => ed.historyPrev(l),
      down: () => ed.historyNext(l),
      'ctrl-r': () => ed.reverseSearch(l),
      'ctrl-g': () => ed.cancelSearch(l),
      escape: () => ed.cancelSearch(l),
    };
    const move = moves[key.name];
    if (move) return this.edit(move());
    if (key.name === 'enter') return this.enterKey();
    if (key.name === 'tab') return this.tab();
    if (key.name === 'ctrl-c') {
      this.screen.write('^C\n');
      this.line = ed.emptyLine(this.line.history);
      this.shell = { ...this.shell, status: 130 };
      return this.redraw(true);
    }
    if (key.name === 'ctrl-l') {
      this.screen.clear();
      return this.redraw(true);
    }
    if (key.name === 'ctrl-d' && this.line.buffer === '') this.exit();
  }

  private edit(next: ed.LineState): void {
    this.line = next;
    this.redraw(false);
  }

  /** Draws the prompt line again; `fresh` when the cursor is already at the start of a new line. */
  private redraw(fresh: boolean): void {
    const cols = Math.max(10, this.screen.cols);
    const { text, cursor } = ed.display(this.line, this.prompt());
    let out = fresh ? '' : `${this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : ''}\r\x1b[J`;
    out += text;
    if (text.length > 0 && text.length % cols === 0) out += '\r\n';
    const endRow = Math.floor(text.length / cols);
    const row = Math.floor(cursor / cols);
    if (endRow > row) out += `\x1b[${endRow - row}A`;
    out += `\r${cursor % cols ? `\x1b[${cursor % cols}C` : ''}`;
    this.cursorRow = row;
    this.screen.write(out);
  }

  private enterKey(): void {
    this.line = ed.end(ed.acceptSearch(this.line));
    this.redraw(false);
    this.screen.write('\n');
    const [line, next] = ed.submit(this.line);
    this.line = next;
    this.cursorRow = 0;
    this.run(line);
    if (!this.loading) this.redraw(true);
  }

  /**
   * Runs a line as if typed (also used by tests and by "run this command" buttons). A line naming a command whose
   * code has not loaded yet (`ssh`) runs once it has; the promise tells when (at once otherwise).
   */
  run(line: string): Promise<void> {
    if (this.session) {
      this.runGuest(line);
      return Promise.resolve();
    }
    const load = loadsFor(line);
    if (!load) {
      this.shell = runShellLine(this.shell, line, this.host());
      return Promise.resolve();
    }
    this.loading = load.then(
      () => this.afterLoad(line),
      (error: unknown) => {
        this.screen.write(`\x1b[31mCould not load a command's code (${error instanceof Error ? error.message : String(error)}); check the connection and try again.\x1b[0m\n`);
        this.afterLoad(null);
      },
    );
    return this.loading;
  }

  /** The load is over: the line runs (unless it failed), the prompt comes back, and keys typed meanwhile are replayed. */
  private afterLoad(line: string | null): void {
    this.loading = null;
    if (line !== null) this.shell = runShellLine(this.shell, line, this.host());
    this.redraw(true);
    const typed = this.typedAhead;
    this.typedAhead = [];
    this.feed(typed);
  }

  private host(): ShellHost {
    return {
      aws: (line) => this.aws(line),
      command: (name, args) => {
        const command = terminalCommand(name);
        const world = this.backend.world();
        if (!command || !world) return undefined;
        const r = command(args, { world, dispatch: (a) => this.backend.dispatch(a), vars: this.shell.vars });
        if (r.session) this.enter(r.session);
        this.backend.explain(r.explanation ?? null);
        return r;
      },
      history: () => this.line.history,
      write: (text, stream) => this.screen.write(stream === 'stderr' ? `\x1b[31m${text}\x1b[0m` : text),
      clear: () => this.screen.clear(),
      exit: () => this.exit(),
    };
  }

  private aws(line: string): CliResult | { stdout: string; stderr: string; exitCode: number } {
    const world = this.backend.world();
    if (!world) return { stdout: '', stderr: '\naws: [ERROR]: the simulated AWS is still loading; try again in a moment.\n', exitCode: 255 };
    const result = runAwsCli(world, line);
    for (const action of result.actions) this.backend.dispatch(action);
    this.backend.explain(result.refusal ?? null);
    return result;
  }

  private enter(session: GuestSession): void {
    this.session = session;
  }

  private runGuest(line: string): void {
    const session = this.session!;
    const world = this.backend.world();
    if (!world) return;
    const r = session.run(line, world);
    for (const action of r.actions ?? []) this.backend.dispatch(action);
    if (r.stdout) this.screen.write(r.stdout);
    if (r.stderr) this.screen.write(`\x1b[31m${r.stderr}\x1b[0m`);
    this.shell = { ...this.shell, status: r.exitCode };
    if (r.closed) this.session = null;
  }

  private exit(): void {
    if (this.session) {
      const world = this.backend.world();
      const text = (world && this.session.run('exit', world).stdout) || 'logout\n';
      this.session = null;
      this.screen.write(`\n${text}`);
      this.cursorRow = 0;
      return this.redraw(true);
    }
    this.backend.close();
  }

  private tab(): void {
    if (this.session) return; // the guest shell has no completion yet
    const { start, candidates } = complete(this.line.buffer, this.line.cursor, this.backend.world());
    if (!candidates.length) return;
    const word = this.line.buffer.slice(start, this.line.cursor);
    const prefix = candidates.length === 1 ? `${candidates[0]} ` : commonPrefix(candidates);
    if (prefix.length > word.length) return this.edit(ed.insert(this.line, prefix.slice(word.length)));
    this.screen.write(`\n${candidates.slice(0, 200).join('  ')}${candidates.length > 200 ? '  …' : ''}\n`);
    this.cursorRow = 0;
    this.redraw(true);
  }
}
