import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { toFlow } from './to-flow';

describe('toFlow before the engine has loaded', () => {
  it('draws the same empty home region and AZs as the starting world', () => {
    expect(toFlow(null)).toEqual(toFlow(createWorld()));
  });
});
