/**
 * The seam where the terminal becomes a shell inside an instance. `aws` is built in; other commands (`ssh`, …) are
 * registered here, and a command (or a button such as the inspector's EC2 Instance Connect) can switch the terminal
 * into a `GuestSession` — a prompt answered by `runShell` from src/guest (ENGINE_API.md "Terminal contracts") —
 * until `exit`. The coordinator wires src/guest in by calling `registerTerminalCommand('ssh', …)` and
 * `openGuestSession(…)`; nothing here depends on it.
 */
import type { Action, Result, World } from '../engine';
import type { Explanation } from './ssh-explain';

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A shell session inside an instance, e.g. `runShell(world, instanceId, line, env)` behind a prompt. */
export interface GuestSession {
  /** `[ec2-user@ip-10-0-1-12 ~]$ ` */
  prompt(): string;
  /** One line typed at the guest prompt. `closed: true` ends the session (`exit`, `logout`, shutdown). */
  run(line: string, world: World): CommandOutput & { world?: World; actions?: Action[]; closed?: boolean };
  /** Tab completion inside the guest (optional). */
  complete?(line: string, cursor: number): string[];
}

export interface CommandContext {
  world: World;
  /** Sends an action through the store (undo, timeline, labs see it). */
  dispatch(action: Action): Result | undefined;
  vars: Readonly<Record<string, string>>;
}

/** A terminal command beyond the built-ins; it may open a guest session. */
type TerminalCommand = (
  args: string[],
  ctx: CommandContext,
) => CommandOutput & { session?: GuestSession; explanation?: Explanation };

const commands = new Map<string, TerminalCommand>();
type Listener = (session: GuestSession, greeting: string) => void;
const listeners = new Set<Listener>();
let pending: { session: GuestSession; greeting: string } | null = null;

export function registerTerminalCommand(name: string, command: TerminalCommand): () => void {
  commands.set(name, command);
  return () => void (commands.get(name) === command && commands.delete(name));
}

export function terminalCommand(name: string): TerminalCommand | undefined {
  return commands.get(name);
}

/** Commands whose code loads on first use (`load` registers them), and the load under way or done. */
const loaders = new Map<string, { load: () => Promise<unknown>; loading?: Promise<unknown>; done?: boolean }>();

/**
 * `name` is registered by `load` the first time a line uses it: `ssh` and `mssh` bring the guest shell, which the
 * terminal's first screen does not need (it stays out of the terminal's lazy chunk).
 */
export function registerLazyTerminalCommand(name: string, load: () => Promise<unknown>): void {
  if (!loaders.has(name)) loaders.set(name, { load });
}

/**
 * What has to load before `line` can run: the code of each lazy command it names that is not registered yet (null
 * when nothing has to). A word that only looks like the command (an argument `ssh`) loads it too, which is harmless.
 * A failed load is forgotten, so the next line tries again.
 */
export function loadsFor(line: string): Promise<unknown> | null {
  const words = new Set(line.split(/[\s;|&()<>]+/));
  const waits: Promise<unknown>[] = [];
  for (const [name, entry] of loaders) {
    // `done`: a load that registers its command under another name (`aws ec2-instance-connect`) is not waited for again.
    if (commands.has(name) || entry.done || !words.has(name)) continue;
    entry.loading ??= entry.load().then(
      () => void (entry.done = true),
      (error: unknown) => {
        delete entry.loading;
        throw error;
      },
    );
    waits.push(entry.loading);
  }
  return waits.length ? Promise.all(waits) : null;
}

/**
 * Switch the terminal into `session` (opens the panel's session as soon as it is listening). `greeting` is printed
 * first (the login banner), as a button such as the inspector's Connect opens a session without a typed command.
 */
export function openGuestSession(session: GuestSession, greeting = ''): void {
  if (listeners.size === 0) pending = { session, greeting };
  for (const listener of listeners) listener(session, greeting);
}

/** The panel listens while mounted; a session opened before it mounted is handed over at once. */
export function onGuestSession(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) {
    const { session, greeting } = pending;
    pending = null;
    listener(session, greeting);
  }
  return () => void listeners.delete(listener);
}
