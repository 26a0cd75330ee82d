import type { Action, EngineEvent } from './types';
import type { CollectionKey, ResourceOf, World } from './model/world';
import { nextRandom } from './rng';
import type { Collection } from './collection';

/**
 * A copy-on-write view of the world for one action. Handlers read through it and write through it; the input
 * world is never touched. `finish()` builds the new world sharing every collection nobody wrote to.
 */
export class Tx {
  readonly base: World;
  readonly action: Action;
  readonly region: string;
  readonly account: string;
  readonly events: EngineEvent[] = [];
  private readonly written = new Map<CollectionKey, Collection<unknown>>();
  private scalars: Partial<Pick<World, 'clock' | 'rng' | 'spotPrices' | 'capacity' | 'billing'>> = {};
  /** Work on the bill put off until someone reads it (see deferBilling). */
  private readonly deferred: { billing?: (bill: World['billing']) => World['billing'] } = {};

  constructor(world: World, action: Action, region: string, account: string, shareWith?: Tx) {
    this.base = world;
    this.action = action;
    this.region = region;
    this.account = account;
    if (shareWith) {
      this.written = shareWith.written;
      this.scalars = shareWith.scalars;
      this.events = shareWith.events;
      this.deferred = shareWith.deferred;
    }
  }

  /**
   * This same transaction acting from another region or account: writes, events, clock and generator are shared.
   * For work EC2 does on its own while the clock advances (e.g. a persistent Spot request relaunching in its region).
   */
  actingAs(region: string, account: string): Tx {
    if (region === this.region && account === this.account) return this;
    return new Tx(this.base, this.action, region, account, this);
  }

  get now(): number {
    return this.scalars.clock ?? this.base.clock;
  }

  set now(value: number) {
    this.scalars.clock = value;
  }

  get spotPrices(): World['spotPrices'] {
    return this.scalars.spotPrices ?? this.base.spotPrices;
  }

  set spotPrices(value: World['spotPrices']) {
    this.scalars.spotPrices = value;
  }

  /** On-Demand capacity limits set with sim:SetCapacity (undefined: none anywhere). */
  get capacity(): World['capacity'] {
    return 'capacity' in this.scalars ? this.scalars.capacity : this.base.capacity;
  }

  set capacity(value: World['capacity']) {
    this.scalars.capacity = value;
  }

  get billing(): World['billing'] {
    const fold = this.deferred.billing;
    if (fold) {
      this.deferred.billing = undefined;
      this.scalars.billing = fold(this.scalars.billing ?? this.base.billing);
    }
    return this.scalars.billing ?? this.base.billing;
  }

  set billing(value: World['billing']) {
    if (this.deferred.billing) void this.billing;
    this.scalars.billing = value;
  }

  /**
   * Put work on the bill off: `fold` runs on the bill as it then stands the next time anyone reads or replaces it,
   * and at finish() — never later, so nobody sees a bill without it. One deferral at a time: a pending one is done
   * first. sim:AdvanceTime uses it to add up the stretches billed at the same prices in one go.
   */
  deferBilling(fold: (bill: World['billing']) => World['billing']): void {
    if (this.deferred.billing) void this.billing;
    this.deferred.billing = fold;
  }

  get changed(): boolean {
    return this.written.size > 0 || Object.keys(this.scalars).length > 0 || this.deferred.billing !== undefined;
  }

  /** The collection as it stands in this transaction. */
  table<K extends CollectionKey>(key: K): World[K] {
    return (this.written.get(key) as World[K] | undefined) ?? this.base[key];
  }

  get<K extends CollectionKey>(key: K, id: string): ResourceOf<K> | undefined {
    return (this.table(key) as Collection<ResourceOf<K>>).get(id);
  }

  /** Every resource of a collection, in creation order (shared and read-only: copy before sorting). */
  all<K extends CollectionKey>(key: K): readonly ResourceOf<K>[] {
    return (this.table(key) as Collection<ResourceOf<K>>).values();
  }

  /** Resources of a collection in the acting region (and, unless `anyOwner`, owned by the acting account). */
  visible<K extends CollectionKey>(key: K, anyOwner = false): ResourceOf<K>[] {
    return this.all(key).filter(
      (r) => r.region === this.region && (anyOwner || r.ownerId === this.account),
    ) as ResourceOf<K>[];
  }

  /** One resource seen from the acting region and account: undefined when it lives elsewhere (AWS says NotFound). */
  find<K extends CollectionKey>(key: K, id: string): ResourceOf<K> | undefined {
    const r = this.get(key, id);
    if (!r || r.region !== this.region || r.ownerId !== this.account) return undefined;
    return r;
  }

  put<K extends CollectionKey>(key: K, id: string, value: ResourceOf<K>): ResourceOf<K> {
    const table = this.table(key) as Collection<ResourceOf<K>>;
    this.written.set(key, table.set(id, value) as Collection<unknown>);
    return value;
  }

  /** Shallow-merge a patch into a resource and store it; returns the new object. */
  update<K extends CollectionKey>(key: K, id: string, patch: Partial<ResourceOf<K>>): ResourceOf<K> {
    const current = this.get(key, id);
    if (!current) throw new Error(`update of unknown ${String(key)} ${id}`);
    const next = { ...current, ...patch } as ResourceOf<K>;
    return this.put(key, id, next);
  }

  remove<K extends CollectionKey>(key: K, id: string): void {
    const table = this.table(key) as Collection<ResourceOf<K>>;
    this.written.set(key, table.delete(id) as Collection<unknown>);
  }

  event(event: EngineEvent): void {
    this.events.push(event);
  }

  /** Draw a number in [0, 1) from the world's generator. */
  random(): number {
    const { value, state } = nextRandom(this.scalars.rng ?? this.base.rng);
    this.scalars.rng = state;
    return value;
  }

  hex(chars: number): string {
    let out = '';
    while (out.length < chars) out += Math.floor(this.random() * 0x10000).toString(16).padStart(4, '0');
    return out.slice(0, chars);
  }

  /** An AWS-style id: `i-0a1b2c…` (17 hex digits, the modern long form). */
  id(prefix: string): string {
    return `${prefix}-0${this.hex(16)}`;
  }

  /** A MAC address in AWS's locally administered range (0a:…, 02:…, 06:…, 0e:…). */
  mac(): string {
    const first = ['02', '06', '0a', '0e'][Math.floor(this.random() * 4)] ?? '0a';
    const rest = Array.from({ length: 5 }, () => this.hex(2));
    return [first, ...rest].join(':');
  }

  finish(): World {
    if (!this.changed) return this.base;
    if (this.deferred.billing) void this.billing;
    const next: World = { ...this.base, ...this.scalars };
    for (const [key, table] of this.written) (next as unknown as Record<string, unknown>)[key] = table;
    return next;
  }

}
