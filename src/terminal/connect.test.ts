import { beforeEach, describe, expect, it } from 'vitest';
import { resetLabStore, useLabStore } from '../store/store';
import { typedShell } from './typed-shell';
import { connectFromConsole } from './connect';
import { useTerminalUi } from '../store/terminal-ui';
import { onGuestSession, type GuestSession } from './sessions';
import { SSH_BUILD_STEPS } from '../../e2e/terminal-ssh-steps';

const state = () => useLabStore.getState();

beforeEach(async () => {
  resetLabStore();
  await state().loadEngine();
});

/** Builds the SSH topology with the CLI and hands the world to the store. */
function build(extra: string[] = []): Record<string, string> {
  const shell = typedShell(state().world!);
  for (const step of [...SSH_BUILD_STEPS, ...extra]) shell.type(step);
  state().replaceWorld(shell.world);
  return shell.state.vars;
}

function nextSession(): Promise<{ session: GuestSession; greeting: string }> {
  return new Promise((resolve) => {
    const stop = onGuestSession((session, greeting) => {
      stop();
      resolve({ session, greeting });
    });
  });
}

describe('EC2 Instance Connect from the console', () => {
  it('names the security group hop when no rule admits the Instance Connect range', () => {
    const { INSTANCE } = build();
    const outcome = connectFromConsole(INSTANCE!);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/^ssh: connect to host [\d.]+ port 22: Connection timed out$/);
    expect(outcome.explanation?.hop?.name).toBe('Security group');
    expect(outcome.explanation?.hop?.detail).toContain('18.206.107.');
    // The attempt went through the store: the session log and the timeline have it.
    expect(state().sessionLog?.entries.at(-1)?.action.type).toBe('sim:Ssh');
  });

  it('opens the terminal inside the instance through the Instance Connect prefix list rule', async () => {
    const { INSTANCE, IP } = build([
      'aws ec2 authorize-security-group-ingress --group-id $SG --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,PrefixListIds=[{PrefixListId=pl-0e4bcff02b13bef1e}]',
    ]);
    const opened = nextSession();
    const outcome = connectFromConsole(INSTANCE!);
    expect(outcome).toEqual({ ok: true, address: IP });
    expect(useTerminalUi.getState().open).toBe(true);
    const { session, greeting } = await opened;
    expect(greeting).toContain('Amazon Linux 2023');
    expect(session.prompt()).toMatch(/^\[ec2-user@ip-10-0-1-\d+ ~\]\$ $/);
    const r = session.run('curl -s http://169.254.169.254/latest/meta-data/instance-id', state().world!);
    expect(r.stdout).toBe(INSTANCE);
    expect(r.actions?.[0]?.type).toBe('sim:QueryIMDS');
  });
});
