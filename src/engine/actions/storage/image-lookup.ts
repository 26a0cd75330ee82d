import type { Image } from '../../model/storage';
import { mustFind, notFound } from '../../lookup';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';

/** Which AMIs an account may see, launch or change, and the naming rules and defaults of a new AMI (rules 65–70). */

/** Whether an account may see and launch an AMI: its owner, a public AMI, or an explicit launch permission. */
export function canLaunch(image: Image, account: string): boolean {
  return image.ownerId === account || image.public || image.launchPermissions.includes(account);
}

/** An AMI of a region the acting account can see (owned, public or shared); InvalidAMIID.NotFound otherwise. */
export function findVisibleImage(tx: Tx, id: string, region = tx.region): Image {
  const image = tx.get('images', id);
  if (image && image.region === region && image.state !== 'deregistered' && canLaunch(image, tx.account)) return image;
  if (region === tx.region && image?.ownerId === tx.account && image.region !== region) return mustFind(tx, 'images', id);
  return notFound('images', id);
}

/** An AMI the acting account owns (refused with AuthFailure when it can only see it). */
export function findOwnedImage(tx: Tx, id: string, verb: string): Image {
  const image = findVisibleImage(tx, id);
  if (image.ownerId !== tx.account) {
    refuse('ami.modify.not-owner', `Not authorized for image:${image.id}. Only its owner ${image.ownerId} can ${verb} it.`, {
      resources: [image.id],
      scope: { kind: 'account', from: tx.account, to: image.ownerId },
      fix: `Copy ${image.id} into your account with CopyImage and ${verb} the copy.`,
    });
  }
  return image;
}

const AMI_NAME = /^[A-Za-z0-9()[\] ./\-'@_]{3,128}$/;

/** Name rules of CreateImage/CopyImage/RegisterImage: 3–128 allowed characters, unique per account and region. */
export function checkImageName(tx: Tx, name: string): void {
  if (!AMI_NAME.test(name)) {
    refuse(
      'ami.name.malformed',
      "AMI names must be between 3 and 128 characters long, and may contain letters, numbers, '(', ')', '.', '-', '/' and '_'",
      { scope: { kind: 'parameter', to: 'Name' }, resources: [] },
    );
  }
  const taken = tx
    .all('images')
    .find((i) => i.ownerId === tx.account && i.region === tx.region && i.state !== 'deregistered' && i.name === name);
  if (taken) {
    refuse('ami.name.duplicate', `AMI name ${name} is already in use by AMI ${taken.id}`, {
      resources: [taken.id],
      fix: `Pick another name than '${name}' (names are unique per account and region), or deregister ${taken.id}.`,
    });
  }
}

/** What CreateImage and RegisterImage choose about a new AMI; the rest newEbsImage fills in. */
export type NewImage = Pick<
  Image,
  'tags' | 'id' | 'name' | 'description' | 'rootDeviceName' | 'blockDeviceMappings' | 'architecture' | 'platformDetails'
>;

/** A new EBS-backed AMI of the acting account, made now: private, available, shared with no one. */
export function newEbsImage(tx: Tx, spec: NewImage): Image {
  return {
    ownerId: tx.account,
    region: tx.region,
    tags: spec.tags,
    id: spec.id,
    name: spec.name,
    description: spec.description,
    state: 'available',
    public: false,
    launchPermissions: [],
    rootDeviceType: 'ebs',
    rootDeviceName: spec.rootDeviceName,
    blockDeviceMappings: spec.blockDeviceMappings,
    architecture: spec.architecture,
    platformDetails: spec.platformDetails,
    creationDate: tx.now,
  };
}
