/**
 * The terminal's small shell (the "CloudShell" around `aws`): `;`, `&&`, `||`, variables and `$(…)` (expand.ts),
 * `echo`, `export`, `unset`, `env`, `history`, `clear`, `help`, `exit`, and `aws` itself. Other commands come from
 * the session registry (sessions.ts), e.g. `ssh` once the guest shell is wired in. Pure: the host runs `aws` and
 * receives output, so tests drive it without a DOM.
 */
import { tokenize, TokenizeError } from '../cli/tokenize';
import { expand, ExpandError } from './expand';
import { skipQuoted } from './quote-scan';

export interface ShellState {
  vars: Record<string, string>;
  /** `$?`: the exit status of the last command. */
  status: number;
}

export interface ShellHost {
  /** Runs an `aws …` line (already expanded) and returns what it printed. */
  aws(line: string): { stdout: string; stderr: string; exitCode: number };
  /** A command from the registry (`ssh`, …), or undefined when there is none by that name. */
  command?(name: string, args: string[]): { stdout: string; stderr: string; exitCode: number } | undefined;
  history(): readonly string[];
  /** Output that reaches the screen (stderr of substitutions too). */
  write(text: string, stream: 'stdout' | 'stderr'): void;
  clear(): void;
  exit(): void;
}

const MAX_COMMANDS_PER_LINE = 50;
const MAX_SUBSTITUTION_DEPTH = 4;
const MAX_VARS = 500;
const MAX_VALUE = 64 * 1024;

interface Run {
  state: ShellState;
  host: ShellHost;
  depth: number;
  commands: number;
}

type Chain = { text: string; op: ';' | '&&' | '||' };

/** Splits at `;`, `&&`, `||` outside quotes and `$(…)`. */
export function splitChain(line: string): Chain[] {
  const parts: Chain[] = [];
  const scan = { quote: null as string | null };
  let depth = 0;
  let start = 0;
  let op: Chain['op'] = ';';
  for (let i = 0; i < line.length; i++) {
    const skipped = skipQuoted(line, i, scan);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    const c = line[i]!;
    if (c === '$' && line[i + 1] === '(') {
      depth++;
      i++;
    }
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0 && (c === ';' || line.startsWith('&&', i) || line.startsWith('||', i))) {
      parts.push({ text: line.slice(start, i), op });
      op = c === ';' ? ';' : (line.slice(i, i + 2) as Chain['op']);
      if (c !== ';') i++;
      start = i + 1;
    }
  }
  parts.push({ text: line.slice(start), op });
  return parts.filter((p) => p.text.trim() !== '');
}

function context(run: Run) {
  return {
    vars: run.state.vars,
    status: run.state.status,
    substitute: (inner: string) => {
      if (run.depth >= MAX_SUBSTITUTION_DEPTH) throw new ExpandError('command substitution nested too deeply');
      let captured = '';
      const inner_: Run = {
        ...run,
        depth: run.depth + 1,
        host: { ...run.host, write: (text, stream) => (stream === 'stdout' ? (captured += text) : run.host.write(text, stream)) },
      };
      runChain(inner_, inner);
      run.commands = inner_.commands;
      return captured;
    },
  };
}

const ASSIGNMENT = /^([A-Za-z_]\w*)=([\s\S]*)$/;

function assign(run: Run, name: string, rawValue: string): number {
  const words = tokenize(expand(rawValue, context(run), false));
  if (words.length > 1) {
    run.host.write(`bash: ${words[1]}: command not found\n`, 'stderr');
    return 127;
  }
  const value = words[0] ?? '';
  if (value.length > MAX_VALUE) {
    run.host.write(`bash: ${name}: value too long (over ${MAX_VALUE} characters)\n`, 'stderr');
    return 1;
  }
  if (!(name in run.state.vars) && Object.keys(run.state.vars).length >= MAX_VARS) {
    run.host.write(`bash: ${name}: too many variables (${MAX_VARS})\n`, 'stderr');
    return 1;
  }
  run.state.vars = { ...run.state.vars, [name]: value };
  // `X=$(cmd)` leaves $? as cmd's status.
  return /\$\(/.test(rawValue) ? run.state.status : 0;
}

function builtin(run: Run, words: string[], expanded: string): number {
  const [name = '', ...args] = words;
  const out = (text: string) => run.host.write(text, 'stdout');
  switch (name) {
    case 'aws': {
      // The CLI's own customizations that open a connection (ec2-instance-connect ssh) are terminal commands.
      const connects = args[0] === 'ec2-instance-connect' && (args[1] === 'ssh' || args[1] === 'open-tunnel');
      const custom = connects ? run.host.command?.('aws ec2-instance-connect', args.slice(1)) : undefined;
      const r = custom ?? run.host.aws(expanded.trim());
      if (r.stdout) out(r.stdout);
      if (r.stderr) run.host.write(r.stderr, 'stderr');
      return r.exitCode;
    }
    case 'echo': {
      const noNewline = args[0] === '-n';
      out((noNewline ? args.slice(1) : args).join(' ') + (noNewline ? '' : '\n'));
      return 0;
    }
    case 'export':
      for (const arg of args) {
        const m = ASSIGNMENT.exec(arg);
        if (m) run.state.vars = { ...run.state.vars, [m[1]!]: m[2]! };
      }
      return 0;
    case 'unset':
      run.state.vars = Object.fromEntries(Object.entries(run.state.vars).filter(([k]) => !args.includes(k)));
      return 0;
    case 'env':
    case 'printenv':
      out(Object.entries(run.state.vars).map(([k, v]) => `${k}=${v}\n`).join(''));
      return 0;
    case 'history':
      out(run.host.history().map((l, i) => `${String(i + 1).padStart(5)}  ${l}\n`).join(''));
      return 0;
    default:
      return more(run, name, args);
  }
}

function more(run: Run, name: string, args: string[]): number {
  switch (name) {
    case 'clear':
      run.host.clear();
      return 0;
    case 'exit':
    case 'logout':
      run.host.exit();
      return 0;
    case 'true':
      return 0;
    case 'false':
      return 1;
    case 'help':
      run.host.write(HELP, 'stdout');
      return 0;
    default: {
      const r = run.host.command?.(name, args);
      if (!r) {
        run.host.write(`bash: ${name}: command not found\n`, 'stderr');
        return 127;
      }
      if (r.stdout) run.host.write(r.stdout, 'stdout');
      if (r.stderr) run.host.write(r.stderr, 'stderr');
      return r.exitCode;
    }
  }
}

/** A blank outside quotes and `$(…)`: `X=a b` is not a plain assignment. */
function hasUnquotedBlank(text: string): boolean {
  let quote: string | null = null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '\\') i++;
    else if (c === "'" || c === '"') quote = c;
    else if (c === '$' && text[i + 1] === '(') {
      depth++;
      i++;
    }
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0 && /\s/.test(c)) return true;
  }
  return false;
}

function runOne(run: Run, text: string): number {
  const trimmed = text.trim();
  const m = ASSIGNMENT.exec(trimmed);
  if (m && !hasUnquotedBlank(trimmed)) {
    return assign(run, m[1]!, m[2]!);
  }
  const expanded = expand(trimmed, context(run));
  const words = tokenize(expanded);
  if (!words.length) return run.state.status;
  return builtin(run, words, expanded);
}

function runChain(run: Run, line: string): void {
  for (const { text, op } of splitChain(line)) {
    if (op === '&&' && run.state.status !== 0) continue;
    if (op === '||' && run.state.status === 0) continue;
    if (++run.commands > MAX_COMMANDS_PER_LINE) {
      run.host.write(`bash: more than ${MAX_COMMANDS_PER_LINE} commands in one line\n`, 'stderr');
      run.state.status = 1;
      return;
    }
    let status: number;
    try {
      status = runOne(run, text);
    } catch (e) {
      if (!(e instanceof ExpandError || e instanceof TokenizeError)) throw e;
      run.host.write(`bash: ${e.message}\n`, 'stderr');
      status = e instanceof TokenizeError ? 2 : 1;
    }
    run.state.status = status;
  }
}

/** Runs one line typed at the prompt; returns the shell state after it. */
export function runShellLine(state: ShellState, line: string, host: ShellHost): ShellState {
  const run: Run = { state: { ...state }, host, depth: 0, commands: 0 };
  runChain(run, line);
  return run.state;
}

const HELP = `This is the lab's terminal: the AWS CLI v2 against the simulated AWS on the canvas.
  aws help                      services; aws ec2 help: operations; aws ec2 run-instances help: options
  aws ec2 describe-vpcs --output table
  VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text)
  echo $VPC; echo $?            variables and the last exit status
  aws lab advance-time --seconds 60    simulator controls (not part of the real CLI)
  ssh -i lab-key.pem ec2-user@<public-ip>   a shell inside the instance (exit to come back)
  mssh i-0123…                  EC2 Instance Connect: a one-time key, then ssh
  dig +short <name>             resolve a DNS name from the internet (also host, nslookup)
Keys: Tab completes, ↑/↓ history, Ctrl+R searches it, Ctrl+C cancels the line, Ctrl+L clears. Also: history, env, clear, exit.
`;
