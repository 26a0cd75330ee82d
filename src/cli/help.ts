/**
 * `aws help`, `aws <service> help` and `aws <service> <operation> help` (reference/aws-cli.md (g)): plain man-page
 * text, upper-case headings at column 0, body indented 7, one line per service, operation and option.
 */
import { GLOBAL_OPTIONS } from './globals';
import type { OperationRef } from '../commands/cli-names';
import type { CliOption, OptionTable } from './options';

const BODY = ' '.repeat(7);
const SERVICE_DESCRIPTIONS: Record<string, string> = {
  ec2: 'Amazon Elastic Compute Cloud (Amazon EC2) provides secure and resizable computing capacity in the AWS Cloud.',
  kms: 'Key Management Service (KMS): create and control the keys that encrypt your data.',
  cloudwatch: 'Amazon CloudWatch monitors your AWS resources; alarms can act on EC2 instances.',
  elbv2: 'Elastic Load Balancing (Application and Network Load Balancers) distributes traffic across targets.',
  autoscaling: 'Amazon EC2 Auto Scaling keeps the right number of instances running.',
  'ec2-instance-connect': 'EC2 Instance Connect pushes a one-time SSH public key to an instance.',
  lab: 'Simulator controls of ec2-lab (not part of the real AWS CLI): advance time, fail status checks, views.',
};

function page(title: string, sections: [string, string[]][]): string {
  const header = `${title}()${' '.repeat(Math.max(1, 60 - 2 * title.length))}${title}()`;
  const body = sections.map(([heading, lines]) => `${heading}\n${lines.map((l) => (l ? `${BODY}${l}` : '')).join('\n')}`);
  return `${header}\n\n\n\n${body.join('\n\n')}\n`;
}

function globalOptionLines(): string[] {
  return GLOBAL_OPTIONS.flatMap((g) => [`${g.name} (${g.type})`, `   ${g.help}`, '']);
}

export function mainHelp(services: string[]): string {
  return page('AWS', [
    ['NAME', ['aws -']],
    ['DESCRIPTION', ['The AWS Command Line Interface is a unified tool to manage your AWS services.']],
    [
      'SYNOPSIS',
      [
        'aws [options] <command> <subcommand> [parameters]',
        '',
        'Use aws command help for information on a specific command. Use aws help topics to view a list of available',
        'help topics. The synopsis for each command shows its parameters and their usage. Optional parameters are',
        'shown in square brackets.',
      ],
    ],
    ['GLOBAL OPTIONS', globalOptionLines()],
    ['AVAILABLE SERVICES', services.flatMap((s, i) => (i ? ['', `o ${s}`] : [`o ${s}`]))],
    ['SEE ALSO', ['o aws help topics']],
  ]);
}

/**
 * Commands the CLI adds to a service beyond its API operations (awscli/customizations): `aws ec2-instance-connect ssh`
 * and `open-tunnel` are the terminal's own commands here (src/terminal), not runAwsCli's.
 */
const CUSTOM_COMMANDS: Record<string, string[]> = { 'ec2-instance-connect': ['open-tunnel', 'ssh'] };

export function serviceHelp(service: string, operations: OperationRef[], hasWaiters = false): string {
  const custom = CUSTOM_COMMANDS[service] ?? [];
  const names = [...operations.map((o) => o.name), ...custom, 'help', ...(hasWaiters ? ['wait'] : [])].sort();
  return page(service.toUpperCase(), [
    ['NAME', [`${service} -`]],
    ['DESCRIPTION', [SERVICE_DESCRIPTIONS[service] ?? `The ${service} service.`]],
    ['AVAILABLE COMMANDS', names.flatMap((n, i) => (i ? ['', `o ${n}`] : [`o ${n}`]))],
  ]);
}

function synopsisLine(option: CliOption): string {
  if (option.negative) return `[${option.name} | ${option.negative}]`;
  return option.required ? `${option.name} <value>` : `[${option.name} <value>]`;
}

function optionLines(option: CliOption): string[] {
  if (option.negative) return [`${option.name} | ${option.negative} (boolean)`, ''];
  if (option.kind === 'untyped') return [`${option.name} (any)`, ''];
  return [`${option.name} (${option.type})${option.required ? ' [required]' : ''}`, ''];
}

export function operationHelp(op: OperationRef, table: OptionTable, paginated: boolean): string {
  const description = [op.summary];
  if (paginated) {
    description.push(
      '',
      `${op.name} is a paginated operation. Multiple API calls may be issued in order to retrieve the entire data set ` +
        'of results. You can disable pagination by providing the --no-paginate argument.',
    );
  }
  if (table.open) description.push('', 'This lab-only operation takes its parameters as --kebab-case options (e.g. --instance-id i-…).');
  const options = table.options.filter((o) => o.name !== '--cli-input-json' && o.name !== '--generate-cli-skeleton');
  return page(op.name.toUpperCase(), [
    ['NAME', [`${op.name} -`]],
    ['DESCRIPTION', description],
    [
      'SYNOPSIS',
      [`     ${op.name}`, ...options.map((o) => `   ${synopsisLine(o)}`), '   [--cli-input-json <value>]', '   [--generate-cli-skeleton <value>]'].map((l) => `  ${l}`),
    ],
    ['OPTIONS', options.length ? options.flatMap(optionLines) : ['None']],
    ['GLOBAL OPTIONS', globalOptionLines()],
  ]);
}
