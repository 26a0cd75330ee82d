/**
 * A shell inside an instance behind the terminal's prompt: each line goes to `runShell` (src/guest), and the engine
 * actions it made (metadata reads, DNS queries, a shutdown) are handed back for the store to dispatch, so undo, the
 * timeline and labs see them. `exit` (or the instance leaving `running`) closes the connection.
 */
import type { Action, World } from '../engine';
import { runShell } from '../guest';
import type { GuestSession } from './sessions';
import { guestHostName } from './ssh';

interface GuestLogin {
  instanceId: string;
  /** The address the client connected to (shown when the connection closes). */
  address: string;
  user: string;
}

/** What Amazon Linux 2023 prints at login. */
export function motd(): string {
  return [
    '   ,     #_',
    '   ~\\_  ####_        Amazon Linux 2023',
    '  ~~  \\_#####\\',
    '  ~~     \\###|',
    '  ~~       \\#/ ___   https://aws.amazon.com/linux/amazon-linux-2023',
    '   ~~       V~\' \'->',
    '    ~~~         /',
    '      ~~._.   _/',
    '         _/ _/',
    '       _/m/\'',
    '',
  ].join('\n');
}

export function guestSession(login: GuestLogin, world: World): GuestSession {
  const { instanceId, address, user } = login;
  const host = guestHostName(world, instanceId);
  const instance = world.instances.get(instanceId);
  let env: Record<string, string> = { USER: user, HOME: `/home/${user}`, HOSTNAME: host, SHELL: '/bin/bash' };
  const closed = (text: string) => ({ stdout: text, stderr: '', exitCode: 0, closed: true as const });
  return {
    prompt: () => `[${user}@${host} ~]$ `,
    run(line: string, current: World) {
      const word = line.trim();
      if (word === 'exit' || word === 'logout') return closed(`logout\nConnection to ${address} closed.\n`);
      const r = runShell(current, instanceId, line, env);
      env = r.env;
      const actions: Action[] = r.actions.map(({ action }) => ({
        type: action.type,
        params: action.params,
        ...(instance ? { region: instance.region, account: instance.ownerId } : {}),
      }));
      const after = r.world.instances.get(instanceId);
      const gone = after?.state !== 'running';
      const stdout = gone ? r.stdout.replace(`Connection to ${instanceId} closed`, `Connection to ${address} closed`) : r.stdout;
      return { stdout, stderr: r.stderr, exitCode: gone ? 255 : r.exitCode, world: r.world, actions, ...(gone ? { closed: true } : {}) };
    },
  };
}
