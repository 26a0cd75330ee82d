/** Choices for the id fields of the forms, read from the world (labels show what a learner recognises). */
import type { FormContext } from '../defaults';
import { nameTag } from '../../engine/queries';
import { AMAZON_ACCOUNT, MARKETPLACE_ACCOUNT } from '../../engine/regions';

export interface Option {
  value: string;
  label: string;
}

const inRegion = (ctx: FormContext) => {
  const region = ctx.region ?? ctx.world.homeRegion;
  return <T extends { region: string }>(r: T) => r.region === region;
};

const named = (id: string, tags: { Key: string; Value: string }[] | undefined, ...details: (string | undefined)[]) => {
  const name = nameTag({ tags });
  const extra = [name, ...details].filter(Boolean).join(', ');
  return extra ? `${id} (${extra})` : id;
};

export function zoneOptions(ctx: FormContext): Option[] {
  const region = ctx.region ?? ctx.world.homeRegion;
  return (ctx.world.regions[region]?.zones ?? []).map((z) => ({ value: z.ZoneName, label: `${z.ZoneName} (${z.ZoneId})` }));
}

export function vpcOptions(ctx: FormContext): Option[] {
  return ctx.world.vpcs
    .values()
    .filter(inRegion(ctx))
    .map((v) => ({ value: v.id, label: named(v.id, v.tags, v.cidrBlocks.map((c) => c.cidr).join(' + ')) }));
}

export function subnetOptions(ctx: FormContext): Option[] {
  return ctx.world.subnets
    .values()
    .filter(inRegion(ctx))
    .map((s) => ({ value: s.id, label: named(s.id, s.tags, s.cidr, s.az) }));
}

export function instanceOptions(ctx: FormContext): Option[] {
  return ctx.world.instances
    .values()
    .filter(inRegion(ctx))
    .map((i) => ({ value: i.id, label: named(i.id, i.tags, i.instanceType, i.az, i.state) }));
}

export function eniOptions(ctx: FormContext, filter: 'all' | 'detached' | 'attached' = 'all'): Option[] {
  return ctx.world.networkInterfaces
    .values()
    .filter(inRegion(ctx))
    .filter((e) => (filter === 'all' ? true : filter === 'attached' ? !!e.attachment : !e.attachment))
    .map((e) => ({
      value: e.id,
      label: named(
        e.id,
        e.tags,
        e.privateIps.find((p) => p.primary)?.address,
        e.az,
        e.attachment ? `eth${e.attachment.deviceIndex} of ${e.attachment.instanceId}` : 'detached',
      ),
    }));
}

/** Attachments of network interfaces (ec2:DetachNetworkInterface takes the attachment id). */
export function eniAttachmentOptions(ctx: FormContext): Option[] {
  return ctx.world.networkInterfaces
    .values()
    .filter(inRegion(ctx))
    .flatMap((e) =>
      e.attachment
        ? [{ value: e.attachment.attachmentId, label: `${e.id} — eth${e.attachment.deviceIndex} of ${e.attachment.instanceId}` }]
        : [],
    );
}

export function volumeOptions(ctx: FormContext): Option[] {
  return ctx.world.volumes
    .values()
    .filter(inRegion(ctx))
    .map((v) => ({
      value: v.id,
      label: named(v.id, v.tags, `${v.sizeGiB} GiB ${v.volumeType}`, v.az, v.attachment ? `on ${v.attachment.instanceId}` : v.state),
    }));
}

export function snapshotOptions(ctx: FormContext): Option[] {
  return ctx.world.snapshots
    .values()
    .filter(inRegion(ctx))
    .filter((s) => s.ownerId === ctx.world.account)
    .map((s) => ({ value: s.id, label: named(s.id, s.tags, `${s.volumeSizeGiB} GiB`, s.description || undefined) }));
}

export function imageOptions(ctx: FormContext): Option[] {
  return ctx.world.images
    .values()
    .filter(inRegion(ctx))
    .filter((i) => i.state !== 'deregistered' && (i.public || i.ownerId === ctx.world.account))
    .map((i) => ({ value: i.id, label: `${i.id} (${i.name}, ${i.rootDeviceType === 'ebs' ? 'EBS-backed' : 'instance store'})` }));
}

export function addressOptions(ctx: FormContext): Option[] {
  return ctx.world.addresses
    .values()
    .filter(inRegion(ctx))
    .map((a) => ({
      value: a.allocationId,
      label: `${a.publicIp} (${a.allocationId}${a.association ? `, on ${a.association.networkInterfaceId}` : ', free'})`,
    }));
}

export function associationOptions(ctx: FormContext): Option[] {
  return ctx.world.addresses
    .values()
    .filter(inRegion(ctx))
    .flatMap((a) =>
      a.association
        ? [{ value: a.association.associationId, label: `${a.publicIp} on ${a.association.networkInterfaceId}` }]
        : [],
    );
}

export function internetGatewayOptions(ctx: FormContext): Option[] {
  return ctx.world.internetGateways
    .values()
    .filter(inRegion(ctx))
    .map((g) => ({ value: g.id, label: named(g.id, g.tags, g.vpcId ? `attached to ${g.vpcId}` : 'detached') }));
}

export function securityGroupOptions(ctx: FormContext): Option[] {
  return ctx.world.securityGroups
    .values()
    .filter(inRegion(ctx))
    .map((g) => ({ value: g.id, label: `${g.id} (${g.name}, ${g.vpcId})` }));
}

/**
 * Accounts a learner can act as in the JSON editor: their own first, then every other account the world knows of
 * (owners of resources, accounts an AMI or snapshot is shared with). Amazon's and the Marketplace's own accounts
 * are left out: nobody signs in as them.
 */
export function accountOptions(world: FormContext['world']): Option[] {
  const others = new Set<string>();
  for (const image of world.images.values()) {
    others.add(image.ownerId);
    for (const account of image.launchPermissions) others.add(account);
  }
  for (const snapshot of world.snapshots.values()) {
    if (snapshot.ownerId !== world.account) others.add(snapshot.ownerId);
    for (const account of snapshot.createVolumePermissions) others.add(account);
  }
  for (const instance of world.instances.values()) if (instance.ownerId !== world.account) others.add(instance.ownerId);
  for (const notSomeone of [world.account, 'all', AMAZON_ACCOUNT, MARKETPLACE_ACCOUNT]) others.delete(notSomeone);
  return [
    { value: world.account, label: `${world.account} (your account)` },
    ...[...others].sort().map((account) => ({ value: account, label: `${account} (another account)` })),
  ];
}
