import type { KeyPair } from '../model/access';
import { isoAt } from '../time';
import { sdkTags } from './tags';

/** The SDK `KeyPairInfo` of a key pair (DescribeKeyPairs); the public key only when asked for. */
export function toSdkKeyPair(pair: KeyPair, includePublicKey: boolean) {
  return {
    KeyPairId: pair.id,
    KeyFingerprint: pair.fingerprint,
    KeyName: pair.name,
    KeyType: pair.keyType,
    ...sdkTags(pair.tags),
    ...(includePublicKey ? { PublicKey: `${pair.publicKey} ${pair.name}` } : {}),
    CreateTime: isoAt(pair.createTime),
  };
}
