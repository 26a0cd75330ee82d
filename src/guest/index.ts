/**
 * A small shell inside a running instance, answered from the engine (issue #14, docs/contract/ENGINE_API.md):
 * `runShell(world, instanceId, commandLine, env) → { world, stdout, stderr, exitCode, env }`. Variables, `$(…)`,
 * pipes, `;` `&&` `||` and `$?`; commands in system.ts, net.ts and text.ts. Every engine call it makes is a logged
 * action (`actions`: reads such as sim:QueryIMDS with their responses, and the shutdown or reboot), so a terminal can
 * put them on the timeline and labs can grade them. Input is bounded: 4,000 characters, 50 commands, nesting 4.
 */
import type { World } from '../engine';
import { reachability } from '../engine/net/reachability';
import { Ctx, err, out, type Output, type ShellAction } from './context';
import { curl, dig, ec2Metadata, host, nslookup } from './net';
import { expandWords, splitLine } from './parse';
import { cpuinfo, df, ethtool, free, hostname, ifconfig, ipAddr, ipRoute, lsblk, nproc, power } from './system';
import { echo, grep, head, jq, tail, wc } from './text';


interface ShellResult {
  world: World;
  stdout: string;
  stderr: string;
  exitCode: number;
  env: Record<string, string>;
  /** The engine actions the line dispatched, in order (history entries for the timeline and labs). */
  actions: ShellAction[];
}

const MAX_LINE = 4000;
const MAX_COMMANDS = 50;
const MAX_DEPTH = 4;

function runCommand(ctx: Ctx, words: string[], stdin: string, root = false): Output {
  const [name, ...args] = words;
  const instance = ctx.world.instances.get(ctx.instanceId);
  if (name === undefined) return out('');
  if (!instance || instance.state !== 'running') return err(`Connection to ${ctx.instanceId} closed.\n`, 255);
  switch (name) {
    case 'sudo':
      return runCommand(ctx, args, stdin, true);
    case 'echo':
      return echo(args);
    case 'true':
      return out('');
    case 'false':
      return out('', 1);
    case 'export':
      for (const a of args) assign(ctx, a);
      return out('');
    case 'whoami':
      return out(root ? 'root\n' : 'ec2-user\n');
    case 'uname':
      return out(args.includes('-r') ? '6.1.115-126.197.amzn2023.x86_64\n' : args.includes('-a') ? 'Linux 6.1.115-126.197.amzn2023.x86_64 x86_64 GNU/Linux\n' : 'Linux\n');
    case 'ip': {
      const [object, ...rest] = args.filter((a) => a !== '-4');
      if (object === 'addr' || object === 'address' || object === 'a') return rest[0] && rest[0] !== 'show' ? err(`Command "${rest[0]}" is unknown, try "ip address help".\n`, 255) : ipAddr(ctx, args.includes('-4'));
      if (object === 'route' || object === 'r') return ipRoute(ctx);
      return err('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n', 255);
    }
    case 'ifconfig':
      return ifconfig(ctx);
    case 'hostname':
      return hostname(ctx, instance);
    case 'nproc':
      return nproc(instance);
    case 'free':
      return free(instance, args);
    case 'lsblk':
      return lsblk(ctx, instance);
    case 'df':
      return df(ctx, instance);
    case 'ethtool':
      return ethtool(instance, args);
    case 'cat':
      if (args.length === 0) return out(stdin);
      if (args[0] === '/proc/cpuinfo') return out(cpuinfo(instance));
      return err(`cat: ${args[0]}: No such file or directory\n`, 1);
    case 'curl':
      return curl(ctx, args);
    case 'ec2-metadata':
      return ec2Metadata(ctx, args);
    case 'dig':
      return dig(ctx, args);
    case 'host':
      return host(ctx, args);
    case 'nslookup':
      return nslookup(ctx, args);
    case 'grep':
      return grep(args, stdin);
    case 'head':
      return head(args, stdin);
    case 'tail':
      return tail(args, stdin);
    case 'wc':
      return wc(args, stdin);
    case 'jq':
      return jq(args, stdin);
    case 'shutdown':
    case 'poweroff':
    case 'reboot':
      return power(ctx, name, args, root);
    case 'halt':
      return power(ctx, args.includes('-p') ? 'poweroff' : 'shutdown', ['-h'], root);
    default:
      return err(`bash: ${name.slice(0, 80)}: command not found\n`, 127);
  }
}

function assign(ctx: Ctx, word: string): boolean {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
  if (!m) return false;
  ctx.env = { ...ctx.env, [m[1] as string]: (m[2] as string).slice(0, 10_000) };
  return true;
}

function runLine(ctx: Ctx, line: string, depth: number, budget: { commands: number }): Output {
  let last: Output = out('');
  let stdout = '';
  let stderr = '';
  for (const segment of splitLine(line)) {
    if (segment.join === '&&' && last.code !== 0) continue;
    if (segment.join === '||' && last.code === 0) continue;
    let stdin = '';
    for (const command of segment.commands) {
      if (++budget.commands > MAX_COMMANDS) return { stdout, stderr: `${stderr}bash: too many commands in one line\n`, code: 1 };
      const substitute = (inner: string) => (depth >= MAX_DEPTH ? '' : runLine(ctx, inner, depth + 1, budget).stdout);
      const words = expandWords(command, ctx.env, substitute);
      if (words.length > 0 && words.every((w) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(w))) {
        for (const w of words) assign(ctx, w);
        last = out('');
      } else last = runCommand(ctx, words, stdin);
      stdin = last.stdout;
      stderr += last.stderr;
    }
    stdout += stdin;
    ctx.env = { ...ctx.env, '?': String(last.code) };
  }
  return { stdout, stderr, code: last.code };
}

/** Run one command line in the shell of a running instance. Never throws; the input world is never mutated. */
export function runShell(world: World, instanceId: string, commandLine: string, env: Record<string, string> = {}): ShellResult {
  const ctx = new Ctx(world, instanceId, { ...env });
  const instance = world.instances.get(instanceId);
  if (!instance) return { world, stdout: '', stderr: `ssh: Could not resolve hostname ${instanceId.slice(0, 80)}: Name or service not known\n`, exitCode: 255, env, actions: [] };
  if (instance.state !== 'running') {
    // Exactly what OpenSSH prints (rules A17, A19): the address it dialled; the app explains the state elsewhere.
    const address = reachability(world, instanceId, { kind: 'internet' })?.address ?? instanceId;
    return { world, stdout: '', stderr: `ssh: connect to host ${address} port 22: Connection timed out\n`, exitCode: 255, env, actions: [] };
  }
  if (commandLine.length > MAX_LINE) return { world, stdout: '', stderr: `bash: line too long (more than ${MAX_LINE} characters)\n`, exitCode: 2, env, actions: [] };
  try {
    const r = runLine(ctx, commandLine, 0, { commands: 0 });
    return { world: ctx.world, stdout: r.stdout, stderr: r.stderr, exitCode: r.code, env: ctx.env, actions: ctx.actions };
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message.slice(0, 120) : 'error';
    return { world: ctx.world, stdout: '', stderr: `bash: ${detail}\n`, exitCode: 2, env: ctx.env, actions: ctx.actions };
  }
}
