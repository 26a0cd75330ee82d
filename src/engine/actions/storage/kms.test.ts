import { describe as suite, expect, it } from 'vitest';
import { apply, createWorld, describe } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { isoAt } from '../../time';

const B = '444455556666';

suite('isoAt', () => {
  it('turns logical seconds into ISO-8601 from 2025-01-01 without Date', () => {
    expect(isoAt(0)).toBe('2025-01-01T00:00:00.000Z');
    expect(isoAt(59 * 86400 + 3661)).toBe('2025-03-01T01:01:01.000Z');
    expect(isoAt(365 * 86400)).toBe('2026-01-01T00:00:00.000Z');
    expect(isoAt(365 * 86400 + 59 * 86400)).toBe('2026-03-01T00:00:00.000Z');
  });
});

suite('kms:CreateKey / CreateAlias / DescribeKey', () => {
  it('creates a regional customer managed key', () => {
    const world = createWorld();
    const r = ok(world, 'kms:CreateKey', { Description: 'lab key' });
    const meta = r.response.KeyMetadata;
    expect(meta.KeyManager).toBe('CUSTOMER');
    expect(meta.Enabled).toBe(true);
    expect(meta.Description).toBe('lab key');
    expect(meta.Arn).toBe(`arn:aws:kms:us-east-1:111122223333:key/${meta.KeyId}`);
    expect(meta.KeyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    // Same key by id, ARN and (after CreateAlias) alias.
    const w2 = ok(r.world, 'kms:CreateAlias', { AliasName: 'alias/lab', TargetKeyId: meta.KeyId }).world;
    expect(describe(w2, 'kms:DescribeKey', { KeyId: meta.KeyId }).KeyMetadata.KeyId).toBe(meta.KeyId);
    expect(describe(w2, 'kms:DescribeKey', { KeyId: meta.Arn }).KeyMetadata.KeyId).toBe(meta.KeyId);
    expect(describe(w2, 'kms:DescribeKey', { KeyId: 'alias/lab' }).KeyMetadata.KeyId).toBe(meta.KeyId);
    expect(
      describe(w2, 'kms:DescribeKey', { KeyId: 'arn:aws:kms:us-east-1:111122223333:alias/lab' }).KeyMetadata.KeyId,
    ).toBe(meta.KeyId);
  });

  it('keys are regional: the key is not found from another region', () => {
    const r = ok(createWorld(), 'kms:CreateKey', {});
    const id = r.response.KeyMetadata.KeyId;
    const err = no(r.world, 'kms:DescribeKey', { KeyId: id }, { region: 'us-west-2' });
    expect(err.code).toBe('NotFoundException');
    const err2 = no(r.world, 'kms:DescribeKey', { KeyId: r.response.KeyMetadata.Arn }, { region: 'us-west-2' });
    expect(err2.code).toBe('NotFoundException');
  });

  it('the AWS managed alias/aws/ebs exists in each region with its own key', () => {
    const world = createWorld();
    const east = describe(world, 'kms:DescribeKey', { KeyId: 'alias/aws/ebs' }, 'us-east-1').KeyMetadata;
    const west = describe(world, 'kms:DescribeKey', { KeyId: 'alias/aws/ebs' }, 'us-west-2').KeyMetadata;
    expect(east.KeyManager).toBe('AWS');
    expect(west.KeyManager).toBe('AWS');
    expect(east.KeyId).not.toBe(west.KeyId);
    expect(west.Arn).toContain(':us-west-2:');
  });

  it('refuses a duplicate alias (kms.alias.exists) and accepts a new one', () => {
    let world = createWorld();
    const a = ok(world, 'kms:CreateKey', {});
    world = a.world;
    const b = ok(world, 'kms:CreateKey', {});
    world = ok(b.world, 'kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: a.response.KeyMetadata.KeyId }).world;
    const err = no(world, 'kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: b.response.KeyMetadata.KeyId });
    expect(err.code).toBe('AlreadyExistsException');
    expect(err.rule).toBe('kms.alias.exists');
    const aliases = describe(world, 'kms:ListAliases', {}).Aliases.map((x: any) => x.AliasName);
    expect(aliases).toEqual(['alias/app', 'alias/aws/ebs']);
    // The same alias name is free in another region.
    const c = ok(world, 'kms:CreateKey', {}, { region: 'eu-west-1' });
    ok(c.world, 'kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: c.response.KeyMetadata.KeyId }, { region: 'eu-west-1' });
  });

  it('refuses alias names without alias/ or under alias/aws/ (kms.alias.invalid-name)', () => {
    const r = ok(createWorld(), 'kms:CreateKey', {});
    const id = r.response.KeyMetadata.KeyId;
    for (const AliasName of ['app', 'alias/aws/mine']) {
      const err = no(r.world, 'kms:CreateAlias', { AliasName, TargetKeyId: id });
      expect(err.code).toBe('InvalidAliasNameException');
      expect(err.rule).toBe('kms.alias.invalid-name');
    }
  });

  it('refuses an alias for an unknown key with NotFoundException', () => {
    const err = no(createWorld(), 'kms:CreateAlias', { AliasName: 'alias/x', TargetKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' });
    expect(err.code).toBe('NotFoundException');
  });
});

suite('EBS encryption by default', () => {
  it('is a per-region, per-account setting', () => {
    const world = createWorld();
    expect(describe(world, 'ec2:GetEbsEncryptionByDefault').EbsEncryptionByDefault).toBe(false);
    const r = ok(world, 'ec2:EnableEbsEncryptionByDefault', {});
    expect(r.response.EbsEncryptionByDefault).toBe(true);
    expect(describe(r.world, 'ec2:GetEbsEncryptionByDefault', {}, 'us-east-1').EbsEncryptionByDefault).toBe(true);
    expect(describe(r.world, 'ec2:GetEbsEncryptionByDefault', {}, 'us-west-2').EbsEncryptionByDefault).toBe(false);
    const asB = apply(r.world, { type: 'ec2:GetEbsEncryptionByDefault', account: B });
    expect(asB.ok && asB.response.EbsEncryptionByDefault).toBe(false);
    // New volumes are encrypted with alias/aws/ebs of the region.
    const key = describe(r.world, 'kms:DescribeKey', { KeyId: 'alias/aws/ebs' }).KeyMetadata.Arn;
    const v = ok(r.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 4 });
    expect(v.response.Encrypted).toBe(true);
    expect(v.response.KmsKeyId).toBe(key);
    expect(v.events.some((e) => e.type === 'notice' && e.message.includes('encryption by default'))).toBe(true);
    expect(describe(r.world, 'ec2:GetEbsDefaultKmsKeyId').KmsKeyId).toBe(key);
    // In us-west-2 nothing changed.
    const w = ok(r.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-west-2a', Size: 4 }, { region: 'us-west-2' });
    expect(w.response.Encrypted).toBe(false);
    // Disable again.
    const d = ok(r.world, 'ec2:DisableEbsEncryptionByDefault', {});
    expect(describe(d.world, 'ec2:GetEbsEncryptionByDefault').EbsEncryptionByDefault).toBe(false);
  });

  it('a second account gets its own AWS managed key on first use', () => {
    const world = createWorld();
    const r = ok(world, 'ec2:EnableEbsEncryptionByDefault', {}, { account: B });
    const meta = apply(r.world, { type: 'kms:DescribeKey', params: { KeyId: 'alias/aws/ebs' }, account: B });
    expect(meta.ok && meta.response.KeyMetadata.AWSAccountId).toBe(B);
    expect(meta.ok && meta.response.KeyMetadata.KeyManager).toBe('AWS');
    // The lab's own account is unaffected.
    expect(describe(r.world, 'ec2:GetEbsEncryptionByDefault').EbsEncryptionByDefault).toBe(false);
  });
});
