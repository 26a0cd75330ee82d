/** The palette's attach forms and drag-to-attach on the canvas propose the same device index and device name. */
import { describe, expect, it } from 'vitest';
import { apply, type Action, type World } from '../../engine';
import { attachCandidates, attachSource } from '../../view-model/attach-targets';
import { classroom } from '../../test/worlds';
import { formSpec, initialValues } from './specs';

function run(world: World, action: Action): World {
  const r = apply(world, action);
  if (!r.ok) throw new Error(`${action.type}: ${r.error.code} ${r.error.message}`);
  return r.world;
}

/** What the form proposes for `field` once `InstanceId` is that instance, with `source` selected. */
function formProposal(world: World, type: string, source: string, instanceId: string, field: string) {
  const spec = formSpec(type)!;
  const values = initialValues(spec, { world, selection: source });
  expect(values.InstanceId).toBeDefined();
  const changed = spec.fields.find((f) => f.name === field)!;
  return changed.initial({ world, selection: source }, { ...values, InstanceId: instanceId });
}

/** What a drop of `source` on `instanceId` would dispatch. */
function dragProposal(world: World, source: string, instanceId: string, param: string) {
  const candidate = attachCandidates(world, attachSource(world, source)!).find((c) => c.targetId === instanceId)!;
  return String(candidate.action.params?.[param]);
}

describe('forms and drag-to-attach agree', () => {
  const t = classroom();

  it('on the device name, past /dev/sdp and around the root device', () => {
    let world = t.b.world;
    for (const letter of 'fghijklmnop') {
      const created = apply(world, { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 1 } });
      if (!created.ok) throw new Error(created.error.message);
      world = run(created.world, {
        type: 'ec2:AttachVolume',
        params: { VolumeId: created.response.VolumeId, InstanceId: t.web, Device: `/dev/sd${letter}` },
      });
    }
    const form = formProposal(world, 'ec2:AttachVolume', t.volA, t.web, 'Device');
    expect(form).toBe(dragProposal(world, t.volA, t.web, 'Device'));
    // The forms used to stop at /dev/sdp and fall back to /dev/sdf, which was taken.
    expect(form).toBe('/dev/sdq');
    const fresh = t.b.world;
    expect(formProposal(fresh, 'ec2:AttachVolume', t.volA, t.web, 'Device')).toBe(dragProposal(fresh, t.volA, t.web, 'Device'));
  });

  it('on the device index', () => {
    let world = t.b.world;
    expect(formProposal(world, 'ec2:AttachNetworkInterface', t.eniA, t.web, 'DeviceIndex')).toBe(dragProposal(world, t.eniA, t.web, 'DeviceIndex'));
    world = run(world, { type: 'ec2:AttachNetworkInterface', params: { NetworkInterfaceId: t.eniA, InstanceId: t.web, DeviceIndex: 1 } });
    const created = apply(world, { type: 'ec2:CreateNetworkInterface', params: { SubnetId: t.subnetA } });
    if (!created.ok) throw new Error(created.error.message);
    const eni = created.response.NetworkInterface.NetworkInterfaceId;
    const form = formProposal(created.world, 'ec2:AttachNetworkInterface', eni, t.web, 'DeviceIndex');
    expect(form).toBe(dragProposal(created.world, eni, t.web, 'DeviceIndex'));
    expect(form).toBe('2');
  });
});
