import type { Tag } from '../../model/common';
import type { KmsKey } from '../../model/storage';
import { notFound } from '../../lookup';
import type { Params } from '../../params';
import { invalid } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { isoAt } from '../../time';
import { defineActions } from '../../action-def';

/**
 * KMS keys and aliases, the EBS encryption-by-default setting, and the encryption helpers the storage family
 * shares (volumes, snapshots, images, launch). KMS keys are regional: a key id, ARN or alias resolves only in
 * the region of the call.
 */

export const EBS_ALIAS = 'alias/aws/ebs';

function uuid(tx: Tx): string {
  const h = tx.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function aliasArn(region: string, account: string, alias: string): string {
  return `arn:aws:kms:${region}:${account}:${alias}`;
}

function keysOf(tx: Tx, region: string, account: string): KmsKey[] {
  return tx.all('kmsKeys').filter((k) => k.region === region && k.ownerId === account);
}

/** The account's AWS-managed EBS key (alias/aws/ebs) in a region, if it exists yet. */
export function managedEbsKey(tx: Tx, region = tx.region, account = tx.account): KmsKey | undefined {
  return keysOf(tx, region, account).find((k) => k.keyManager === 'AWS' && k.aliases.includes(EBS_ALIAS));
}

/**
 * The AWS-managed EBS key, created on first use as AWS does (the starting world has one per region for the
 * lab's own account; a second account gets its own the first time it needs one). Writes: only from write actions.
 */
export function ensureManagedEbsKey(tx: Tx, region = tx.region, account = tx.account): KmsKey {
  const existing = managedEbsKey(tx, region, account);
  if (existing) return existing;
  const id = uuid(tx);
  const key: KmsKey = {
    ownerId: account,
    region,
    tags: [],
    id,
    arn: `arn:aws:kms:${region}:${account}:key/${id}`,
    aliases: [EBS_ALIAS],
    keyManager: 'AWS',
    description: 'Default key that protects my EBS volumes when no other key is defined',
    enabled: true,
    creationDate: tx.now,
  };
  tx.put('kmsKeys', id, key);
  tx.event({
    type: 'created',
    message: `KMS created the AWS managed key ${EBS_ALIAS} (${id}) for account ${account} in ${region}.`,
    resourceId: id,
  });
  return key;
}

/**
 * Resolve a KeyId as KMS does — key id, key ARN, alias name or alias ARN — in one region. Keys are regional: an
 * ARN naming another region, or an id of a key that lives elsewhere, resolves to nothing.
 */
export function resolveKmsKey(tx: Tx, ref: string, region = tx.region, account = tx.account): KmsKey | undefined {
  const arn = /^arn:aws:kms:([a-z0-9-]+):(\d{12}):(key\/.+|alias\/.+)$/.exec(ref);
  if (arn) {
    const [, arnRegion, arnAccount, rest] = arn;
    if (arnRegion !== region || !rest || !arnAccount) return undefined;
    if (rest.startsWith('key/')) {
      const key = tx.get('kmsKeys', rest.slice(4));
      return key && key.region === region && key.ownerId === arnAccount ? key : undefined;
    }
    return keysOf(tx, region, arnAccount).find((k) => k.aliases.includes(rest));
  }
  if (ref.startsWith('alias/')) return keysOf(tx, region, account).find((k) => k.aliases.includes(ref));
  const key = tx.get('kmsKeys', ref);
  return key && key.region === region && key.ownerId === account ? key : undefined;
}

/** Whether new EBS volumes and snapshot copies of this account are encrypted by default in a region. */
export function encryptionByDefault(tx: Tx, region = tx.region, account = tx.account): boolean {
  return managedEbsKey(tx, region, account)?.ebsEncryptionByDefault === true;
}

export interface EncryptionRequest {
  /** Region and account the new volume/snapshot/image will live in. */
  region: string;
  account: string;
  /** Encryption of what it is made from (a snapshot, a volume); false when made from nothing. */
  sourceEncrypted: boolean;
  sourceKmsKeyId?: string;
  /** Keep the source's key when no KmsKeyId is given (same region and the key is usable there). */
  keepSourceKey: boolean;
  /** Request members. */
  encrypted?: boolean;
  kmsKeyId?: string;
  /** Words for the notices, e.g. "snapshot copy snap-0…". */
  what: string;
  /** No notice events (the caller narrates once for several snapshots). */
  quiet?: boolean;
}

export interface EncryptionChoice {
  encrypted: boolean;
  /** ARN of the key that encrypts the data (or the unresolved KmsKeyId when `keyMissing`). */
  kmsKeyId?: string;
  /** The KmsKeyId asked for does not exist in the region: accepted, but the work fails asynchronously (rule 64). */
  keyMissing?: string;
}

/** Refuse KmsKeyId without Encrypted=true (rule 63), in AWS's words. */
export function checkKmsKeyDependency(encrypted: boolean | undefined, kmsKeyId: string | undefined): void {
  if (kmsKeyId !== undefined && encrypted !== true) {
    refuse('ebs.encryption.kms-requires-encrypted', 'The parameter [KmsKeyId] requires the parameter Encrypted to be set.', {
      scope: { kind: 'parameter', to: 'Encrypted' },
    });
  }
}

/**
 * The encryption of a new volume, snapshot copy or image copy (rules 63 and 68): encryption can be added, never
 * removed; an explicit KmsKeyId wins; otherwise the source key when it can be kept, else the region's default key.
 * Emits a `notice` event when Encrypted=false is asked of encrypted data (it stays encrypted).
 */
export function chooseEncryption(tx: Tx, req: EncryptionRequest): EncryptionChoice {
  checkKmsKeyDependency(req.encrypted, req.kmsKeyId);
  const byDefault = encryptionByDefault(tx, req.region, req.account);
  if (!req.quiet && req.sourceEncrypted && req.encrypted === false) {
    tx.event({
      type: 'notice',
      message: `The ${req.what} stays encrypted: Encrypted=false can not decrypt data. Encryption can be added to a copy but never removed, so an encrypted source always gives an encrypted result.`,
      data: { rule: 68 },
    });
  }
  const encrypted = req.sourceEncrypted || req.encrypted === true || byDefault;
  if (!encrypted) return { encrypted: false };
  if (!req.quiet && !req.sourceEncrypted && req.encrypted !== true && byDefault) {
    tx.event({
      type: 'notice',
      message: `The ${req.what} is encrypted because EBS encryption by default is enabled for account ${req.account} in ${req.region}.`,
      data: { rule: 63 },
    });
  }
  if (req.kmsKeyId !== undefined) {
    const key = resolveKmsKey(tx, req.kmsKeyId, req.region, req.account);
    if (!key || !key.enabled || (key.keySpec ?? 'SYMMETRIC_DEFAULT') !== 'SYMMETRIC_DEFAULT') {
      return { encrypted: true, kmsKeyId: req.kmsKeyId, keyMissing: req.kmsKeyId };
    }
    return { encrypted: true, kmsKeyId: key.arn };
  }
  if (req.sourceEncrypted && req.keepSourceKey && req.sourceKmsKeyId) return { encrypted: true, kmsKeyId: req.sourceKmsKeyId };
  const key = ensureManagedEbsKey(tx, req.region, req.account);
  return { encrypted: true, kmsKeyId: key.arn };
}

/** Whether a key ARN (or id) names an AWS managed key such as alias/aws/ebs. */
export function isAwsManagedKey(tx: Tx, ref: string | undefined): boolean {
  if (!ref) return false;
  const id = ref.includes(':key/') ? ref.slice(ref.indexOf(':key/') + 5) : ref;
  return tx.get('kmsKeys', id)?.keyManager === 'AWS';
}

/** The message used when a KmsKeyId did not resolve in the destination region (rule 64). */
export function missingKeyMessage(ref: string, region: string): string {
  return `The KMS key '${ref}' does not exist in ${region}. KMS keys are regional: a copy or volume in ${region} must use a key of ${region}.`;
}

// ---- KMS API ----

const KEY_SPECS = [
  'SYMMETRIC_DEFAULT',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'HMAC_224',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
] as const;

function keyUsage(spec: string): string {
  if (spec.startsWith('ECC')) return 'SIGN_VERIFY';
  if (spec.startsWith('HMAC')) return 'GENERATE_VERIFY_MAC';
  return 'ENCRYPT_DECRYPT';
}

export function toKeyMetadata(key: KmsKey) {
  const spec = key.keySpec ?? 'SYMMETRIC_DEFAULT';
  return {
    AWSAccountId: key.ownerId,
    KeyId: key.id,
    Arn: key.arn,
    CreationDate: isoAt(key.creationDate),
    Enabled: key.enabled,
    Description: key.description,
    KeyUsage: keyUsage(spec),
    KeyState: key.enabled ? 'Enabled' : 'Disabled',
    Origin: 'AWS_KMS',
    KeyManager: key.keyManager,
    CustomerMasterKeySpec: spec,
    KeySpec: spec,
    ...(spec === 'SYMMETRIC_DEFAULT' ? { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] } : {}),
    MultiRegion: false,
  };
}

function kmsTags(p: Params): Tag[] {
  return (p.optObjList('Tags') ?? []).map((t) => ({ Key: t.str('TagKey'), Value: t.optStr('TagValue') ?? '' }));
}

function createKey(tx: Tx, p: Params) {
  const spec = p.optEnum('KeySpec', KEY_SPECS) ?? p.optEnum('CustomerMasterKeySpec', KEY_SPECS) ?? 'SYMMETRIC_DEFAULT';
  const description = p.optStr('Description') ?? '';
  if (description.length > 8192) invalid('Description', description, 'It must be at most 8192 characters.');
  const id = uuid(tx);
  const key: KmsKey = {
    ownerId: tx.account,
    region: tx.region,
    tags: kmsTags(p),
    id,
    arn: `arn:aws:kms:${tx.region}:${tx.account}:key/${id}`,
    aliases: [],
    keyManager: 'CUSTOMER',
    description,
    enabled: true,
    creationDate: tx.now,
    keySpec: spec,
  };
  tx.put('kmsKeys', id, key);
  tx.event({
    type: 'created',
    message: `Customer managed KMS key ${id} created in ${tx.region}. It exists only in ${tx.region}: KMS keys are regional.`,
    resourceId: id,
  });
  return { KeyMetadata: toKeyMetadata(key) };
}

/** A key of the acting account/region by id, ARN or alias; KMS's NotFoundException otherwise. */
function mustResolveKey(tx: Tx, ref: string): KmsKey {
  const key = resolveKmsKey(tx, ref);
  if (key) return key;
  if (ref.startsWith('alias/') || ref.includes(':alias/')) {
    const arn = ref.startsWith('arn:') ? ref : aliasArn(tx.region, tx.account, ref);
    return refuse('request.not-found', `Alias ${arn} is not found.`, {
      code: 'NotFoundException',
      resources: [ref],
      fix: `Check the alias and the region: aliases and keys exist only in the region they were created in (${tx.region} here).`,
    });
  }
  if (ref.startsWith('arn:')) {
    return refuse('request.not-found', `Key '${ref}' does not exist`, {
      code: 'NotFoundException',
      resources: [ref],
      fix: `A key ARN names its region; call that region, or use a key of ${tx.region}.`,
    });
  }
  return notFound('kmsKeys', ref);
}

const ALIAS_NAME = /^alias\/[a-zA-Z0-9/_-]{1,250}$/;

function createAlias(tx: Tx, p: Params) {
  const name = p.str('AliasName');
  if (!ALIAS_NAME.test(name) || name.startsWith('alias/aws/')) {
    refuse('kms.alias.invalid-name', `Alias name '${name}' is not valid: it must start with 'alias/' and must not start with 'alias/aws/'.`, {
      scope: { kind: 'parameter', to: 'AliasName' },
    });
  }
  const target = mustResolveKey(tx, p.str('TargetKeyId'));
  const taken = keysOf(tx, tx.region, tx.account).find((k) => k.aliases.includes(name));
  if (taken) {
    refuse('kms.alias.exists', `An alias with the name ${aliasArn(tx.region, tx.account, name)} already exists`, {
      resources: [taken.id],
    });
  }
  tx.update('kmsKeys', target.id, { aliases: [...target.aliases, name] });
  tx.event({ type: 'updated', message: `Alias ${name} now points at KMS key ${target.id}.`, resourceId: target.id });
  return {};
}

function describeKey(tx: Tx, p: Params) {
  return { KeyMetadata: toKeyMetadata(mustResolveKey(tx, p.str('KeyId'))) };
}

function listAliases(tx: Tx, p: Params) {
  const keyRef = p.optStr('KeyId');
  const keyFilter = keyRef === undefined ? undefined : mustResolveKey(tx, keyRef);
  const keys = keysOf(tx, tx.region, tx.account).filter((k) => !keyFilter || k.id === keyFilter.id);
  const aliases = keys.flatMap((k) =>
    k.aliases.map((name) => ({ AliasName: name, AliasArn: aliasArn(tx.region, tx.account, name), TargetKeyId: k.id })),
  );
  // AWS lists the predefined alias/aws/ebs even before the managed key exists (without a target).
  if (!keyFilter && !aliases.some((a) => a.AliasName === EBS_ALIAS)) {
    aliases.push({ AliasName: EBS_ALIAS, AliasArn: aliasArn(tx.region, tx.account, EBS_ALIAS) } as (typeof aliases)[number]);
  }
  aliases.sort((a, b) => a.AliasName.localeCompare(b.AliasName));
  return { Aliases: aliases, Truncated: false };
}

function listKeys(tx: Tx) {
  return {
    Keys: keysOf(tx, tx.region, tx.account)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((k) => ({ KeyId: k.id, KeyArn: k.arn })),
    Truncated: false,
  };
}

// ---- EBS account settings ----

function setEncryptionByDefault(tx: Tx, value: boolean) {
  const key = ensureManagedEbsKey(tx);
  if (key.ebsEncryptionByDefault !== value) {
    tx.update('kmsKeys', key.id, { ebsEncryptionByDefault: value });
    tx.event({
      type: 'updated',
      message: value
        ? `EBS encryption by default is now enabled in ${tx.region}: every new volume and snapshot copy of account ${tx.account} in ${tx.region} is encrypted (other regions are unchanged).`
        : `EBS encryption by default is now disabled in ${tx.region}.`,
      resourceId: key.id,
    });
  }
  return { EbsEncryptionByDefault: value };
}

export const KMS_ACTIONS = defineActions([
  {
    type: 'kms:CreateKey',
    summary: 'Create a customer managed KMS key in the region (keys are regional)',
    run: createKey,
  },
  { type: 'kms:CreateAlias', summary: 'Give a KMS key a friendly alias/<name>', run: createAlias },
  { type: 'kms:DescribeKey', summary: 'Describe a KMS key by id, ARN or alias', run: describeKey, read: true },
  { type: 'kms:ListAliases', summary: 'List the KMS aliases of the region', run: listAliases, read: true },
  { type: 'kms:ListKeys', summary: 'List the KMS keys of the region', run: listKeys, read: true },
  {
    type: 'ec2:GetEbsEncryptionByDefault',
    summary: 'Whether new EBS volumes are encrypted by default in this region',
    run: (tx) => ({ EbsEncryptionByDefault: encryptionByDefault(tx), SseType: 'sse-ebs' }),
    read: true,
  },
  {
    type: 'ec2:EnableEbsEncryptionByDefault',
    summary: 'Encrypt every new EBS volume of this account in this region',
    run: (tx) => setEncryptionByDefault(tx, true),
  },
  {
    type: 'ec2:DisableEbsEncryptionByDefault',
    summary: 'Stop encrypting new EBS volumes by default in this region',
    run: (tx) => setEncryptionByDefault(tx, false),
  },
  {
    type: 'ec2:GetEbsDefaultKmsKeyId',
    summary: 'The KMS key EBS uses by default in this region',
    run: (tx) => ({ KmsKeyId: managedEbsKey(tx)?.arn ?? aliasArn(tx.region, tx.account, EBS_ALIAS) }),
    read: true,
  },
]);
