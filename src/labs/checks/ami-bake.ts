import type { Check } from './check';
import { volumesOf, type World } from '../../engine';
import type { Instance } from '../../engine/model/instances';
import { instanceWith } from '../goals';

/** The AZ of the instance an image was baked from, if it still exists. */
function sourceAz(world: World, instance: Instance): string | undefined {
  const image = world.images.get(instance.imageId);
  return image?.sourceInstanceId ? world.instances.get(image.sourceInstanceId)?.az : undefined;
}

export const amiBakeChecks = {
  "ami-bake/instance-amazon-s-ami-has-extra": (instanceWith(
          { fromOwnImage: false, where: (i, w) => volumesOf(w, i.id).length >= 2 },
          { label: "An instance from Amazon's AMI has an extra data volume" },
        )).test,
  "ami-bake/instance-ami-runs-another-az-both": (instanceWith(
          {
            fromOwnImage: true,
            state: 'running',
            where: (i, w) => volumesOf(w, i.id).length >= 2 && sourceAz(w, i) !== undefined && sourceAz(w, i) !== i.az,
          },
          { label: 'An instance from your AMI runs in another AZ, with both volumes' },
        )).test,
} satisfies Record<string, Check>;
