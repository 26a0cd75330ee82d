/**
 * The labs about the inside of an instance name the commands a learner types. Every named line is typed here, at
 * the terminal, against the lab's own start world: each must appear word for word in the lab's text (so the text
 * cannot drift from what works), print what the lab says it prints, and finish its step as the lab panel grades it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instanceMetadataScript } from '../labs/catalogue/instance-metadata';



import { publicIpv4Script } from '../labs/catalogue/public-ipv4';
import { protectionShutdownScript } from '../labs/catalogue/protection-shutdown';
import { elasticIpScript } from '../labs/catalogue/elastic-ip';
import type { TerminalScript } from '../labs/catalogue/common';
import { registerDnsTools } from './dns-command';
import { registerMssh } from './mssh-command';
import { registerSsh } from './ssh-command';
import { typeLab, type TypedLab } from './typed-lab';

let unregister: (() => void)[] = [];
beforeEach(() => void (unregister = [registerSsh(), registerMssh(), registerDnsTools()]));
afterEach(() => unregister.forEach((u) => u()));

/** What one line printed, without the prompt and the line editor's redraws. */
function printed(screen: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = screen.replace(/\x1b\[[?0-9;]*[A-Za-z]/g, '');
  const lines = plain.split('\n');
  return lines.slice(1).join('\n').replace(/\[[\w-]+@[\w.-]+ ~\]\$\s*$/, '');
}

/** Types a lab's script step by step; `check(stepId, line, output)` may assert on any line's output. */
function play(
  labId: string,
  script: TerminalScript,
  check: (stepId: string, line: string, output: string, t: TypedLab) => void = () => {},
  afterSteps = 0,
): TypedLab {
  const t = typeLab(labId, afterSteps);
  const text = (upTo: number) =>
    t.lab.steps
      .slice(0, upTo + 1)
      .flatMap((s) => [s.instruction, ...s.hints])
      .join('\n');
  for (const [stepId, lines] of script) {
    const index = t.lab.steps.findIndex((s) => s.id === stepId);
    expect(index, `${labId}: no step ${stepId}`).toBeGreaterThanOrEqual(0);
    expect(t.stepDone(stepId), `${labId}: step ${stepId} done before its lines`).toBe(false);
    for (const line of lines) {
      expect(text(index), `${labId} ${stepId}: the lab's text names ${line}`).toContain(line);
      const output = printed(t.type(line));
      expect(output, `${labId} ${stepId}: ${line}`).not.toMatch(/command not found|aws: \[ERROR\]: (?!An error occurred \(OperationNotPermitted\))|Usage:|usage:/);
      check(stepId, line, output, t);
    }
    expect(t.done(), `${labId}: step ${stepId} is done after its lines`).toBe(index + 1);
    expect(t.stepDone(stepId)).toBe(true);
  }
  expect(t.complete()).toBe(true);
  return t;
}

describe('the labs about the inside of an instance, typed at the terminal', () => {
  it('every step of every inside lab has its lines', () => {
    for (const [labId, script] of [
      ['instance-metadata', instanceMetadataScript],
      ['public-ipv4', publicIpv4Script],
      ['protection-shutdown', protectionShutdownScript],
    ] as const) {
      const t = typeLab(labId);
      expect(script.map(([id]) => id)).toEqual(t.lab.steps.map((s) => s.id));
    }
  });

  it('instance metadata: user data, the address the OS never sees, role credentials, then IMDSv2', () => {
    play('instance-metadata', instanceMetadataScript, (step, line, output, t) => {
      if (line.startsWith('ssh ')) expect(output).toContain('Amazon Linux 2023');
      if (line.endsWith('/user-data')) expect(output).toContain('hello from user data');
      if (line === 'ip addr') {
        expect(output).toMatch(/inet 172\.31\.\d+\.\d+/);
        expect(output).not.toContain(t.controller.vars.IP);
      }
      if (line.endsWith('/public-ipv4')) expect(output).toContain(t.controller.vars.IP);
      if (line.startsWith('ec2-metadata')) expect(output).toBe(`instance-id: ${t.controller.vars.APP}\n`);
      if (line.endsWith('security-credentials/')) expect(output.trim()).toBe('AppRole');
      if (line.endsWith('security-credentials/AppRole')) expect(output).toContain('"AccessKeyId"');
      if (step === 'v1-refused' && line.startsWith('curl')) expect(output).toContain('HTTP/1.1 401 Unauthorized');
      if (step === 'token' && line.startsWith('curl')) expect(output).toContain(t.controller.vars.APP);
    });
  });

  it('public IPv4: kept by a reboot, new after a stop and start; DNS names from inside and from the internet', () => {
    const seen: string[] = [];
    play('public-ipv4', publicIpv4Script, (_step, line, output, t) => {
      const vars = t.controller.vars;
      if (line.startsWith('aws ec2 describe-instances')) seen.push(output.trim());
      if (line.startsWith('ssh ')) expect(output).toContain('Amazon Linux 2023');
      if (line === 'hostname') expect(output.trim()).toMatch(/^ip-10-16-\d+-\d+\.ec2\.internal$/);
      if (line === 'dig +short $(hostname)') expect(output.trim()).toMatch(/^10\.16\.\d+\.\d+$/);
      if (line === 'dig $NAME') expect(output).toContain('status: NXDOMAIN');
      if (line === 'dig +short $PUBLIC') expect(output.trim()).toBe(vars.IP);
      if (line.startsWith('dig +short $(curl')) expect(output.trim()).toMatch(/^10\.16\.\d+\.\d+$/);
    });
    const [first, afterReboot, afterStart] = seen;
    expect(first).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(afterReboot).toBe(first);
    expect(afterStart).not.toBe(first);
  });

  it('shutdown behaviour: protection refuses the API, a shutdown inside stops, then terminates', () => {
    const states: string[] = [];
    play('protection-shutdown', protectionShutdownScript, (_step, line, output) => {
      if (line.startsWith('aws ec2 terminate-instances')) expect(output).toContain('An error occurred (OperationNotPermitted) when calling the TerminateInstances operation');
      if (line.startsWith('ssh ')) expect(output).toContain('Amazon Linux 2023');
      if (line === 'sudo shutdown -h now') expect(output).toMatch(/Connection to [\d.]+ closed/);
      if (line.includes('State.Name')) states.push(output.trim());
    });
    expect(states[0]).toBe('stopped');
    expect(['shutting-down', 'terminated']).toContain(states[1]);
  });

  it('Elastic IP: from the internet, the public DNS name gives the Elastic IP', () => {
    const afterSteps = 2; // associate, stop-start: the steps before the DNS one, by their solutions
    const t = typeLab('elastic-ip', afterSteps);
    expect(t.lab.steps[afterSteps]?.id).toBe('dns');
    let answer = '';
    const [[stepId, lines]] = elasticIpScript as [readonly [string, readonly string[]]];
    const text = [t.lab.steps[afterSteps]!.instruction, ...t.lab.steps[afterSteps]!.hints].join('\n');
    expect(t.stepDone(stepId)).toBe(false);
    for (const line of lines) {
      expect(text).toContain(line);
      answer = printed(t.type(line)).trim();
    }
    expect(t.stepDone(stepId)).toBe(true);
    const eip = t.world().addresses.values()[0]?.publicIp;
    expect(answer).toBe(eip);
  });
});
