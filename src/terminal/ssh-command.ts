/**
 * `ssh` in CloudShell: resolves the host from the internet, sends `sim:Ssh` through the store (so undo, the timeline
 * and labs see the attempt), and on success switches the terminal into a guest session. A blocked connection prints
 * exactly what OpenSSH prints, with the lab's explanation (first blocking hop, why, fix) beside it.
 */
import type { Result, World } from '../engine';
import { publicAssociations } from '../engine/net/dns';
import { runShell } from '../guest';
import { guestSession, motd } from './guest-session';
import { registerTerminalCommand, type CommandContext, type CommandOutput, type GuestSession } from './sessions';
import { parseSshArgs, resolveSshHost, type SshArgs } from './ssh';
import { explainSsh, explainUnreachable, type Explanation } from './ssh-explain';
import type { Source } from '../engine/net/reachability';

export type SshOutput = CommandOutput & { session?: GuestSession; explanation?: Explanation };

const knownHosts = new Set<string>();

export const fail = (stderr: string, explanation?: Explanation): SshOutput => ({ stdout: '', stderr, exitCode: 255, ...(explanation ? { explanation } : {}) });

function identityWarning(world: World, args: SshArgs): string {
  if (args.keyName === undefined) return '';
  const held = world.clientKeys.values().some((k) => k.name === args.keyName);
  return held ? '' : `Warning: Identity file ${args.identity} not accessible: No such file or directory.\n`;
}

function hasPublicAddress(world: World, instanceId: string): boolean {
  return world.networkInterfaces.values().some((e) => e.attachment?.instanceId === instanceId && publicAssociations(world, e).length > 0);
}

/** Runs `ssh …` from CloudShell. */
function ssh(argv: string[], ctx: CommandContext): SshOutput {
  const args = parseSshArgs(argv);
  if (typeof args === 'string') return fail(args);
  const warning = identityWarning(ctx.world, args);
  const target = resolveSshHost(ctx.world, args.host);
  if (target.kind === 'unresolved') return fail(`${warning}ssh: Could not resolve hostname ${args.host.slice(0, 120)}: Name or service not known\n`);
  const { user, port, command, keyName } = args;
  const key = keyName !== undefined ? { keyName } : {};
  if (target.kind === 'unreachable' && target.instanceId && !hasPublicAddress(ctx.world, target.instanceId)) {
    // The private address of an instance with no public one: the engine decides (and labs see the attempt).
    return sshTo(ctx, { instanceId: target.instanceId, address: target.address, host: args.host, user, port, command, prefix: warning, ...key });
  }
  if (target.kind === 'unreachable') {
    const e = explainUnreachable(target.address, target.why, target.instanceId);
    return fail(`${warning}ssh: connect to host ${args.host} port ${args.port}: Connection timed out\n`, e);
  }
  return sshTo(ctx, { instanceId: target.instanceId, address: target.address, host: args.host, user, port, command, prefix: warning, ...key });
}

interface SshConnection {
  instanceId: string;
  /** The address connected to, and the host as the learner typed it (what ssh prints). */
  address: string;
  host: string;
  user: string;
  port: number;
  command: string[];
  keyName?: string;
  publicKey?: string;
  /** Printed before ssh's own messages (warnings). */
  prefix: string;
  /** Through this EC2 Instance Connect Endpoint (`aws ec2-instance-connect ssh`), not from the internet. */
  endpointId?: string;
}

/** `sim:Ssh` from the internet (or an endpoint) through the store; a session (or one remote command) when it connects. */
export function sshTo(ctx: CommandContext, c: SshConnection): SshOutput {
  const instance = ctx.world.instances.get(c.instanceId);
  const source: Source = c.endpointId !== undefined ? { kind: 'eic-endpoint', endpointId: c.endpointId } : { kind: 'internet' };
  const request = {
    type: 'sim:Ssh',
    params: {
      InstanceId: c.instanceId,
      From: source.kind,
      ...(c.endpointId !== undefined ? { InstanceConnectEndpointId: c.endpointId } : {}),
      User: c.user,
      Port: c.port,
      ...(c.keyName !== undefined ? { KeyName: c.keyName } : {}),
      ...(c.publicKey !== undefined ? { PublicKey: c.publicKey } : {}),
    },
    ...(instance ? { region: instance.region, account: instance.ownerId } : {}),
  };
  const r: Result | undefined = ctx.dispatch(request);
  if (!r) return fail('ssh: the simulated AWS is still loading; try again in a moment.\n');
  if (!r.ok) {
    const message = r.error.message.split(c.address).join(c.host);
    return fail(`${c.prefix}${message}\n`, explainSsh(ctx.world, c.instanceId, source, c.port, r.error));
  }
  const added = knownHosts.has(c.address) ? '' : `Warning: Permanently added '${c.host}' (ED25519) to the list of known hosts.\n`;
  knownHosts.add(c.address);
  if (c.command.length > 0) return remoteCommand(ctx, c.instanceId, c.command.join(' '), `${c.prefix}${added}`);
  const session = guestSession({ instanceId: c.instanceId, address: c.host, user: c.user }, r.world);
  return { stdout: motd(), stderr: `${c.prefix}${added}`, exitCode: 0, session };
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
