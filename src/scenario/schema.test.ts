import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import type { MetricAlarm } from '../engine/model/health';
import type { Instance } from '../engine/model/instances';
import type { ElasticIp, InternetGateway, NetworkInterface, RouteTable, SecurityGroup, Subnet, Vpc } from '../engine/model/network';
import type { DedicatedHost, ReservedInstance, SpotInstanceRequest } from '../engine/model/purchasing';
import type { Image, KmsKey, Snapshot, Volume } from '../engine/model/storage';
import { createWorld } from '../engine';
import type { CollectionKey, Resources } from '../engine/model/world';
import { toPlain } from './json';
import { RESOURCE_SCHEMAS, RESOURCE_SHAPES } from './schema';
import { collectionKeys } from './snapshot';

// ── compile-time: the schemas say exactly what the model types say (checked by tsc) ─────────────────────────────

type Fields<S> = { [P in keyof S]: S[P] extends z.ZodMiniType ? z.infer<S[P]> : never };
/** A type without string index signatures (loose zod objects add one), all the way down. */
type Strip<T> = T extends readonly (infer E)[]
  ? Strip<E>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Strip<T[K]> }
    : T;
type Same<A, B> = [Strip<A>] extends [Strip<B>] ? ([Strip<B>] extends [Strip<A>] ? true : false) : false;
/** Fields whose schema type differs from the model's, plus schema fields the model does not have. */
type Mismatch<M, S> =
  | { [P in keyof S & keyof M]-?: Same<Exclude<M[P], undefined>, Exclude<Fields<S>[P], undefined>> extends true ? never : P }[keyof S & keyof M]
  | Exclude<keyof S, keyof M>;
/** Required model fields the schema does not require. */
type LooseRequired<M, S> = { [P in keyof M]-?: undefined extends M[P] ? never : P extends keyof S ? (undefined extends Fields<S>[P] ? P : never) : never }[keyof M];
type Check<M, S> = [Mismatch<M, S> | LooseRequired<M, S>] extends [never] ? true : { mismatch: Mismatch<M, S> | LooseRequired<M, S> };
type Assert<T extends true> = T;

type Shapes = typeof RESOURCE_SHAPES;
/**
 * Every field of every resource the model has is listed by its schema: a world keeps only the fields its schema
 * lists (restore.ts drops the others), so a field missing here would be lost on every save and link.
 */
type Unlisted = { [K in CollectionKey]: Exclude<keyof Resources[K], keyof Shapes[K]> };
export type _EveryModelFieldListed = Assert<Unlisted extends { [K in CollectionKey]: never } ? true : false>;
export type _SchemasMatchTheModel = [
  Assert<Check<Vpc, Shapes['vpcs']>>,
  Assert<Check<Subnet, Shapes['subnets']>>,
  Assert<Check<InternetGateway, Shapes['internetGateways']>>,
  Assert<Check<RouteTable, Shapes['routeTables']>>,
  Assert<Check<SecurityGroup, Shapes['securityGroups']>>,
  Assert<Check<NetworkInterface, Shapes['networkInterfaces']>>,
  Assert<Check<ElasticIp, Shapes['addresses']>>,
  Assert<Check<Instance, Shapes['instances']>>,
  Assert<Check<Volume, Shapes['volumes']>>,
  Assert<Check<Snapshot, Shapes['snapshots']>>,
  Assert<Check<Image, Shapes['images']>>,
  Assert<Check<KmsKey, Shapes['kmsKeys']>>,
  Assert<Check<SpotInstanceRequest, Shapes['spotRequests']>>,
  Assert<Check<ReservedInstance, Shapes['reservedInstances']>>,
  Assert<Check<DedicatedHost, Shapes['dedicatedHosts']>>,
  Assert<Check<MetricAlarm, Shapes['alarms']>>,
];

describe('resource schemas', () => {
  it('cover every collection of the world', () => {
    expect(Object.keys(RESOURCE_SCHEMAS).sort()).toEqual([...collectionKeys(createWorld())].sort());
  });

  it('accept the starting world and keep fields they do not list', () => {
    const world = toPlain<Record<string, Record<string, unknown>>>(createWorld({ defaultVpc: true }));
    for (const [name, schema] of Object.entries(RESOURCE_SCHEMAS)) {
      for (const resource of Object.values(world[name] ?? {})) {
        const r = schema.safeParse(resource);
        expect(r.success, name).toBe(true);
      }
    }
    const vpc = Object.values(world.vpcs!)[0]!;
    const parsed = RESOURCE_SCHEMAS.vpcs.safeParse({ ...vpc, futureField: { a: 1 } });
    expect(parsed.success && (parsed.data as Record<string, unknown>).futureField).toEqual({ a: 1 });
  });
});
