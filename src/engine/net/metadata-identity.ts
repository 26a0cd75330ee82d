/**
 * The identity categories of the instance metadata tree: the instance profile's role credentials (`iam/`), the
 * account credentials EC2 itself uses (`identity-credentials/`) and the signed identity document (`dynamic/`).
 */
import type { Instance } from '../model/instances';
import type { World } from '../model/world';
import { hashString } from '../rng';
import { primaryInterfaceOf } from '../queries';
import { primaryPrivateIp } from './dns';
import { temporaryCredentials } from './imds-token';
import { imdsJson, imdsTime } from './metadata-answers';
import { dir, leaf, type Dir } from './metadata-nodes';

function credentialsJson(world: World, instance: Instance, roleName: string): string {
  const creds = temporaryCredentials(world, instance, roleName);
  return imdsJson({
    Code: 'Success',
    LastUpdated: imdsTime(creds.lastUpdated),
    Type: 'AWS-HMAC',
    AccessKeyId: creds.accessKeyId,
    SecretAccessKey: creds.secretAccessKey,
    Token: creds.token,
    Expiration: imdsTime(creds.expiration),
  });
}

/** The profile id DescribeInstances shows (same derivation as actions/launch.ts; a test keeps them equal). */
function instanceProfileId(arn: string): string {
  const part = (text: string) => hashString(text).toString(16).toUpperCase().padStart(8, '0');
  return `AIPA${part(arn)}${part(`${arn}#`)}X`;
}

/** `iam/`: the instance profile and its role's temporary credentials; absent without a profile. */
export function iamNode(world: World, instance: Instance): Dir | undefined {
  const profile = instance.iamInstanceProfile;
  if (!profile) return undefined;
  const creds = temporaryCredentials(world, instance, profile.roleName);
  const info = imdsJson({
    Code: 'Success',
    LastUpdated: imdsTime(creds.lastUpdated),
    InstanceProfileArn: profile.arn,
    InstanceProfileId: instanceProfileId(profile.arn),
  });
  return dir({
    info: leaf(info),
    'security-credentials': dir({ [profile.roleName]: leaf(credentialsJson(world, instance, profile.roleName)) }),
  });
}

/** `identity-credentials/ec2/`: the credentials EC2 uses on the instance's behalf, which every instance has. */
export function identityCredentialsNode(world: World, instance: Instance): Dir {
  const accountCreds = temporaryCredentials(world, instance, 'ec2-instance');
  return dir({
    ec2: dir({
      info: leaf(
        imdsJson({ Code: 'Success', LastUpdated: imdsTime(accountCreds.lastUpdated), AccountId: instance.ownerId }),
      ),
      'security-credentials': dir({ 'ec2-instance': leaf(credentialsJson(world, instance, 'ec2-instance')) }),
    }),
  });
}

/** `dynamic/instance-identity/document`: who and where the instance is, as JSON. */
export function identityDocument(world: World, instance: Instance): string {
  const eth0 = primaryInterfaceOf(world, instance.id);
  const image = world.images.get(instance.imageId);
  return imdsJson({
    accountId: instance.ownerId,
    architecture: image?.architecture ?? 'x86_64',
    availabilityZone: instance.az,
    billingProducts: null,
    devpayProductCodes: null,
    marketplaceProductCodes: null,
    imageId: instance.imageId,
    instanceId: instance.id,
    instanceType: instance.instanceType,
    kernelId: null,
    pendingTime: imdsTime(instance.lastStartTime ?? instance.launchTime),
    privateIp: (eth0 && primaryPrivateIp(eth0)) ?? null,
    ramdiskId: null,
    region: instance.region,
    version: '2017-09-30',
  });
}
