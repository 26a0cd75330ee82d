/**
 * `dig`, `host` and `nslookup` in CloudShell: names resolved from the internet (sim:ResolveDns From "internet"), so a
 * learner can compare with the same tools inside an instance, where the VPC's resolver answers. Each query goes
 * through the store, so the timeline and labs see it (the DNS steps of the public IPv4 and Elastic IP labs).
 */
import { printDig, printHost, printNslookup, type DnsAnswer, type Resolver } from '../guest/dns-print';
import { registerTerminalCommand, type CommandContext, type CommandOutput } from './sessions';

/** A public resolver, as the tools print it. */
const INTERNET_RESOLVER = '1.1.1.1';

function internetResolver(ctx: CommandContext): Resolver {
  return {
    server: INTERNET_RESOLVER,
    resolve(name) {
      const r = ctx.dispatch({ type: 'sim:ResolveDns', params: { Name: name, From: 'internet' } });
      return r?.ok ? (r.response as DnsAnswer) : { Answers: [], Rcode: 'SERVFAIL' };
    },
  };
}

const tool =
  (print: typeof printDig) =>
  (args: string[], ctx: CommandContext): CommandOutput => {
    const r = print(internetResolver(ctx), args);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.code };
  };

/** Adds the three DNS tools to the terminal (the panel calls it when it loads); returns the undo. */
export function registerDnsTools(): () => void {
  const undo = [registerTerminalCommand('dig', tool(printDig)), registerTerminalCommand('host', tool(printHost)), registerTerminalCommand('nslookup', tool(printNslookup))];
  return () => undo.forEach((u) => u());
}
