/**
 * What `dig`, `host` and `nslookup` print, given a resolver: the VPC's (inside an instance, src/guest/net.ts) or the
 * internet's (CloudShell, src/terminal/dns-command.ts). The resolver is asked once per name; its answers come from
 * the engine's sim:ResolveDns, so labs see every query.
 */
import { err, out, type Output } from './context';

export interface DnsAnswer {
  Answers: string[];
  Rcode: string;
}

export interface Resolver {
  resolve(name: string): DnsAnswer;
  /** The resolver's address, as the tools print it. */
  server: string;
}

const MAX_NAME = 253;
const tooLong = (name: string) => err(`'${name.slice(0, 40)}…' is not a legal name (name too long)\n`, 1);

export function printDig(resolver: Resolver, args: string[]): Output {
  const short = args.includes('+short');
  const name = args.find((a) => !a.startsWith('+') && !a.startsWith('-') && a !== 'A');
  if (!name) return out('');
  if (name.length > MAX_NAME) return tooLong(name);
  const r = resolver.resolve(name);
  if (short) return out(r.Answers.map((a) => `${a}\n`).join(''));
  const fq = name.endsWith('.') ? name : `${name}.`;
  return out(
    [
      `; <<>> DiG 9.18.28 <<>> ${name}`,
      ';; global options: +cmd',
      ';; Got answer:',
      `;; ->>HEADER<<- opcode: QUERY, status: ${r.Rcode}, id: 4242`,
      `;; flags: qr rd ra; QUERY: 1, ANSWER: ${r.Answers.length}, AUTHORITY: 0, ADDITIONAL: 1`,
      '',
      ';; QUESTION SECTION:',
      `;${fq}\t\tIN\tA`,
      '',
      ...(r.Answers.length ? [';; ANSWER SECTION:', ...r.Answers.map((a) => `${fq}\t20\tIN\tA\t${a}`), ''] : []),
      `;; SERVER: ${resolver.server}#53(${resolver.server}) (UDP)`,
      '',
    ].join('\n'),
  );
}

export function printHost(resolver: Resolver, args: string[]): Output {
  const name = args.find((a) => !a.startsWith('-'));
  if (!name) return err('Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time] hostname [server]\n', 1);
  if (name.length > MAX_NAME) return tooLong(name);
  const r = resolver.resolve(name);
  if (!r.Answers.length) return err(`Host ${name} not found: 3(NXDOMAIN)\n`, 1);
  return out(r.Answers.map((a) => `${name} has address ${a}\n`).join(''));
}

export function printNslookup(resolver: Resolver, args: string[]): Output {
  const name = args.find((a) => !a.startsWith('-'));
  if (!name) return err('nslookup: interactive mode is not available here\n', 1);
  if (name.length > MAX_NAME) return tooLong(name);
  const r = resolver.resolve(name);
  const head = `Server:\t\t${resolver.server}\nAddress:\t${resolver.server}#53\n\n`;
  if (!r.Answers.length) return { stdout: head, stderr: `** server can't find ${name}: NXDOMAIN\n\n`, code: 1 };
  return out(`${head}Non-authoritative answer:\n${r.Answers.map((a) => `Name:\t${name}\nAddress: ${a}\n`).join('')}\n`);
}
