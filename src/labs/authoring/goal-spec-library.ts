/**
 * Goal kinds beyond `resource`, `refused` and `action`: the goal library's builders as data, so that the built-in
 * labs are documents like authored ones.
 * - `instance`, `volume`, `snapshot`, `image`: resources matching the goal library's conditions (goals.ts);
 * - `event`: the learner saw an engine event (of a rule, to a state, on a kind of resource, with a cause);
 * - `dns`, `imds`: the Amazon resolver or the metadata service answered this way;
 * - `ssh-hop`, `ssh-key`, `instance-connect`: one hop of the path to an instance is open, a connection was made;
 * - `check`: one of the named checks of src/labs/checks (a fact that needs code, by name and with no arguments);
 * - `all`: every one of a few goals, under one sentence.
 * Every string and list is bounded: lab links are hostile input. Pure.
 */
import { z } from 'zod/mini';
import { CHECK_NAMES } from '../checks';

z.config({ jitless: true });

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/;

/** The sentence a goal shows, when the lab gives its own. */
export const labelText = z.string().check(
  z.minLength(1),
  z.maxLength(300),
  z.refine((s) => !CONTROL.test(s), 'must be plain text (no control characters)'),
);
const word = (max = 100) => z.string().check(z.minLength(1), z.maxLength(max), z.regex(/^[A-Za-z0-9 ._:/@-]+$/, 'must be a plain word'));
const region = word(50);
const small = z.int().check(z.gte(0), z.lte(1000));
const INSTANCE_STATES = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated'] as const;

const instanceWhereSchema = z.strictObject({
  region: z.optional(region),
  az: z.optional(region),
  state: z.optional(z.union([z.enum(INSTANCE_STATES), z.array(z.enum(INSTANCE_STATES)).check(z.minLength(1), z.maxLength(6))])),
  type: z.optional(word(40)),
  category: z.optional(word(60)),
  hasElasticIp: z.optional(z.boolean()),
  publicIp: z.optional(z.boolean()),
  enis: z.optional(small),
  tenancy: z.optional(z.enum(['default', 'dedicated', 'host'])),
  spot: z.optional(z.boolean()),
  fromOwnImage: z.optional(z.boolean()),
  terminationProtection: z.optional(z.boolean()),
  shutdownBehavior: z.optional(z.enum(['stop', 'terminate'])),
  httpTokens: z.optional(z.enum(['optional', 'required'])),
  hasUserData: z.optional(z.boolean()),
  hasRole: z.optional(z.boolean()),
});

const instanceGoalSchema = z.strictObject({
  kind: z.literal('instance'),
  where: instanceWhereSchema,
  count: z.optional(z.int().check(z.gte(1), z.lte(1000))),
  label: z.optional(labelText),
});

const volumeGoalSchema = z.strictObject({
  kind: z.literal('volume'),
  where: z.strictObject({
    az: z.optional(region),
    attached: z.optional(z.boolean()),
    root: z.optional(z.boolean()),
    fromOwnSnapshot: z.optional(z.boolean()),
    encrypted: z.optional(z.boolean()),
  }),
  label: labelText,
});

const snapshotGoalSchema = z.strictObject({
  kind: z.literal('snapshot'),
  where: z.strictObject({ region: z.optional(region), ownedBySelf: z.optional(z.boolean()), encrypted: z.optional(z.boolean()) }),
  label: labelText,
});

const imageGoalSchema = z.strictObject({
  kind: z.literal('image'),
  where: z.strictObject({
    region: z.optional(region),
    owner: z.optional(z.string().check(z.regex(/^(self|amazon|\d{12})$/, 'must be self, amazon or a 12-digit account id'))),
    encrypted: z.optional(z.boolean()),
    public: z.optional(z.boolean()),
    sharedWith: z.optional(z.string().check(z.regex(/^\d{12}$/, 'must be a 12-digit account id'))),
    ebsMappings: z.optional(small),
    copied: z.optional(z.boolean()),
  }),
  label: labelText,
});

const eventGoalSchema = z.strictObject({
  kind: z.literal('event'),
  /** Engine event type (`placement`, `detached`, `refused`…). */
  type: word(60),
  /** The refusal's rule, for `refused` events. */
  rule: z.optional(word(120)),
  /** The state or size the event went to. */
  to: z.optional(word(60)),
  /** The resource's id starts with this (`vol-`). */
  resourcePrefix: z.optional(word(20)),
  /** The event's cause contains this text. */
  cause: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  label: z.optional(labelText),
});

const dnsGoalSchema = z.strictObject({
  kind: z.literal('dns'),
  from: z.enum(['inside-vpc', 'internet']),
  rcode: z.optional(z.enum(['NOERROR', 'NXDOMAIN'])),
  /** The name asked for starts with this (`ip-`, `ec2-`). */
  namePrefix: z.optional(word(60)),
  answer: z.optional(z.enum(['private', 'public', 'elastic'])),
  label: labelText,
});

const imdsGoalSchema = z.strictObject({
  kind: z.literal('imds'),
  status: z.optional(z.int().check(z.gte(100), z.lte(599))),
  method: z.optional(z.enum(['GET', 'PUT'])),
  /** The path asked for ends with this. */
  path: z.optional(word(200)),
  /** The path asked for is one item under this folder (`iam/security-credentials/`). */
  under: z.optional(word(200)),
  withToken: z.optional(z.boolean()),
  label: labelText,
});

const HOPS = ['public-address', 'internet-gateway', 'route', 'network-acl', 'security-group', 'instance-state', 'listener'] as const;

const sshHopGoalSchema = z.strictObject({ kind: z.literal('ssh-hop'), hop: z.enum(HOPS), label: labelText });
const sshKeyGoalSchema = z.strictObject({ kind: z.literal('ssh-key'), label: labelText });
const instanceConnectGoalSchema = z.strictObject({ kind: z.literal('instance-connect'), label: labelText });

const checkGoalSchema = z.strictObject({
  kind: z.literal('check'),
  check: z.enum(CHECK_NAMES as unknown as [string, ...string[]]),
  label: labelText,
});

/** Kinds that `all` may hold (not `all` itself: one level only). */
export const libraryLeafSchemas = [
  instanceGoalSchema,
  volumeGoalSchema,
  snapshotGoalSchema,
  imageGoalSchema,
  eventGoalSchema,
  dnsGoalSchema,
  imdsGoalSchema,
  sshHopGoalSchema,
  sshKeyGoalSchema,
  instanceConnectGoalSchema,
  checkGoalSchema,
] as const;

type InstanceGoalSpec = z.infer<typeof instanceGoalSchema>;
type VolumeGoalSpec = z.infer<typeof volumeGoalSchema>;
type SnapshotGoalSpec = z.infer<typeof snapshotGoalSchema>;
type ImageGoalSpec = z.infer<typeof imageGoalSchema>;
export type EventGoalSpec = z.infer<typeof eventGoalSchema>;
type DnsGoalSpec = z.infer<typeof dnsGoalSchema>;
export type ImdsGoalSpec = z.infer<typeof imdsGoalSchema>;
type SshHopGoalSpec = z.infer<typeof sshHopGoalSchema>;
type CheckGoalSpec = z.infer<typeof checkGoalSchema>;
export type LibraryLeafSpec =
  | InstanceGoalSpec
  | VolumeGoalSpec
  | SnapshotGoalSpec
  | ImageGoalSpec
  | EventGoalSpec
  | DnsGoalSpec
  | ImdsGoalSpec
  | SshHopGoalSpec
  | z.infer<typeof sshKeyGoalSchema>
  | z.infer<typeof instanceConnectGoalSchema>
  | CheckGoalSpec;

/** Most goals one `all` holds. */
export const ALL_MAX = 4;
