/**
 * `mssh` (the EC2 Instance Connect CLI, `pip install ec2instanceconnectcli`): makes a one-time key, pushes it with
 * `ec2-instance-connect:SendSSHPublicKey` (valid 60 s), then connects with ssh to the instance's public address.
 * Both requests go through the store, so the timeline and labs see them; the security group must still admit TCP 22
 * from the learner's address, as with plain ssh.
 */
import type { Action, World } from '../engine';
import { publicAssociations } from '../engine/net/dns';
import { generatedPublicKey } from '../engine/net/ssh-keys';
import { registerTerminalCommand, type CommandContext } from './sessions';
import { fail, sshTo, type SshOutput } from './ssh-command';
import { explainUnreachable } from './ssh-explain';

const MSSH_USAGE = 'usage: mssh [-h] [-r REGION] [-p PROFILE] [-u ec2-user] [user@]instance_id [command]\n';

let pushed = 0;

/** The instance's first public address (an Elastic IP wins), else its primary private IP. */
function addressOf(world: World, instanceId: string): { address: string; public: boolean } | undefined {
  const enis = world.networkInterfaces.values().filter((e) => e.attachment?.instanceId === instanceId);
  enis.sort((a, b) => (a.attachment?.deviceIndex ?? 0) - (b.attachment?.deviceIndex ?? 0));
  for (const eni of enis) {
    const pair = publicAssociations(world, eni)[0];
    if (pair) return { address: pair.publicIp, public: true };
  }
  const ip = enis[0]?.privateIps.find((p) => p.primary)?.address;
  return ip ? { address: ip, public: false } : undefined;
}

function mssh(argv: string[], ctx: CommandContext): SshOutput {
  let region: string | undefined;
  let i = 0;
  for (; i < argv.length && argv[i]!.startsWith('-'); i++) {
    const flag = argv[i]!;
    if (flag === '-h' || flag === '--help') return { stdout: MSSH_USAGE, stderr: '', exitCode: 0 };
    if (!['-r', '-p', '-u', '-k'].includes(flag) || argv[i + 1] === undefined) return fail(MSSH_USAGE, undefined);
    if (flag === '-r') region = argv[i + 1];
    i++;
  }
  const target = argv[i];
  if (!target) return fail(MSSH_USAGE);
  const at = target.lastIndexOf('@');
  const user = at >= 0 ? target.slice(0, at) : 'ec2-user';
  const instanceId = at >= 0 ? target.slice(at + 1) : target;
  const instance = ctx.world.instances.get(instanceId);
  const publicKey = generatedPublicKey(`mssh|${instanceId}|${++pushed}`, 'ed25519');
  const push: Action = {
    type: 'ec2-instance-connect:SendSSHPublicKey',
    params: { InstanceId: instanceId, InstanceOSUser: user, SSHPublicKey: publicKey },
    ...(region ?? instance?.region ? { region: region ?? instance?.region } : {}),
    ...(instance ? { account: instance.ownerId } : {}),
  };
  const r = ctx.dispatch(push);
  if (!r) return fail('mssh: the simulated AWS is still loading; try again in a moment.\n');
  if (!r.ok) {
    return fail(`An error occurred (${r.error.code}) when calling the SendSSHPublicKey operation: ${r.error.message}\n`, r.error);
  }
  const to = addressOf(r.world, instanceId);
  if (!to) return fail(`ssh: Could not resolve hostname ${instanceId}: Name or service not known\n`);
  if (!to.public) {
    return fail(`ssh: connect to host ${to.address} port 22: Connection timed out\n`, explainUnreachable(to.address, 'private', instanceId));
  }
  return sshTo(ctx, { instanceId, address: to.address, host: to.address, user, port: 22, command: argv.slice(i + 1), prefix: '', publicKey });
}

/** Adds `mssh` to the terminal (the panel calls it when it loads). */
export function registerMssh(): () => void {
  return registerTerminalCommand('mssh', mssh);
}
