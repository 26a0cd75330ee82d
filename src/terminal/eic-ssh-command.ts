/**
 * `aws ec2-instance-connect ssh` (AWS CLI v2's customization, awscli/customizations/ec2instanceconnect/ssh.py): it
 * describes the instance, picks the connection type (`auto`: public IPv4 → direct, else private IPv4 → through an EC2
 * Instance Connect Endpoint of the instance's VPC, the one in its subnet first), pushes a one-time ED25519 key with
 * SendSSHPublicKey (unless `--private-key-file` names one) and runs ssh — here `sim:Ssh` and the guest session of
 * ssh-command.ts. The describes are reads of the world; the key push and the connection go through the store, so the
 * timeline and labs see them. Errors are printed as the CLI prints them. `open-tunnel` is explained, not run: the
 * terminal has no local ports.
 */
import { apply, type World } from '../engine';
import { generatedPublicKey } from '../engine/net/ssh-keys';
import { CliError, paramError, serviceError, unknownOptions, usageError } from '../cli/errors';
import { structure } from '../cli/values';
import { registerTerminalCommand, type CommandContext } from './sessions';
import { fail, sshTo, type SshOutput } from './ssh-command';

/** The name the shell looks the command up by: `aws ec2-instance-connect <subcommand> …`. */
export const EIC_COMMAND = 'aws ec2-instance-connect';

const OPTIONS = ['instance-id', 'instance-ip', 'private-key-file', 'os-user', 'ssh-port', 'local-forwarding', 'connection-type', 'eice-options', 'region', 'profile'];
const CONNECTION_TYPES = ['auto', 'direct', 'eice'];

interface SshArgs {
  instanceId: string;
  user: string;
  port: number;
  type: string;
  region?: string;
  keyFile?: string;
  instanceIp?: string;
  endpointId?: string;
}

let pushed = 0;

const cliFail = (e: CliError): SshOutput => ({ stdout: '', stderr: e.stderr, exitCode: e.exitCode });

function eiceOptions(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  const value = structure('--eice-options', text);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function readOptions(argv: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    const name = word.startsWith('--') ? word.slice(2) : '';
    if (OPTIONS.includes(name) && argv[i + 1] !== undefined) values[name] = argv[++i]!;
    else if (name !== 'debug' && name !== 'no-cli-pager') unknown.push(word);
  }
  if (unknown.length) throw unknownOptions(unknown);
  return values;
}

/** The arguments as the CLI parses and validates them (`_validate_parsed_args`), before any request. */
function parseArgs(argv: string[]): SshArgs {
  const values = readOptions(argv);
  const instanceId = values['instance-id'];
  if (instanceId === undefined) throw usageError('the following arguments are required: --instance-id');
  const type = values['connection-type'] ?? 'auto';
  if (!CONNECTION_TYPES.includes(type)) throw usageError(`argument --connection-type: Invalid choice, valid choices are:\n\n${CONNECTION_TYPES.join(' | ')}`);
  if (!/^i-[0-9a-zA-Z]+$/.test(instanceId)) throw paramError('The specified instance ID is invalid. Provide the full instance ID in the form i-xxxxxxxxxxxxxxxxx.');
  const options = eiceOptions(values['eice-options']);
  if (type === 'direct' && values['eice-options'] !== undefined) throw paramError("eice-options can't be specified when connection type is direct.");
  const endpointId = typeof options.endpointId === 'string' ? options.endpointId : undefined;
  if (options.dnsName !== undefined && endpointId === undefined) throw paramError('When specifying dnsName, you must specify endpointId.');
  if (endpointId !== undefined && !/^eice-[0-9a-zA-Z_]+$/.test(endpointId)) {
    throw paramError('The specified endpointId is invalid. Provide the full EC2 Instance Connect Endpoint ID in the form eice-xxxxxxxxxxxxxxxxx.');
  }
  if (values['instance-ip'] !== undefined && type === 'auto') throw paramError('When specifying instance-ip, you must specify connection-type.');
  const port = Number(values['ssh-port'] ?? '22');
  if (!Number.isInteger(port)) throw paramError(`invalid literal for int() with base 10: '${values['ssh-port']}'`);
  return {
    instanceId, type, port, user: values['os-user'] ?? 'ec2-user',
    ...(values.region !== undefined ? { region: values.region } : {}),
    ...(values['private-key-file'] !== undefined ? { keyFile: values['private-key-file'] } : {}),
    ...(values['instance-ip'] !== undefined ? { instanceIp: values['instance-ip'] } : {}),
    ...(endpointId !== undefined ? { endpointId } : {}),
  };
}

/** A read the CLI makes (DescribeInstances, DescribeInstanceConnectEndpoints): a service error ends the command. */
function read(world: World, region: string, operation: string, params: Record<string, unknown>): Record<string, unknown> {
  const r = apply(world, { type: `ec2:${operation}`, params, region });
  if (!r.ok) throw serviceError(r.error.code, operation, r.error.message);
  return r.response as Record<string, unknown>;
}

const LIVE = { Name: 'state', Values: ['create-complete', 'update-in-progress', 'update-failed', 'update-complete'] };

/** The endpoint the CLI would use (eicefetcher.py): the one named, else the VPC's, the instance's subnet first. */
function findEndpoint(world: World, region: string, vpcId: string, subnetId: string, endpointId: string | undefined): string {
  type Listed = { InstanceConnectEndpointId: string; SubnetId: string };
  if (endpointId !== undefined) {
    const named = read(world, region, 'DescribeInstanceConnectEndpoints', { Filters: [LIVE], InstanceConnectEndpointIds: [endpointId] });
    const first = (named.InstanceConnectEndpoints as Listed[])[0];
    if (!first) throw paramError(`There are no available instance connect endpoints with ${endpointId}`);
    return first.InstanceConnectEndpointId;
  }
  const listed = read(world, region, 'DescribeInstanceConnectEndpoints', { Filters: [LIVE, { Name: 'vpc-id', Values: [vpcId] }] });
  const all = listed.InstanceConnectEndpoints as Listed[];
  const chosen = all.find((e) => e.SubnetId === subnetId) ?? all[0];
  if (!chosen) throw paramError('There are no available instance connect endpoints.');
  return chosen.InstanceConnectEndpointId;
}

interface Route {
  address: string;
  endpointId?: string;
}

/** Which address to dial and whether through an endpoint (`_run_main`'s connection-type logic). */
function route(world: World, region: string, args: SshArgs): Route {
  const reservations = read(world, region, 'DescribeInstances', { InstanceIds: [args.instanceId] }).Reservations as { Instances: Record<string, string | undefined>[] }[];
  const instance = reservations[0]?.Instances[0] ?? {};
  const privateIp = instance.PrivateIpAddress;
  const publicIp = instance.PublicIpAddress;
  const tunnel = args.instanceIp !== undefined ? args.type === 'eice' : args.type === 'eice' || args.endpointId !== undefined || (args.type === 'auto' && !publicIp);
  const address = args.instanceIp ?? (tunnel ? privateIp : (publicIp ?? privateIp));
  if (address === undefined) throw paramError('Unable to find any IP address on the instance to connect to.');
  if (!tunnel) return { address };
  return { address, endpointId: findEndpoint(world, region, instance.VpcId ?? '', instance.SubnetId ?? '', args.endpointId) };
}

function ssh(argv: string[], ctx: CommandContext): SshOutput {
  const args = parseArgs(argv);
  const region = args.region ?? ctx.world.homeRegion;
  const to = route(ctx.world, region, args);
  const keyName = args.keyFile?.split('/').pop()?.replace(/\.pem$/, '');
  let publicKey: string | undefined;
  if (keyName === undefined) {
    publicKey = generatedPublicKey(`eic-ssh|${args.instanceId}|${++pushed}`, 'ed25519');
    const r = ctx.dispatch({
      type: 'ec2-instance-connect:SendSSHPublicKey',
      params: { InstanceId: args.instanceId, InstanceOSUser: args.user, SSHPublicKey: publicKey },
      region,
    });
    if (!r) return fail('\naws: [ERROR]: the simulated AWS is still loading; try again in a moment.\n');
    if (!r.ok) return { ...cliFail(serviceError(r.error.code, 'SendSSHPublicKey', r.error.message)), explanation: r.error };
  }
  return sshTo(ctx, {
    instanceId: args.instanceId, address: to.address, host: to.address, user: args.user, port: args.port, command: [], prefix: '',
    ...(publicKey !== undefined ? { publicKey } : {}),
    ...(keyName !== undefined ? { keyName } : {}),
    ...(to.endpointId !== undefined ? { endpointId: to.endpointId } : {}),
  });
}

/** `aws ec2-instance-connect ssh|open-tunnel …` (the words after the service name). */
export function ec2InstanceConnect(argv: string[], ctx: CommandContext): SshOutput {
  const [sub, ...rest] = argv;
  try {
    if (sub === 'ssh') return ssh(rest, ctx);
    return fail('\naws: [ERROR]: open-tunnel listens on a local port for another program; this terminal has none. Use aws ec2-instance-connect ssh --connection-type eice instead.\n');
  } catch (e) {
    if (e instanceof CliError) return cliFail(e);
    throw e;
  }
}

/** Adds the command to the terminal (the panel loads it the first time a line names the service). */
export function registerEc2InstanceConnect(): () => void {
  return registerTerminalCommand(EIC_COMMAND, ec2InstanceConnect);
}
