/**
 * `ssh` in CloudShell: resolves the host from the internet, sends `sim:Ssh` through the store (so undo, the timeline
 * and labs see the attempt), and on success switches the terminal into a guest session. A blocked connection prints
 * exactly what OpenSSH prints, with the lab's explanation (first blocking hop, why, fix) beside it.
 */
import type { Result, World } from '../engine';
import { runShell } from '../guest';
import { guestSession, motd } from './guest-session';
import { registerTerminalCommand, type CommandContext, type CommandOutput, type GuestSession } from './sessions';
import { parseSshArgs, resolveSshHost, type SshArgs } from './ssh';
import { explainSsh, explainUnreachable, type Explanation } from './ssh-explain';

export type SshOutput = CommandOutput & { session?: GuestSession; explanation?: Explanation };

const knownHosts = new Set<string>();

const fail = (stderr: string, explanation?: Explanation): SshOutput => ({ stdout: '', stderr, exitCode: 255, ...(explanation ? { explanation } : {}) });

function identityWarning(world: World, args: SshArgs): string {
  if (args.keyName === undefined) return '';
  const held = world.clientKeys.values().some((k) => k.name === args.keyName);
  return held ? '' : `Warning: Identity file ${args.identity} not accessible: No such file or directory.\n`;
}

/** Runs `ssh …` from CloudShell. */
export function ssh(argv: string[], ctx: CommandContext): SshOutput {
  const args = parseSshArgs(argv);
  if (typeof args === 'string') return fail(args);
  const warning = identityWarning(ctx.world, args);
  const target = resolveSshHost(ctx.world, args.host);
  if (target.kind === 'unresolved') return fail(`${warning}ssh: Could not resolve hostname ${args.host.slice(0, 120)}: Name or service not known\n`);
  if (target.kind === 'unreachable') {
    const e = explainUnreachable(target.address, target.why, target.instanceId);
    return fail(`${warning}ssh: connect to host ${args.host} port ${args.port}: Connection timed out\n`, e);
  }
  const instance = ctx.world.instances.get(target.instanceId);
  const request = {
    type: 'sim:Ssh',
    params: {
      InstanceId: target.instanceId,
      From: 'internet',
      User: args.user,
      Port: args.port,
      ...(args.keyName !== undefined ? { KeyName: args.keyName } : {}),
    },
    ...(instance ? { region: instance.region, account: instance.ownerId } : {}),
  };
  const r: Result | undefined = ctx.dispatch(request);
  if (!r) return fail('ssh: the simulated AWS is still loading; try again in a moment.\n');
  if (!r.ok) {
    const message = r.error.message.split(target.address).join(args.host);
    return fail(`${warning}${message}\n`, explainSsh(ctx.world, target.instanceId, { kind: 'internet' }, args.port, r.error));
  }
  const added = knownHosts.has(target.address) ? '' : `Warning: Permanently added '${args.host}' (ED25519) to the list of known hosts.\n`;
  knownHosts.add(target.address);
  if (args.command.length > 0) return remoteCommand(ctx, target.instanceId, args.command.join(' '), `${warning}${added}`);
  const session = guestSession({ instanceId: target.instanceId, address: args.host, user: args.user }, r.world);
  return { stdout: motd(), stderr: `${warning}${added}`, exitCode: 0, session };
}

/** `ssh … host 'command'`: one command line in the guest, no interactive session. */
function remoteCommand(ctx: CommandContext, instanceId: string, line: string, stderr: string): SshOutput {
  const instance = ctx.world.instances.get(instanceId);
  const r = runShell(ctx.world, instanceId, line, { USER: 'ec2-user', HOME: '/home/ec2-user' });
  for (const { action } of r.actions) {
    ctx.dispatch({ type: action.type, params: action.params, ...(instance ? { region: instance.region, account: instance.ownerId } : {}) });
  }
  return { stdout: r.stdout, stderr: `${stderr}${r.stderr}`, exitCode: r.exitCode };
}

/** Adds `ssh` to the terminal (idempotent; the panel calls it when it loads). */
export function registerSsh(): () => void {
  return registerTerminalCommand('ssh', ssh);
}
