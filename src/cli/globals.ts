/** The AWS CLI's global options (reference/aws-cli.md (c)): which take a value, and the choices of `--output`. */

interface GlobalOption {
  name: string;
  takesValue: boolean;
  type: string;
  help: string;
}

export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  { name: '--debug', takesValue: false, type: 'boolean', help: 'Turn on debug logging (accepted; nothing to log here).' },
  { name: '--endpoint-url', takesValue: true, type: 'string', help: 'Override the command’s default URL (accepted, ignored).' },
  { name: '--no-verify-ssl', takesValue: false, type: 'boolean', help: 'Accepted, ignored.' },
  { name: '--no-paginate', takesValue: false, type: 'boolean', help: 'Print the single raw response page.' },
  { name: '--output', takesValue: true, type: 'string', help: 'The formatting style: json, text, table, yaml, yaml-stream or off.' },
  { name: '--query', takesValue: true, type: 'string', help: 'A JMESPath query to use in filtering the response data.' },
  { name: '--profile', takesValue: true, type: 'string', help: 'Use a specific profile (only "default" exists here).' },
  { name: '--region', takesValue: true, type: 'string', help: 'The region to use; overrides the default region.' },
  { name: '--version', takesValue: false, type: 'string', help: 'Display the version of this tool.' },
  { name: '--color', takesValue: true, type: 'string', help: 'on, off or auto (accepted; output is plain).' },
  { name: '--no-sign-request', takesValue: false, type: 'boolean', help: 'Accepted, ignored.' },
  { name: '--ca-bundle', takesValue: true, type: 'string', help: 'Accepted, ignored.' },
  { name: '--cli-read-timeout', takesValue: true, type: 'int', help: 'Accepted, ignored.' },
  { name: '--cli-connect-timeout', takesValue: true, type: 'int', help: 'Accepted, ignored.' },
  { name: '--cli-binary-format', takesValue: true, type: 'string', help: 'Accepted, ignored (base64).' },
  { name: '--no-cli-pager', takesValue: false, type: 'boolean', help: 'Accepted; there is no pager here.' },
  { name: '--cli-auto-prompt', takesValue: false, type: 'boolean', help: 'Accepted, ignored.' },
  { name: '--no-cli-auto-prompt', takesValue: false, type: 'boolean', help: 'Accepted, ignored.' },
  { name: '--cli-error-format', takesValue: true, type: 'string', help: 'Accepted; errors print in the standard layout.' },
];

export const GLOBALS_BY_NAME: ReadonlyMap<string, GlobalOption> = new Map(GLOBAL_OPTIONS.map((g) => [g.name, g]));

const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'] as const;

/** Global options with a fixed set of values (awscli/data/cli.json `choices`). */
export const GLOBAL_CHOICES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['--output', OUTPUT_FORMATS],
  ['--color', ['on', 'off', 'auto']],
  ['--cli-binary-format', ['base64', 'raw-in-base64-out']],
  ['--cli-error-format', ['legacy', 'json', 'yaml', 'text', 'table', 'enhanced']],
]);
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const CLI_VERSION = 'aws-cli/2.36.0 Python/3.13.7 Browser/ec2-lab source/wasm';
