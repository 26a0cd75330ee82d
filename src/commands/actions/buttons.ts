/** The inspector's buttons for a selected resource, collected from the descriptors that offer one for its kind. */
import type { Action, World } from '../../engine';
import { DESCRIPTORS } from './index';
import { BUTTON_COLLECTION, type AnyButtonSpec, type ButtonKind, type ZoneTarget } from './types';

export interface InspectorButton {
  label: string;
  action: Action;
  danger?: boolean;
  /** An on/off setting: shown as a switch in this state; pressing it dispatches `action` (the opposite). */
  on?: boolean;
}

const BY_KIND = new Map<ButtonKind, { type: string; spec: AnyButtonSpec }[]>();
for (const d of DESCRIPTORS) {
  for (const spec of d.buttons ?? []) BY_KIND.set(spec.kind, [...(BY_KIND.get(spec.kind) ?? []), { type: d.type, spec }]);
}

const isButtonKind = (kind: string): kind is ButtonKind => kind === 'az' || kind in BUTTON_COLLECTION;

/** A zone of the world by its name, with whether it is down. */
function zoneTarget(world: World, zoneName: string): ZoneTarget | undefined {
  for (const region of Object.values(world.regions)) {
    const zone = region.zones.find((z) => z.ZoneName === zoneName);
    if (zone) return { ZoneName: zone.ZoneName, ZoneId: zone.ZoneId, region: region.name, failed: world.zoneFailures.get(zone.ZoneName) !== undefined };
  }
  return undefined;
}

function buttonTarget(kind: ButtonKind, id: string, world: World): unknown {
  return kind === 'az' ? zoneTarget(world, id) : world[BUTTON_COLLECTION[kind]].get(id);
}

/** Engine actions offered for a selected resource, in descriptor order. Which succeed is for the engine to say. */
export function inspectorButtons(kind: string, id: string, world: World, region: string): InspectorButton[] {
  if (!isButtonKind(kind)) return [];
  const resource = buttonTarget(kind, id, world);
  if (!resource) return [];
  // Each spec's callbacks take the resource of its own kind, which `resource` is (looked up by that kind).
  const r = resource as never;
  return (BY_KIND.get(kind) ?? [])
    .filter(({ spec }) => !spec.when || spec.when(r, world))
    .map(({ type, spec }) => ({
      label: spec.label,
      action: { type, params: spec.params(r, id), region },
      ...(spec.danger ? { danger: true } : {}),
      ...(spec.on ? { on: spec.on(r) } : {}),
    }));
}
