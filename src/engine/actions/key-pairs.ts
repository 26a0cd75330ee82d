import type { KeyPair } from '../model/access';
import { fingerprint, generatedPublicKey, parseImportedKey, privateKeyMaterial, type KeyType } from '../net/ssh-keys';
import { invalid, type Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters } from '../filters';
import { sdkTags } from '../shapes/tags';
import { toSdkKeyPair } from '../shapes/key-pairs';
import { defineActions } from '../action-def';
import { notFoundKey } from '../key-pair-lookup';

/**
 * Key pairs (rules A1–A4 of docs/reference/scaling-and-access-rules.md). EC2 keeps the public half; the
 * learner's SSH client keeps the private half of every key pair it created or imported (`clientKeys`), even after
 * DeleteKeyPair, so instances launched with a deleted key pair stay reachable (rule A4).
 */

const MAX_KEY_PAIRS = 5000;

function readName(p: Params): string {
  const name = p.str('KeyName');
  if (name.length === 0 || name.length > 255 || !/^[\x20-\x7e]+$/.test(name)) {
    invalid('KeyName', name, 'Key names are 1 to 255 ASCII characters.');
  }
  return name;
}

function checkFree(tx: Tx, name: string): void {
  const mine = tx.visible('keyPairs');
  if (mine.some((k) => k.name === name)) {
    refuse('keypair.name.duplicate', `The keypair '${name}' already exists.`, { resources: [name] });
  }
  if (mine.length >= MAX_KEY_PAIRS) refuse('keypair.limit', `Maximum of ${MAX_KEY_PAIRS} key pairs reached.`);
}

/** Store the key pair and give the client its private key (a same-named older file in this region is overwritten). */
function store(tx: Tx, pair: KeyPair): void {
  tx.put('keyPairs', pair.id, pair);
  for (const old of tx.visible('clientKeys')) if (old.name === pair.name) tx.remove('clientKeys', old.id);
  tx.put('clientKeys', pair.id, {
    ownerId: pair.ownerId,
    region: pair.region,
    tags: [],
    id: pair.id,
    name: pair.name,
    publicKey: pair.publicKey,
  });
  const how = pair.origin === 'created' ? 'created; its private key was downloaded as' : 'imported; your client keeps';
  tx.event({ type: 'created', message: `Key pair ${pair.name} (${pair.id}) ${how} ${pair.name}.pem.`, resourceId: pair.id });
}

/** Records a new key pair of this account and region, with its fingerprint and the request's tags. */
function storeKeyPair(tx: Tx, p: Params, key: Pick<KeyPair, 'id' | 'name' | 'keyType' | 'origin' | 'publicKey'> & { fingerprint?: string }): KeyPair {
  const pair: KeyPair = {
    ownerId: tx.account,
    region: tx.region,
    tags: p.tagsFor('key-pair'),
    id: key.id,
    name: key.name,
    keyType: key.keyType,
    origin: key.origin,
    fingerprint: key.fingerprint ?? fingerprint(key.publicKey, key.keyType, key.origin),
    publicKey: key.publicKey,
    createTime: tx.now,
  };
  store(tx, pair);
  return pair;
}

function createKeyPair(tx: Tx, p: Params) {
  const name = readName(p);
  const keyType: KeyType = p.optEnum('KeyType', ['rsa', 'ed25519'] as const) ?? 'rsa';
  const format = p.optEnum('KeyFormat', ['pem', 'ppk'] as const) ?? 'pem';
  checkFree(tx, name);
  const id = tx.id('key');
  const seed = `${tx.base.seed}|${tx.account}|${tx.region}|${id}`;
  const publicKey = generatedPublicKey(seed, keyType);
  const pair = storeKeyPair(tx, p, { id, name, keyType, origin: 'created', publicKey });
  return {
    KeyFingerprint: pair.fingerprint,
    KeyMaterial: privateKeyMaterial(seed, keyType, format),
    KeyName: name,
    KeyPairId: id,
    ...sdkTags(pair.tags),
  };
}

function importKeyPair(tx: Tx, p: Params) {
  const name = readName(p);
  const material = p.str('PublicKeyMaterial');
  const parsed = parseImportedKey(material);
  if ('problem' in parsed) {
    refuse('keypair.import.format', 'Key is not in valid OpenSSH public key format', {
      resources: [name],
      fix: `ImportKeyPair could not use this key: ${parsed.problem}. Send the whole .pub file of an RSA (1024, 2048 or 4096 bits) or ED25519 key.`,
    });
  }
  checkFree(tx, name);
  const id = tx.id('key');
  const { keyType, publicKey, fingerprint: keyFingerprint } = parsed;
  const pair = storeKeyPair(tx, p, { id, name, keyType, origin: 'imported', publicKey, fingerprint: keyFingerprint });
  return { KeyFingerprint: pair.fingerprint, KeyName: name, KeyPairId: id, ...sdkTags(pair.tags) };
}

function describeKeyPairs(tx: Tx, p: Params) {
  const mine = tx.visible('keyPairs');
  const names = p.optStrList('KeyNames');
  const ids = p.optStrList('KeyPairIds');
  let pairs = mine;
  if (names) pairs = names.map((n) => mine.find((k) => k.name === n) ?? notFoundKey(n));
  if (ids) {
    const byId = ids.map((id) => mine.find((k) => k.id === id) ?? notFoundKey(id));
    pairs = pairs.filter((k) => byId.includes(k));
  }
  const filtered = applyFilters(pairs, p, {
    'key-name': (k) => k.name,
    'key-pair-id': (k) => k.id,
    fingerprint: (k) => k.fingerprint,
    'key-type': (k) => k.keyType,
  });
  const includePublicKey = p.optBool('IncludePublicKey') ?? false;
  return { KeyPairs: filtered.map((k) => toSdkKeyPair(k, includePublicKey)) };
}

/** Rule A3: deleting succeeds even when nothing matches; the client's private key and launched instances stay. */
function deleteKeyPair(tx: Tx, p: Params) {
  const name = p.optStr('KeyName');
  const id = p.optStr('KeyPairId');
  if (name === undefined && id === undefined) refuse('request.missing-parameter', 'The request must contain the parameter KeyName or KeyPairId.');
  const pair = tx.visible('keyPairs').find((k) => (id !== undefined ? k.id === id : k.name === name));
  if (!pair) return { Return: true };
  tx.remove('keyPairs', pair.id);
  tx.event({
    type: 'deleted',
    message: `Key pair ${pair.name} deleted from EC2. Instances launched with it keep its public key, and your client keeps ${pair.name}.pem.`,
    resourceId: pair.id,
  });
  return { Return: true, KeyPairId: pair.id };
}

export const KEY_PAIR_ACTIONS = defineActions([
  { type: 'ec2:CreateKeyPair', summary: 'Create a key pair: EC2 keeps the public key, you get the private key once.', run: createKeyPair },
  { type: 'ec2:ImportKeyPair', summary: 'Import the public key of a key pair you made yourself (RSA or ED25519).', run: importKeyPair },
  { type: 'ec2:DescribeKeyPairs', summary: 'List key pairs with their fingerprints.', run: describeKeyPairs, read: true },
  { type: 'ec2:DeleteKeyPair', summary: 'Delete a key pair from EC2 (instances launched with it keep the key).', run: deleteKeyPair },
]);
