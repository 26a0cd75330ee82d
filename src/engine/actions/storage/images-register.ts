import type { Image } from '../../model/storage';
import type { Params } from '../../params';
import { missing } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { checkImageName, findOwnedImage, newEbsImage } from './image-lookup';
import { newMapping, readMappings } from './image-mappings';

/** ec2:RegisterImage (an AMI from EBS snapshots) and ec2:DeregisterImage (no new launches; snapshots kept or deleted). */

/** ec2:RegisterImage */
export function registerImage(tx: Tx, p: Params) {
  const name = p.str('Name');
  checkImageName(tx, name);
  if (p.has('ImageLocation')) {
    refuse('request.invalid-combination', 'The lab registers AMIs from EBS snapshots only: ImageLocation (S3 bundles) is not modelled.', {
      scope: { kind: 'parameter', to: 'ImageLocation' },
    });
  }
  const rootDeviceName = p.str('RootDeviceName');
  const requested = readMappings(p);
  const root = requested.find((m) => m.DeviceName === rootDeviceName);
  if (!root?.Ebs?.SnapshotId) return missing(`BlockDeviceMapping ${rootDeviceName}.Ebs.SnapshotId`);
  const mappings = requested.filter((m) => !m.NoDevice).map((m) => newMapping(tx, m));
  const architecture = p.optEnum('Architecture', ['x86_64', 'arm64'] as const) ?? 'x86_64';
  const image = newEbsImage(tx, {
    tags: p.tagsFor('image'),
    id: tx.id('ami'),
    name,
    description: p.optStr('Description') ?? '',
    rootDeviceName,
    blockDeviceMappings: mappings,
    architecture,
    platformDetails: 'Linux/UNIX',
  });
  tx.put('images', image.id, image);
  tx.event({ type: 'created', message: `AMI ${image.id} '${name}' registered from ${root.Ebs.SnapshotId}.`, resourceId: image.id });
  return { ImageId: image.id };
}

/** Snapshots an image uses. */
function imageSnapshotIds(image: Image): string[] {
  return image.blockDeviceMappings.flatMap((m) => (m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []));
}

/** ec2:DeregisterImage */
export function deregisterImage(tx: Tx, p: Params) {
  const image = findOwnedImage(tx, p.str('ImageId'), 'deregister');
  const deleteSnapshots = p.bool('DeleteAssociatedSnapshots', false);
  tx.update('images', image.id, { state: 'deregistered', public: false, launchPermissions: [] });
  tx.event({
    type: 'deleted',
    message: `AMI ${image.id} deregistered: no new launches; instances already running from it are not affected.`,
    resourceId: image.id,
    from: image.state,
    to: 'deregistered',
  });
  const results: { SnapshotId: string; ReturnCode: string }[] = [];
  const ids = imageSnapshotIds(image);
  if (deleteSnapshots) {
    for (const id of ids) {
      const snap = tx.get('snapshots', id);
      const usedElsewhere = tx
        .all('images')
        .some((i) => i.id !== image.id && i.state !== 'deregistered' && imageSnapshotIds(i).includes(id));
      if (!snap || snap.ownerId !== tx.account || usedElsewhere) {
        results.push({ SnapshotId: id, ReturnCode: usedElsewhere ? 'error-generic' : 'client-error' });
        continue;
      }
      tx.remove('snapshots', id);
      tx.event({ type: 'deleted', message: `Snapshot ${id} of ${image.id} deleted.`, resourceId: id });
      results.push({ SnapshotId: id, ReturnCode: 'success' });
    }
  } else if (ids.length) {
    tx.event({
      type: 'notice',
      message: `The snapshots of ${image.id} (${ids.join(', ')}) were kept and still cost storage; delete them or use DeleteAssociatedSnapshots.`,
      resourceId: image.id,
    });
  }
  return { Return: true, ...(deleteSnapshots ? { DeleteSnapshotResults: results } : {}) };
}
