import type { KeyPair } from './model/access';
import { refuse } from './refusal';
import type { Tx } from './tx';

/** Finding a key pair by name (rule A4): shared by the key pair actions and RunInstances. */

export function notFoundKey(name: string): never {
  return refuse('keypair.not-found', `The key pair '${name}' does not exist`, { resources: [name] });
}

/** The key pair a launch names (rule A4): refused with InvalidKeyPair.NotFound when the region has none by that name. */
export function launchKeyPair(tx: Tx, keyName: string): KeyPair {
  return tx.visible('keyPairs').find((k) => k.name === keyName) ?? notFoundKey(keyName);
}
