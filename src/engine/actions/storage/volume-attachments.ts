import { getInstanceType } from '../../catalog/instance-types';
import type { Instance } from '../../model/instances';
import type { Volume } from '../../model/storage';
import { mustFind } from '../../lookup';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { isoAt } from '../../time';

/**
 * Attaching EBS volumes: device names, the volumes and devices of an instance, the per-type attachment limit, and
 * ec2:AttachVolume / ec2:DetachVolume (one instance of the volume's AZ at a time, the root only while stopped).
 */

const DEVICE_NAME = /^(\/dev\/)?(sd[a-z]{1,2}\d{0,2}|xvd[a-z]{1,2}\d{0,2}|hd[a-z]\d{0,2})$/;

export function checkDeviceName(device: string): void {
  if (!DEVICE_NAME.test(device)) {
    refuse('ebs.attach.device-name', `Value (${device}) for parameter device is invalid. ${device} is not a valid EBS device name.`, {
      scope: { kind: 'parameter', to: 'Device' },
    });
  }
}

/** Volumes attached to an instance (EBS), root first then by device name. */
export function attachedVolumes(tx: Tx, instance: Instance): Volume[] {
  return tx
    .all('volumes')
    .filter((v) => v.attachment?.instanceId === instance.id)
    .sort((a, b) => {
      const ra = a.attachment?.device === instance.rootDeviceName ? 0 : 1;
      const rb = b.attachment?.device === instance.rootDeviceName ? 0 : 1;
      return ra - rb || (a.attachment?.device ?? '').localeCompare(b.attachment?.device ?? '');
    });
}

/** Device names taken on an instance: attached volumes, instance store and the root device. */
export function devicesInUse(tx: Tx, instance: Instance): Set<string> {
  const used = new Set<string>(attachedVolumes(tx, instance).map((v) => v.attachment?.device ?? ''));
  for (const store of instance.instanceStore) used.add(store.deviceName);
  if (instance.rootDeviceType === 'instance-store') used.add(instance.rootDeviceName);
  return used;
}

/**
 * How many EBS volumes the instance may have attached (rule 62). On Nitro types the type's EBS figure assumes one
 * network interface; every extra ENI takes one of the shared slots.
 */
export function ebsAttachmentLimit(tx: Tx, instance: Instance): { limit: number; enis: number; shared: boolean } {
  const info = getInstanceType(instance.instanceType);
  const nitro = info ? info.hypervisor !== 'xen' && info.ebsAttachmentLimitType !== 'dedicated' : true;
  const enis = tx.all('networkInterfaces').filter((e) => e.attachment?.instanceId === instance.id).length;
  const extra = nitro ? Math.max(0, enis - 1) : 0;
  return { limit: (info?.maxEbsAttachments ?? 27) - extra, enis, shared: nitro };
}

/** ec2:AttachVolume */
export function attachVolume(tx: Tx, p: Params) {
  const volumeId = p.str('VolumeId');
  const instanceId = p.str('InstanceId');
  const device = p.str('Device');
  const volume = mustFind(tx, 'volumes', volumeId);
  const instance = mustFind(tx, 'instances', instanceId);
  if (volume.attachment) {
    refuse('ebs.attach.in-use', `${volume.id} is already attached to an instance`, {
      resources: [volume.id, volume.attachment.instanceId],
      fix: `Detach ${volume.id} from ${volume.attachment.instanceId} first, or create a new volume from a snapshot of it for ${instance.id}.`,
    });
  }
  if (volume.az !== instance.az) {
    refuse('ebs.attach.same-az', `The volume '${volume.id}' is not in the same availability zone as instance '${instance.id}'`, {
      resources: [volume.id, instance.id],
      scope: { kind: 'availability-zone', from: volume.az, to: instance.az },
      fix: `Snapshot ${volume.id}, create a volume from it in ${instance.az}, attach that.`,
    });
  }
  if (instance.state !== 'running' && instance.state !== 'stopped') {
    refuse('ebs.attach.instance-state', `Instance '${instance.id}' is not 'running'.`, {
      resources: [instance.id],
      scope: { kind: 'state', from: instance.state, to: 'running' },
    });
  }
  checkDeviceName(device);
  if (devicesInUse(tx, instance).has(device)) {
    refuse('ebs.attach.device-in-use', `Invalid value '${device}' for unixDevice. Attachment point ${device} is already in use`, {
      resources: [instance.id],
      scope: { kind: 'parameter', to: 'Device' },
    });
  }
  const { limit, enis, shared } = ebsAttachmentLimit(tx, instance);
  const count = attachedVolumes(tx, instance).length;
  if (count >= limit) {
    refuse(
      'ebs.attach.limit',
      `Attachment limit exceeded for instance '${instance.id}': ${instance.instanceType} allows ${limit} EBS volumes${shared ? ` with ${enis} network interface${enis === 1 ? '' : 's'} attached` : ''} and ${count} are attached.`,
      { resources: [instance.id, volume.id], scope: { kind: 'quota', to: instance.instanceType } },
    );
  }
  const attachment = { instanceId: instance.id, device, deleteOnTermination: false, attachTime: tx.now };
  tx.update('volumes', volume.id, { state: 'in-use', attachment });
  tx.event({
    type: 'attached',
    message: `Volume ${volume.id} attached to ${instance.id} as ${device} (DeleteOnTermination false: it survives termination).`,
    resourceId: volume.id,
    from: 'available',
    to: 'in-use',
  });
  return {
    AttachTime: isoAt(tx.now),
    Device: device,
    InstanceId: instance.id,
    State: 'attached',
    VolumeId: volume.id,
    DeleteOnTermination: false,
  };
}

/** ec2:DetachVolume */
export function detachVolume(tx: Tx, p: Params) {
  const volume = mustFind(tx, 'volumes', p.str('VolumeId'));
  const instanceId = p.optStr('InstanceId');
  const device = p.optStr('Device');
  p.optBool('Force');
  const attachment = volume.attachment;
  if (!attachment || (instanceId !== undefined && attachment.instanceId !== instanceId) || (device !== undefined && attachment.device !== device)) {
    const target = instanceId ?? attachment?.instanceId;
    return refuse(
      'ebs.detach.not-attached',
      target && attachment ? `The volume '${volume.id}' is not attached to instance '${target}'.` : `The volume '${volume.id}' is not attached.`,
      { resources: [volume.id, ...(target ? [target] : [])] },
    );
  }
  const instance = tx.get('instances', attachment.instanceId);
  if (instance && attachment.device === instance.rootDeviceName && instance.state !== 'stopped') {
    refuse('ebs.detach.root-running', `Unable to detach root volume '${volume.id}' from instance '${instance.id}'`, {
      resources: [volume.id, instance.id],
      scope: { kind: 'state', from: instance.state, to: 'stopped' },
      fix: `Stop ${instance.id} first, then detach ${volume.id}.`,
    });
  }
  tx.update('volumes', volume.id, { state: 'available', attachment: undefined });
  tx.event({
    type: 'detached',
    message: `Volume ${volume.id} detached from ${attachment.instanceId} (${attachment.device}); it keeps its data and is available.`,
    resourceId: volume.id,
    from: 'in-use',
    to: 'available',
  });
  return {
    AttachTime: isoAt(attachment.attachTime),
    Device: attachment.device,
    InstanceId: attachment.instanceId,
    State: 'detached',
    VolumeId: volume.id,
    DeleteOnTermination: attachment.deleteOnTermination,
  };
}
