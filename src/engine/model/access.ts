import type { Owned } from './common';

/**
 * Access to instances (docs/reference/scaling-and-access-rules.md, scope B): key pairs, the private keys the
 * learner's SSH client holds, security group rules and the keys EC2 Instance Connect pushed.
 */

/** An EC2 key pair: EC2 keeps only the public half (rule A1). Keyed by `KeyPairId` (`key-…`). */
export interface KeyPair extends Owned {
  id: string;
  name: string;
  keyType: 'rsa' | 'ed25519';
  /** `created` by CreateKeyPair (EC2 made the private key) or `imported` (the learner sent the public key). */
  origin: 'created' | 'imported';
  fingerprint: string;
  /** OpenSSH public key line without comment: `ssh-rsa AAAA…`. */
  publicKey: string;
  createTime: number;
}

/**
 * A private key the learner's SSH client holds (`<name>.pem`): every key pair created or imported leaves one, and
 * DeleteKeyPair does not take it away. Keyed by the key pair id it came with. A later key pair with the same name in
 * the same region overwrites the file, so the older entry is removed then.
 */
export interface ClientKey extends Owned {
  id: string;
  name: string;
  /** The public half of the private key (what an instance must have in authorized_keys). */
  publicKey: string;
}

/** One security group rule (`sgr-…`), as DescribeSecurityGroupRules lists it. */
export interface SecurityGroupRule extends Owned {
  id: string;
  groupId: string;
  isEgress: boolean;
  /** `tcp`, `udp`, `icmp`, `-1` (all) or another protocol number as text. */
  ipProtocol: string;
  fromPort: number;
  toPort: number;
  cidrIpv4?: string;
  cidrIpv6?: string;
  prefixListId?: string;
  referencedGroupId?: string;
  description?: string;
}

/** A public key pushed with ec2-instance-connect:SendSSHPublicKey: usable by one OS user for 60 s (rule A20). */
export interface InstanceConnectKey extends Owned {
  id: string;
  instanceId: string;
  osUser: string;
  publicKey: string;
  /** Logical time it was pushed; valid while clock < pushedAt + 60. */
  pushedAt: number;
}

/**
 * An EC2 Instance Connect Endpoint (rule A23): an identity-aware TCP proxy in one subnet that reaches instances of its
 * VPC by their private addresses, through a requester-managed network interface of its own. Settled states only:
 * `create-complete` while it lives; DeleteInstanceConnectEndpoint removes it.
 */
export interface InstanceConnectEndpoint extends Owned {
  id: string;
  vpcId: string;
  subnetId: string;
  az: string;
  /** The endpoint's requester-managed interface (`managedBy` = this endpoint). */
  networkInterfaceId: string;
  securityGroupIds: string[];
  /** true: the instance sees the client's address; false: the endpoint interface's private address. */
  preserveClientIp: boolean;
  createdAt: number;
  clientToken?: string;
}
