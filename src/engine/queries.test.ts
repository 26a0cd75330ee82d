import { describe, expect, it } from 'vitest';
import { apply, type Action, type World } from './index';
import { addressesOf, interfacesOf, nameTag, nextDeviceIndex, nextDeviceName, primaryInterfaceOf, volumesOf } from './queries';
import { classroom } from '../test/worlds';

function run(world: World, action: Action): { world: World; response: any } {
  const r = apply(world, action);
  if (!r.ok) throw new Error(`${action.type}: ${r.error.code} ${r.error.message}`);
  return r;
}

describe('world queries', () => {
  const t = classroom();
  const world = t.b.world;

  it('list an instance’s interfaces eth0 first, and its primary one', () => {
    const attached = run(world, { type: 'ec2:AttachNetworkInterface', params: { NetworkInterfaceId: t.eniA, InstanceId: t.web, DeviceIndex: 1 } }).world;
    expect(interfacesOf(attached, t.web).map((e) => e.attachment?.deviceIndex)).toEqual([0, 1]);
    expect(primaryInterfaceOf(attached, t.web)?.attachment?.deviceIndex).toBe(0);
    expect(interfacesOf(attached, 'i-none')).toEqual([]);
    // cached per world: the same answer object for the same world, a new one for the next world
    expect(interfacesOf(attached, t.web)).toBe(interfacesOf(attached, t.web));
    expect(interfacesOf(world, t.web)).toHaveLength(1);
  });

  it('list an instance’s volumes root first, and propose free device indexes and names', () => {
    const root = world.instances.get(t.web)!.rootDeviceName;
    expect(volumesOf(world, t.web)[0]?.attachment?.device).toBe(root);
    expect(nextDeviceIndex(world, t.web)).toBe(1);
    expect(nextDeviceIndex(world, undefined)).toBe(1);
    expect(nextDeviceName(world, t.web)).toBe('/dev/sdf');
    const next = run(world, { type: 'ec2:AttachVolume', params: { VolumeId: t.volA, InstanceId: t.web, Device: '/dev/xvdf' } }).world;
    expect(nextDeviceName(next, t.web)).toBe('/dev/sdg');
    expect(volumesOf(next, t.web)).toHaveLength(2);
  });

  it('give an interface’s addresses, the Elastic IP over the dynamic one, and the Name tag', () => {
    const eth0 = primaryInterfaceOf(world, t.web)!;
    const before = addressesOf(world, eth0);
    expect(before.privateIp).toMatch(/^10\.0\.1\./);
    const after = run(world, { type: 'ec2:AssociateAddress', params: { AllocationId: t.eip, InstanceId: t.web } }).world;
    const eip = after.addresses.get(t.eip)!;
    expect(addressesOf(after, primaryInterfaceOf(after, t.web)!)).toEqual({ privateIp: before.privateIp, publicIp: eip.publicIp, elastic: true });
    expect(nameTag({ tags: [{ Key: 'Name', Value: 'web' }] })).toBe('web');
    expect(nameTag({ tags: [{ Key: 'Name', Value: '' }] })).toBeUndefined();
    expect(nameTag(undefined)).toBeUndefined();
  });

  it('share the lists of collections an action left alone, and order again those it changed', () => {
    const renamed = run(world, { type: 'ec2:CreateTags', params: { Resources: [t.web], Tags: [{ Key: 'Name', Value: 'web' }] } }).world;
    expect(renamed.networkInterfaces).toBe(world.networkInterfaces);
    expect(interfacesOf(renamed, t.web)).toBe(interfacesOf(world, t.web));
    expect(volumesOf(renamed, t.web)).toBe(volumesOf(world, t.web));
    const attached = run(renamed, { type: 'ec2:AttachVolume', params: { VolumeId: t.volA, InstanceId: t.web, Device: '/dev/sdb' } }).world;
    expect(volumesOf(attached, t.web).map((v) => v.attachment?.device)).toEqual([world.instances.get(t.web)!.rootDeviceName, '/dev/sdb']);
    expect(volumesOf(renamed, t.web)).toHaveLength(1);
  });
});
