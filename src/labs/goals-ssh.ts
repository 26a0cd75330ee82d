/**
 * Goals about connecting to an instance: one hop of the path from the learner's computer is open (the engine's own
 * reachability walk, so any fix that opens it counts), and a connection was made, with a key pair or with EC2
 * Instance Connect. Pure.
 */
import { reachability, type HopName } from '../engine/net/reachability';
import { goal } from './goals';
import type { Goal, HistoryEntry } from './types';

/** Some instance's path from the learner's computer (the internet) passes this hop. */
export function sshHopOpen(hop: HopName, label: string): Goal {
  return goal(label, ({ world }) =>
    world.instances.values().some((i) => {
      if (i.state === 'terminated') return false;
      const path = reachability(world, i.id, { kind: 'internet' });
      return path?.hops.some((h) => h.hop === hop && h.ok) ?? false;
    }),
  );
}

const connected = (h: HistoryEntry) => h.ok && h.action.type === 'sim:Ssh';

/** An SSH connection from the internet was accepted, with a key pair's private key (not a pushed key). */
export function sshConnectedWithKeyPair(label: string): Goal {
  return goal(label, ({ history }) =>
    history.some((h) => connected(h) && h.action.params?.From === 'internet' && typeof h.action.params.KeyName === 'string'),
  );
}

/**
 * A connection with EC2 Instance Connect was accepted: from the console (the Connect button), or with a key pushed by
 * SendSSHPublicKey before it (what `mssh` does).
 */
export function instanceConnectUsed(label: string): Goal {
  return goal(label, ({ history }) =>
    history.some((h, index) => {
      if (!connected(h)) return false;
      if (h.action.params?.From === 'eic-console') return true;
      const key = h.action.params?.PublicKey;
      return (
        typeof key === 'string' &&
        history
          .slice(0, index)
          .some((p) => p.ok && p.action.type === 'ec2-instance-connect:SendSSHPublicKey' && p.action.params?.SSHPublicKey === key)
      );
    }),
  );
}
