/**
 * Helpers for the scenario tests: open a fragment down to its wire JSON (to tamper with it the way a hostile or
 * damaged link would) and pack any JSON back into a well-formed fragment with a valid checksum.
 */
import { packUnchecked, seal, unseal } from './envelope';
import { IdExpander, IdShortener } from './ids';
import { mapStrings, type Obj } from './json';
import { LIMITS } from './limits';

/** The wire document inside a fragment, ids expanded back to their long form. */
export function openWire(fragment: string): Obj {
  const unsealed = unseal(fragment);
  if (!unsealed.ok) throw new Error(`not a fragment: ${unsealed.error.code}`);
  const raw = JSON.parse(unsealed.json) as Obj;
  const seed = typeof raw.seed === 'number' ? raw.seed : 1;
  return mapStrings(raw, (s) => new IdExpander(seed).expand(s), LIMITS.maxDepth) as Obj;
}

/** Pack any JSON value as a fragment (ids of `seed`'s stream shortened when `draws` is given; as is otherwise). */
export function sealWire(doc: unknown, seed = 1, draws = 0): string {
  if (draws === 0) return packUnchecked(JSON.stringify(doc));
  const shortener = new IdShortener(seed, draws);
  return seal(JSON.stringify(mapStrings(doc, (s) => shortener.shorten(s), 1000)));
}

/** A small seeded generator for fuzzing (the scenario code must not use Math.random). */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
