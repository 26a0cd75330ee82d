import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { ok } from '../engine/engine-test-helpers';
import { drawCount, IdExpander, IdShortener, rngAfter, TokenError } from './ids';

function world() {
  let w = createWorld({ seed: 7 });
  const vpc = ok(w, 'ec2:CreateVpc', { CidrBlock: '10.0.0.0/16' });
  w = vpc.world;
  const subnet = ok(w, 'ec2:CreateSubnet', { VpcId: vpc.response.Vpc.VpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' });
  w = subnet.world;
  const eni = ok(w, 'ec2:CreateNetworkInterface', { SubnetId: subnet.response.Subnet.SubnetId });
  w = eni.world;
  const key = ok(w, 'kms:CreateKey', {});
  w = key.world;
  return {
    world: w,
    vpcId: vpc.response.Vpc.VpcId as string,
    eni: eni.response.NetworkInterface as { NetworkInterfaceId: string; MacAddress: string },
    keyId: key.response.KeyMetadata.KeyId as string,
  };
}

describe('draw counts', () => {
  it('turns the generator state into the number of draws since the seed and back', () => {
    const { world: w } = world();
    const count = drawCount(7, w.rng);
    expect(count).toBeGreaterThan(20);
    expect(count).toBeLessThan(500);
    expect(rngAfter(7, count)).toBe(w.rng);
    expect(drawCount(7, createWorld({ seed: 7 }).rng)).toBeLessThan(count);
  });
});

describe('short ids', () => {
  it('writes every id, MAC and UUID of the seed as a token and expands it back exactly', () => {
    const { world: w, vpcId, eni, keyId } = world();
    const shortener = new IdShortener(7, drawCount(7, w.rng));
    const expander = new IdExpander(7);
    expect(vpcId).toMatch(/^vpc-0[0-9a-f]{16}$/);
    const short = shortener.shorten(vpcId);
    expect(short).toMatch(/^vpc-~[0-9a-z]{1,3}$/);
    expect(expander.expand(short)).toBe(vpcId);
    const mac = shortener.shorten(eni.MacAddress);
    expect(mac).toMatch(/^~:[0-9a-z]+$/);
    expect(expander.expand(mac)).toBe(eni.MacAddress);
    const uuid = shortener.shorten(keyId);
    expect(uuid).toMatch(/^~![0-9a-z]+$/);
    expect(expander.expand(uuid)).toBe(keyId);
    const arn = `arn:aws:kms:us-east-1:111122223333:key/${keyId}`;
    expect(expander.expand(shortener.shorten(arn))).toBe(arn);
    const line = `instance|${eni.NetworkInterfaceId}`;
    expect(shortener.shorten(line)).toMatch(/^instance\|eni-~[0-9a-z]+$/);
    expect(expander.expand(shortener.shorten(line))).toBe(line);
  });

  it('leaves ids from another seed or past the draws long, and still exact', () => {
    const { world: w, vpcId } = world();
    const other = new IdShortener(8, drawCount(7, w.rng));
    expect(other.shorten(vpcId)).toBe(vpcId);
    const early = new IdShortener(7, 3);
    expect(early.shorten(vpcId)).toBe(vpcId);
    expect(new IdShortener(7, 1000).shorten('vpc-0ffffffffffffffff')).toBe('vpc-0ffffffffffffffff');
  });

  it('escapes literal tildes so that text survives', () => {
    const { world: w, vpcId } = world();
    const shortener = new IdShortener(7, drawCount(7, w.rng));
    const expander = new IdExpander(7);
    for (const text of ['~', '~~', 'a~b', 'i-~5', `~${vpcId}~`, 'x~!1', '~:', 'plain']) {
      const short = shortener.shorten(text);
      expect(expander.expand(short)).toBe(text);
    }
    expect(shortener.shorten('i-~5')).toBe('i-~~5');
  });

  it('refuses malformed tokens', () => {
    const expander = new IdExpander(1);
    expect(() => expander.expand('i-~')).toThrow(TokenError);
    expect(() => expander.expand('i-~X')).toThrow(TokenError);
    expect(() => expander.expand('i-~12345678')).toThrow(TokenError);
    expect(() => expander.expand('~!')).toThrow(TokenError);
  });

  it('does not touch hex that is part of a longer word', () => {
    const shortener = new IdShortener(1, 10_000);
    const text = 'vpc-0123456789abcdef01';
    expect(shortener.shorten(text)).toBe(text);
  });
});
