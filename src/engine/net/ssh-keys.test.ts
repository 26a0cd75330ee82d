import { describe, expect, it } from 'vitest';
import { createWorld } from '../index';
import { no, ok } from '../engine-test-helpers';
import { parseImportedKey } from './ssh-keys';

/**
 * Real keys made with ssh-keygen on a development machine; the expected fingerprints are what
 * `ssh-keygen -e -m PEM -f k.pub | openssl rsa -RSAPublicKey_in -outform DER | openssl md5 -c` (RSA, as AWS documents
 * for imported keys) and `ssh-keygen -l -E sha256 -f k.pub` (ED25519, AWS adds the base64 padding) print (rule A2).
 */
const RSA_2048 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCdPMOgMc/DVJ0tZHYRDsPVyaxJpttFdGzDHyd63WqnACdMO0CxAshM/lq/ZWl/m4jIUGqDmfCAs1lI9U5mho4ExeS1fUtzw0En4MrKdDdgr/qDoS6VQUQVwwW27NafTxlm300YRTuStZqnLm/xl0RbFP98g39xLex+i/XvU9l6Fsw7C39K6LxsPSgtkcM6R3M4FNkb3Iqvyarzaz9l93iSOaBYVJIlYMNkjpUXReqh0WyCrDNmLpZ/649eHgMkhoOthjkVjokemH8tsh1lMduW+vkzwAv+73FRd6SvgF9kLswSgf9NnNuCDGwrfEuDeMzNTXKHwLWzj7rzHE/vGx65 lab@example";
const RSA_1024 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCXLcsrv3VHoGXLkVXINb3hqTiQNRXq35ZGGpDuNcq/pan4aPCdyAvJrWtegrIrtU520YLD5xFVbsSl0tCVvYn5zKVEtt0VSZO1LXezJcZbYZXPGvf3NCqTz6agqSPB4a6H9/Ftije7qTyKeZjqgTiBI23n4SJdCPCXu+vsS45G6Q== lab@example";
const RSA_3072 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDF6lIvt1+kTNsQjhGtP/oCp38JWQeTjoggdGwbnNQxHRvq9+qDj5XiaSFX1SeBzSVlQBXiKgKBcE2WngdjyQUTGVw7E8m56XNiTKolEJvwPBa/hG+tS9ctdEqm6C7Ov5z5Q8mOTP5y0gUjRO/UsohX0RwFLM0NGQ2jXSN/onWM03MV7cXY3JDaTuL0NpJ63OjhMZ7EztgqBUCJQE0SXcjYsawFuwLDVHwcRhKtDFdKQl6HRPX2u/cj9zVxz4gUIVqCG/lzn0Ywfb2IGJkOSrAls+4fVgR04LC5zquJHnLIR34rBMRsTtQSzLh/6RiHDNjeKVk1YSuUDsdeers/VfUlUoBHW5UeL8MiOfXpgCWILFyt6t15NzntUpY6NrnBWiW1CwH3mMCtQizSwi3m8a0IFrEnM6EXxSDCY5jc18UOV//BjSLxjKAVEBO3flMpEVN6KRA3u6y1iuuqmdFAvf0PSoM/X8Er8iZakTqAIm+67rcaImXHsUznGgxU2Ij0/oc= lab@example";
const RSA_4096 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQD2+uxPmzjfVSTngyzkW9mlZRKrcbcP/Z4jEvlDVmtWUtLNWrdXj34PKASdqAe2klMuHR3sOnGFixuEDlz7sMNmPR9/9t0FERt+D4zKwTuE94rMXLDXaz28T3eFABqgs9PmsLVLtReRhfvQi7cX71YdXcjV4IL3sod2zi2iuGiv0K5MxjOlpnsBm/8NChJj/R5Y3kBFAE1N2VlW3kxFkRgyGw2ff6FxmTbsNYP1+ubRMWiCs6ALRCz2NaDeWXsmNay0IySH2xpuN+KEFPfn38x1QgYdTHztlAlONwDvEsOTphtis2eh4CwlGa26EA1Ws9hVCTut/QcVftwTPzQkk0JhoWiNBDY2LoRO9ms8c2M6/de/4NTUT4Fw2vZ/JK2SaixwGZ9/tFDg39Pqtv/kltNZgffrIAGnJ5XFjGRf/muSK6RzJ2qsSaGWn01omtHwPqmud+nVU/DKFsCN77J83L2D7wXToCdYZPMjT799hA884LXNfOGfPH5/T/0C1YqELKCF//imWw64rOnDpqJu2t3hjUNn4r8Nv0jrDW6ENnX/IZtJ5LowAzmtxzh2+dy2EkQvw7s5CsxvV8KIcMtVmJ8bvkW+F3ZYJJcT8E8ytj4GTTQoS/Tv0fYCarjkvn6x5v4Mtk0CkhLkJVl+LR3zC/XEA4F8a95MSBxlMFiKXhJRFQ== lab@example";
const ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPvxW62Q3oEd8+J/twwrsX2RFil0Cun8NgaQ1rOR9XqZ me@lab";
const ECDSA = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPFVp4rx32ccf+obBcFo3XHR0R7b84Xvpr0OJVfoFggwEpA0Cpb5EG+Nytn7hhTPt6E4ktHFrOQ+8I4D4dU3m98= root@vm";
const RSA_2048_SPKI_DER = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnTzDoDHPw1SdLWR2EQ7D1cmsSabbRXRswx8net1qpwAnTDtAsQLITP5av2Vpf5uIyFBqg5nwgLNZSPVOZoaOBMXktX1Lc8NBJ+DKynQ3YK/6g6EulUFEFcMFtuzWn08ZZt9NGEU7krWapy5v8ZdEWxT/fIN/cS3sfov171PZehbMOwt/Sui8bD0oLZHDOkdzOBTZG9yKr8mq82s/Zfd4kjmgWFSSJWDDZI6VF0XqodFsgqwzZi6Wf+uPXh4DJIaDrYY5FY6JHph/LbIdZTHblvr5M8AL/u9xUXekr4BfZC7MEoH/TZzbggxsK3xLg3jMzU1yh8C1s4+68xxP7xseuQIDAQAB";
const RSA_2048_PKCS1_DER = "MIIBCgKCAQEAnTzDoDHPw1SdLWR2EQ7D1cmsSabbRXRswx8net1qpwAnTDtAsQLITP5av2Vpf5uIyFBqg5nwgLNZSPVOZoaOBMXktX1Lc8NBJ+DKynQ3YK/6g6EulUFEFcMFtuzWn08ZZt9NGEU7krWapy5v8ZdEWxT/fIN/cS3sfov171PZehbMOwt/Sui8bD0oLZHDOkdzOBTZG9yKr8mq82s/Zfd4kjmgWFSSJWDDZI6VF0XqodFsgqwzZi6Wf+uPXh4DJIaDrYY5FY6JHph/LbIdZTHblvr5M8AL/u9xUXekr4BfZC7MEoH/TZzbggxsK3xLg3jMzU1yh8C1s4+68xxP7xseuQIDAQAB";
const RSA_2048_SSH2 = "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"2048-bit RSA, converted by root@vm from OpenSSH\"\nAAAAB3NzaC1yc2EAAAADAQABAAABAQCdPMOgMc/DVJ0tZHYRDsPVyaxJpttFdGzDHyd63W\nqnACdMO0CxAshM/lq/ZWl/m4jIUGqDmfCAs1lI9U5mho4ExeS1fUtzw0En4MrKdDdgr/qD\noS6VQUQVwwW27NafTxlm300YRTuStZqnLm/xl0RbFP98g39xLex+i/XvU9l6Fsw7C39K6L\nxsPSgtkcM6R3M4FNkb3Iqvyarzaz9l93iSOaBYVJIlYMNkjpUXReqh0WyCrDNmLpZ/649e\nHgMkhoOthjkVjokemH8tsh1lMduW+vkzwAv+73FRd6SvgF9kLswSgf9NnNuCDGwrfEuDeM\nzNTXKHwLWzj7rzHE/vGx65\n---- END SSH2 PUBLIC KEY ----\n";

const FP_2048 = '3b:99:6d:18:82:f1:5c:eb:de:3b:bb:8a:4c:1d:e6:61';
const FP_ED25519 = 'Ya5cbW9Yh+Nusx4hxPPQjhrWoYF5zFPlc6X1hkU7xOM=';
const b64 = (text: string) => btoa(text);

function imported(material: string) {
  return ok(createWorld(), 'ec2:ImportKeyPair', { KeyName: 'mine', PublicKeyMaterial: material }).response;
}

describe('ImportKeyPair fingerprints are AWS’s real ones (rule A2)', () => {
  it('RSA: MD5 of the DER SubjectPublicKeyInfo, colon hex, for every accepted length', () => {
    expect(imported(RSA_2048).KeyFingerprint).toBe(FP_2048);
    expect(imported(RSA_1024).KeyFingerprint).toBe('6b:29:22:78:67:e6:25:db:a8:9a:16:e7:41:7b:08:fd');
    expect(imported(RSA_4096).KeyFingerprint).toBe('2e:54:19:a0:0f:8b:9e:c7:14:7b:3f:7b:4f:79:cc:8d');
  });

  it('ED25519: base64 SHA-256 of the key blob, with padding', () => {
    expect(imported(ED25519).KeyFingerprint).toBe(FP_ED25519);
    expect(imported(b64(ED25519)).KeyFingerprint).toBe(FP_ED25519);
  });

  it('the same RSA key as an SSH2 file, as base64 DER (SPKI or PKCS #1) or as an SDK blob has the same fingerprint and key', () => {
    const line = RSA_2048.split(' ').slice(0, 2).join(' ');
    for (const material of [RSA_2048_SSH2, RSA_2048_SPKI_DER, RSA_2048_PKCS1_DER, b64(RSA_2048), b64(RSA_2048_SSH2)]) {
      const parsed = parseImportedKey(material);
      expect(parsed).toEqual({ keyType: 'rsa', publicKey: line, fingerprint: FP_2048 });
    }
  });
});

describe('ImportKeyPair checks the key data (rule A2)', () => {
  const refused = (material: string) => no(createWorld(), 'ec2:ImportKeyPair', { KeyName: 'x', PublicKeyMaterial: material });
  const format = { code: 'InvalidKey.Format', rule: 'keypair.import.format', message: 'Key is not in valid OpenSSH public key format' };

  it('refuses a truncated or padded blob, and a blob of another type than the line says', () => {
    const [type, blob] = RSA_2048.split(' ') as [string, string];
    expect(refused(`${type} ${blob.slice(0, 200)}`)).toMatchObject(format);
    expect(refused(`${type} ${blob.slice(0, -4)}`)).toMatchObject(format);
    expect(refused(`${type} ${blob}AAAA`)).toMatchObject(format);
    expect(refused(`ssh-ed25519 ${blob}`)).toMatchObject(format);
    const [, edBlob] = ED25519.split(' ') as [string, string];
    expect(refused(`ssh-ed25519 ${edBlob.slice(0, 60)}`)).toMatchObject(format);
    expect(refused(`ssh-ed25519 ${edBlob}`.replace('AAAAI', 'AAAAH'))).toMatchObject(format);
  });

  it('refuses RSA lengths other than 1024, 2048 and 4096, ECDSA, DSA and a truncated DER key', () => {
    expect(refused(RSA_3072)).toMatchObject(format);
    expect(refused(RSA_3072).fix).toContain('3072-bit');
    expect(refused(ECDSA)).toMatchObject(format);
    expect(refused('ssh-dss AAAAB3NzaC1kc3MAAACBAP')).toMatchObject(format);
    expect(refused(RSA_2048_SPKI_DER.slice(0, 200))).toMatchObject(format);
  });

  it('keys EC2 creates keep their shapes: SHA-1 colon hex for RSA, padded base64 for ED25519', () => {
    expect(ok(createWorld(), 'ec2:CreateKeyPair', { KeyName: 'a' }).response.KeyFingerprint).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/);
    expect(ok(createWorld(), 'ec2:CreateKeyPair', { KeyName: 'a', KeyType: 'ed25519' }).response.KeyFingerprint).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});
