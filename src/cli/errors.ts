/**
 * How `aws` writes errors (reference/aws-cli.md (f)): every message as a blank line + `aws: [ERROR]: ` + message on
 * stderr, nothing on stdout, and the exit status says which kind it was.
 */

export const USAGE =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n' +
  '  aws help\n' +
  '  aws <command> help\n' +
  '  aws <command> <subcommand> help\n';

export const EXIT = { ok: 0, usage: 252, config: 253, service: 254, other: 255 } as const;

/** An error the CLI reports before or instead of calling the service. */
export class CliError extends Error {
  constructor(
    readonly stderr: string,
    readonly exitCode: number,
  ) {
    super(stderr.trim());
  }
}

const line = (message: string) => `\naws: [ERROR]: ${message.trim()}\n`;

/** An argparse error: ParamValidation prefix, then the usage block after a blank line. */
export function usageError(message: string, blankLines = 1): CliError {
  return new CliError(`${line(`An error occurred (ParamValidation): ${message}`)}${'\n'.repeat(blankLines)}${USAGE}`, EXIT.usage);
}

/** A validation or parsing error without the usage block (shorthand, JSON, `Parameter validation failed:`). */
export function paramError(message: string): CliError {
  return new CliError(line(`An error occurred (ParamValidation): ${message}`), EXIT.usage);
}

/** Unknown options: the usage block first, then the words the parser could not place. */
export function unknownOptions(words: readonly string[]): CliError {
  return new CliError(`\n${USAGE}\n${line(`Unknown options: ${words.join(', ')}`)}`, EXIT.usage);
}

/** `Found invalid choice`, with difflib suggestions when there are some. */
export function invalidChoice(argument: string, word: string, suggestions: readonly string[]): CliError {
  const base = `argument ${argument}: Found invalid choice '${word}'`;
  if (!suggestions.length) return usageError(base, 2);
  return usageError(`${base}\n\nMaybe you meant:\n\n${suggestions.map((s) => `  * ${s}`).join('\n')}\n`);
}

/** The service said no (exit 254). */
export function serviceError(code: string, operation: string, message: string): CliError {
  return new CliError(line(`An error occurred (${code}) when calling the ${operation} operation: ${message}`), EXIT.service);
}

/** Anything else (exit 255): `int()` conversion, JMESPath type errors, unreachable endpoints. */
export function otherError(message: string): CliError {
  return new CliError(line(message), EXIT.other);
}
