import { expect } from 'vitest';
import { apply, describe } from './apply';
import type { World } from './model/world';
import type { Action, EngineError, EngineEvent } from './types';
import { documentedFilters } from './filter-names';

/**
 * Test helpers for the engine. Tests build worlds only by applying actions (never by writing internals) and
 * deep-freeze every input world, so a handler that mutates its input fails loudly.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export interface Accepted {
  world: World;
  response: any;
  events: EngineEvent[];
}

type Extra = Pick<Action, 'region' | 'account'>;

/** Apply an action that must be accepted; fails the test with the refusal otherwise. */
export function ok(world: World, type: string, params: Record<string, unknown> = {}, extra: Extra = {}): Accepted {
  deepFreeze(world);
  const result = apply(world, { type, params, ...extra });
  if (!result.ok) {
    expect.fail(`${type} was refused: ${result.error.code} (${result.error.rule}) ${result.error.message}`);
  }
  return { world: result.world, response: result.response, events: result.events };
}

/** Apply an action that must be refused; checks the world is untouched and returns the error. */
export function no(world: World, type: string, params: Record<string, unknown> = {}, extra: Extra = {}): EngineError {
  deepFreeze(world);
  const before = JSON.stringify(world);
  const result = apply(world, { type, params, ...extra });
  if (result.ok) expect.fail(`${type} was accepted but should have been refused`);
  expect(result.world).toBe(world);
  expect(JSON.stringify(result.world)).toBe(before);
  expect(result.error.message.length).toBeGreaterThan(0);
  expect(result.error.concept.length).toBeGreaterThan(0);
  return result.error;
}

/** The first of Amazon's public AMIs in a Region with the given root device type, found with DescribeImages. */
export function amazonAmi(world: World, root: 'ebs' | 'instance-store' = 'ebs', region = 'us-east-1'): string {
  const images = describe(
    world,
    'ec2:DescribeImages',
    { Owners: ['amazon'], Filters: [{ Name: 'root-device-type', Values: [root] }] },
    region,
  ).Images;
  return images[0].ImageId;
}

/**
 * The documented filter names of `action` (less `unmodelled`) that find nothing in `world` when asked for any value,
 * or are refused: what a coverage test expects to be empty. `params` are the other members the action needs.
 */
export function silentFilters(world: World, action: string, unmodelled: readonly string[], params: Record<string, unknown> = {}): string[] {
  const names = [...(documentedFilters(action) ?? [])];
  if (names.length === 0) return [`${action} has no documented filter names`];
  const silent: string[] = [];
  for (const name of names.filter((n) => !unmodelled.includes(n))) {
    const r = apply(world, { type: action, params: { ...params, Filters: [{ Name: name, Values: ['*'] }] } });
    if (!r.ok) {
      silent.push(`${name} (refused: ${r.error.code})`);
      continue;
    }
    const list = Object.values(r.response as Record<string, unknown>).find(Array.isArray) ?? [];
    if (list.length === 0) silent.push(name);
  }
  return silent;
}
