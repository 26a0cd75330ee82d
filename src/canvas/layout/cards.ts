/**
 * The cards of the canvas (instances with their chips, loose interfaces, volumes, Elastic IPs, shelf items), shared
 * by the network and the physical lens. Sizes come from sizes.ts; each card is a Block its group places.
 */
import type { World } from '../../engine';
import type {
  ElasticIp,
  Instance,
  LabFlowNode,
  NetworkInterface,
  ShelfItemNodeData,
  Volume,
} from '../flow-types';
import { elasticIpsOf, instanceAddresses, interfaceAddresses, nameTag, type WorldIndex } from '../../view-model/world-index';
import { checksKey, instanceChecks } from '../../view-model/status-checks';
import { FIXED, MOVABLE, reusing, type Block } from './block';
import { pack, rowWidth } from './pack';
import { SIZE, Z } from './sizes';

const S = SIZE;

// ── leaves ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** A card's header: its title, state, addresses and status checks; a named instance has its ID on a line of its own. */
function instanceHeaderHeight(named: boolean): number {
  return S.instanceHeader + (named ? S.idLine : 0);
}

function instanceHeight(chips: number, named = false): number {
  return instanceHeaderHeight(named) + (chips ? chips * (S.chipHeight + S.chipGap) - S.chipGap + S.chipInset : 0);
}

function eniChip(index: WorldIndex, eni: NetworkInterface, parentId: string, y: number): LabFlowNode {
  const addresses = interfaceAddresses(index, eni);
  return {
    id: eni.id,
    type: 'eni',
    parentId,
    position: { x: S.chipInset, y },
    width: S.cardWidth - 2 * S.chipInset,
    height: S.chipHeight,
    zIndex: Z.chip,
    data: { eni, ...addresses, deviceIndex: eni.attachment?.deviceIndex },
    ...FIXED,
  };
}

function volumeChip(volume: Volume, parentId: string, y: number): LabFlowNode {
  return {
    id: volume.id,
    type: 'volume',
    parentId,
    position: { x: S.chipInset, y },
    width: S.cardWidth - 2 * S.chipInset,
    height: S.chipHeight,
    zIndex: Z.chip,
    data: { volume, chip: true },
    ...FIXED,
  };
}

type CardLens = 'network' | 'physical';

/** The instance cards of earlier derivations, by instance object, with what else each was built from. */
const cards: Record<CardLens, WeakMap<Instance, { inputs: readonly unknown[]; block: Block }>> = {
  network: new WeakMap(),
  physical: new WeakMap(),
};

/** Forget every card (tests that derive from scratch). */
export function forgetCards(): void {
  cards.network = new WeakMap();
  cards.physical = new WeakMap();
  looseEnis = new WeakMap();
}

/** Ends each interface's run of Elastic IPs in a card's inputs (an address moving between interfaces changes them). */
const NEXT = Symbol('next');

/**
 * An instance card with its interfaces (and, in the network lens, its volumes) as chips. A card is a function of the
 * instance, its interfaces with their Elastic IPs, and its volumes: when none of those objects changed (worlds are
 * persistent, so an untouched resource is the same object), the card of the last derivation is reused, and where it
 * is placed as before its nodes are the very same objects.
 */
export function instanceBlock(index: WorldIndex, instance: Instance, lens: CardLens): Block {
  const enis = index.enisByInstance.get(instance.id) ?? [];
  const volumes = index.volumesByInstance.get(instance.id) ?? [];
  const inputs: unknown[] = [];
  for (const eni of enis) inputs.push(eni, ...elasticIpsOf(index.world, eni.id), NEXT);
  inputs.push(...volumes);
  const cached = cards[lens].get(instance);
  if (cached && cached.inputs.length === inputs.length && cached.inputs.every((x, i) => x === inputs[i])) return cached.block;
  const block = reusing(buildInstanceBlock(index, instance, lens));
  cards[lens].set(instance, { inputs, block });
  return block;
}

function buildInstanceBlock(index: WorldIndex, instance: Instance, lens: CardLens): Block {
  const enis = index.enisByInstance.get(instance.id) ?? [];
  const volumes = lens === 'network' ? (index.volumesByInstance.get(instance.id) ?? []) : [];
  const name = nameTag(instance);
  const height = instanceHeight(enis.length + volumes.length, name !== undefined);
  const checks = instanceChecks(instance, index.volumesByInstance.get(instance.id) ?? []);
  return {
    width: S.cardWidth,
    height,
    emit(out, parentId, x, y) {
      out.push({
        id: instance.id,
        type: 'instance',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: S.cardWidth,
        height,
        zIndex: Z.instance,
        data: { instance, name, ...instanceAddresses(index, instance), lens, checks: checksKey(checks) },
        ...FIXED,
      });
      let chipY = instanceHeaderHeight(name !== undefined);
      for (const eni of enis) {
        out.push(eniChip(index, eni, instance.id, chipY));
        chipY += S.chipHeight + S.chipGap;
      }
      for (const volume of volumes) {
        out.push(volumeChip(volume, instance.id, chipY));
        chipY += S.chipHeight + S.chipGap;
      }
    },
  };
}

/** Detached interfaces' cards of earlier derivations, by interface object, with the Elastic IPs each showed. */
let looseEnis = new WeakMap<NetworkInterface, { eips: readonly unknown[]; block: Block }>();

/** A detached interface's card: reused, like an instance card, while the interface and its Elastic IPs are unchanged. */
export function looseEniBlock(index: WorldIndex, eni: NetworkInterface): Block {
  const eips = elasticIpsOf(index.world, eni.id);
  const cached = looseEnis.get(eni);
  if (cached && cached.eips.length === eips.length && cached.eips.every((x, i) => x === eips[i])) return cached.block;
  const block = reusing(buildLooseEniBlock(index, eni));
  looseEnis.set(eni, { eips, block });
  return block;
}

function buildLooseEniBlock(index: WorldIndex, eni: NetworkInterface): Block {
  return {
    width: S.cardWidth,
    height: S.looseEniHeight,
    emit(out, parentId, x, y) {
      out.push({
        id: eni.id,
        type: 'eni',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: S.cardWidth,
        height: S.looseEniHeight,
        zIndex: Z.card,
        data: { eni, ...interfaceAddresses(index, eni), deviceIndex: undefined },
        ...MOVABLE,
      });
    },
  };
}

export function volumeCardBlock(volume: Volume): Block {
  return {
    width: S.smallCardWidth,
    height: S.smallCardHeight,
    emit(out, parentId, x, y) {
      out.push({
        id: volume.id,
        type: 'volume',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: S.smallCardWidth,
        height: S.smallCardHeight,
        zIndex: Z.card,
        data: { volume, chip: false },
        ...(volume.attachment ? FIXED : MOVABLE),
      });
    },
  };
}

export function eipBlock(world: World, eip: ElasticIp): Block {
  const eni = eip.association ? world.networkInterfaces.get(eip.association.networkInterfaceId) : undefined;
  const target = eni?.attachment?.instanceId ?? eni?.id;
  return {
    width: S.smallCardWidth,
    height: S.smallCardHeight,
    emit(out, parentId, x, y) {
      out.push({
        id: eip.allocationId,
        type: 'eip',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: S.smallCardWidth,
        height: S.smallCardHeight,
        zIndex: Z.card,
        data: { eip, target },
        ...MOVABLE,
      });
    },
  };
}

export function shelfItemBlock(id: string, data: ShelfItemNodeData): Block {
  return {
    width: S.smallCardWidth,
    height: S.smallCardHeight,
    emit(out, parentId, x, y) {
      out.push({
        id,
        type: 'shelfItem',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: S.smallCardWidth,
        height: S.smallCardHeight,
        zIndex: Z.card,
        data,
        ...FIXED,
      });
    },
  };
}

/** Cards packed in a grid `columns` wide. */
export function packCards(blocks: readonly Block[], columns: number, cardWidth: number = S.cardWidth) {
  return pack(blocks, rowWidth(columns, cardWidth, S.cardGap), S.cardGap);
}

