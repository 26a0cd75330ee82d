import type { Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { defineActions } from '../action-def';
import { regionOfZone } from '../sim-region';

/**
 * Failure drills (sim:FailAvailabilityZone / sim:RestoreAvailabilityZone): while a zone is down, its running
 * instances fail their system status checks and stop answering, nothing launches there, and load balancer nodes
 * in it stop serving. Recovery heals what the failure impaired; Auto Scaling rebalances on its next cycle.
 */

function zoneRegion(tx: Tx, az: string): string {
  return regionOfZone(tx.base, az) ?? refuse('zone.unknown', `The Availability Zone '${az.slice(0, 40)}' is not one of the lab's zones.`, { scope: { kind: 'availability-zone', to: az.slice(0, 40) } });
}

function zoneName(tx: Tx, region: string, az: string): string {
  return tx.base.regions[region]?.zones.find((z) => z.ZoneName === az || z.ZoneId === az)?.ZoneName ?? az;
}

export function failZone(tx: Tx, az: string): string[] {
  const impaired: string[] = [];
  for (const instance of tx.all('instances')) {
    if (instance.az !== az || instance.state !== 'running') continue;
    impaired.push(instance.id);
    tx.update('instances', instance.id, {
      status: { ...instance.status, system: 'impaired', systemCause: 'power', impairedSince: tx.now },
    });
    tx.event({ type: 'status-check', message: `${instance.id} lost power with ${az}: its system status check is impaired.`, resourceId: instance.id, from: 'ok', to: 'impaired', data: { check: 'system', cause: 'power' } });
  }
  return impaired;
}

export function restoreZone(tx: Tx, az: string): boolean {
  const failure = tx.get('zoneFailures', az);
  if (!failure) return false;
  tx.remove('zoneFailures', az);
  for (const id of failure.impaired) {
    const instance = tx.get('instances', id);
    if (!instance || instance.status.system !== 'impaired' || instance.status.systemCause !== 'power') continue;
    const { systemCause: _c, impairedSince: _s, ...rest } = instance.status;
    tx.update('instances', id, { status: { ...rest, system: 'ok' } });
  }
  tx.event({ type: 'zone-restored', message: `${az} is back: its instances answer again and launches there work.`, resourceId: az, from: 'failed', to: 'available' });
  return true;
}

function failAvailabilityZone(tx: Tx, p: Params) {
  const asked = p.str('AvailabilityZone');
  const region = zoneRegion(tx, asked);
  const az = zoneName(tx, region, asked);
  if (p.optBool('Recover') === true) {
    const restored = restoreZone(tx, az);
    return { AvailabilityZone: az, State: 'available', Restored: restored };
  }
  if (tx.get('zoneFailures', az)) return { AvailabilityZone: az, State: 'impaired', ImpairedInstances: tx.get('zoneFailures', az)?.impaired ?? [] };
  const impaired = failZone(tx, az);
  tx.put('zoneFailures', az, { ownerId: tx.base.account, region, tags: [], id: az, since: tx.now, impaired });
  tx.event({
    type: 'zone-failed',
    message: `${az} failed: ${impaired.length} instance(s) there stopped answering, load balancer nodes in it stop serving and nothing launches there.`,
    resourceId: az,
    from: 'available',
    to: 'failed',
  });
  return { AvailabilityZone: az, State: 'impaired', ImpairedInstances: impaired };
}

function restoreAvailabilityZone(tx: Tx, p: Params) {
  const asked = p.str('AvailabilityZone');
  const az = zoneName(tx, zoneRegion(tx, asked), asked);
  return { AvailabilityZone: az, State: 'available', Restored: restoreZone(tx, az) };
}

export const AZ_FAILURE_ACTIONS = defineActions([
  {
    type: 'sim:FailAvailabilityZone',
    summary: 'Fail a zone: its instances stop answering, launches there fail, load balancer nodes there stop (Recover: true heals).',
    run: failAvailabilityZone,
  },
  { type: 'sim:RestoreAvailabilityZone', summary: 'Bring a failed zone back.', run: restoreAvailabilityZone },
]);
