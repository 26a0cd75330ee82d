/**
 * EC2 Instance Connect from the console (the inspector's Connect button): `sim:Ssh` From "eic-console" through the
 * store, so undo, the timeline and labs see the attempt. Connected: the terminal opens inside the instance.
 * Blocked: the first hop that blocks, for the button to show. Loaded on demand (it brings the guest shell).
 */
import { useLabStore } from '../store/store';
import { guestSession, motd } from './guest-session';
import { useTerminalUi } from '../store/terminal-ui';
import { openGuestSession } from './sessions';
import { explainSsh, type Explanation } from './ssh-explain';

export type ConnectOutcome = { ok: true; address: string } | { ok: false; message: string; explanation?: Explanation };

export function connectFromConsole(instanceId: string): ConnectOutcome {
  const { world, dispatch } = useLabStore.getState();
  const instance = world?.instances.get(instanceId);
  if (!world || !instance) return { ok: false, message: `The instance ${instanceId} is not in this world.` };
  const r = dispatch({
    type: 'sim:Ssh',
    params: { InstanceId: instanceId, From: 'eic-console' },
    region: instance.region,
    account: instance.ownerId,
  });
  if (!r) return { ok: false, message: 'The simulated AWS is still loading; try again in a moment.' };
  if (!r.ok) {
    return { ok: false, message: r.error.message, explanation: explainSsh(world, instanceId, { kind: 'eic-console' }, 22, r.error) };
  }
  const address = String(r.response.Address);
  openGuestSession(guestSession({ instanceId, address, user: 'ec2-user' }, r.world), motd());
  useTerminalUi.getState().setOpen(true);
  return { ok: true, address };
}
