import { describe, expect, it } from 'vitest';
import { analyzeInstanceTypeName, categoryOfFamily, parseInstanceTypeName } from './instance-type-names';

const letters = (name: string) => parseInstanceTypeName(name)?.Capabilities.map((c) => c.Letter);

describe('parseInstanceTypeName (rule 80, Naming Scheme)', () => {
  it('reads r5dn.8xlarge as family r, generation 5, capabilities d and n, size 8xlarge', () => {
    const p = parseInstanceTypeName('r5dn.8xlarge');
    expect(p).toMatchObject({
      InstanceType: 'r5dn.8xlarge',
      Family: 'r',
      Generation: 5,
      Size: '8xlarge',
      Category: 'Memory Optimized',
      InstanceFamily: 'r5dn',
      NormalizationFactor: 64,
    });
    expect(p?.Capabilities).toEqual([
      { Letter: 'd', Meaning: expect.stringMatching(/instance store/) },
      { Letter: 'n', Meaning: expect.stringMatching(/network/) },
    ]);
    expect(p?.FamilyMeaning).toMatch(/memory/i);
    expect(p?.SizeMeaning).toMatch(/8 times an xlarge/);
  });

  it('accepts the course spelling R5dn.8xlarge', () => {
    expect(parseInstanceTypeName('R5dn.8xlarge')?.InstanceType).toBe('r5dn.8xlarge');
  });

  it.each([
    ['hpc6id.32xlarge', 'hpc', 6, ['i', 'd'], '32xlarge', 'HPC Optimized'],
    ['inf1.xlarge', 'inf', 1, [], 'xlarge', 'Accelerated Computing'],
    ['trn1n.32xlarge', 'trn', 1, ['n'], '32xlarge', 'Accelerated Computing'],
    ['mac1.metal', 'mac', 1, [], 'metal', 'General Purpose'],
    ['x2iedn.xlarge', 'x', 2, ['i', 'e', 'd', 'n'], 'xlarge', 'Memory Optimized'],
    ['vt1.3xlarge', 'vt', 1, [], '3xlarge', 'Accelerated Computing'],
    ['im4gn.large', 'im', 4, ['g', 'n'], 'large', 'Storage Optimized'],
    ['is4gen.medium', 'is', 4, ['g', 'e', 'n'], 'medium', 'Storage Optimized'],
    ['t3.nano', 't', 3, [], 'nano', 'General Purpose'],
    ['m6a.large', 'm', 6, ['a'], 'large', 'General Purpose'],
    ['c7g.large', 'c', 7, ['g'], 'large', 'Compute Optimized'],
    ['r5b.large', 'r', 5, ['b'], 'large', 'Memory Optimized'],
    ['z1d.large', 'z', 1, ['d'], 'large', 'Memory Optimized'],
    ['m5zn.large', 'm', 5, ['z', 'n'], 'large', 'General Purpose'],
    ['d3.xlarge', 'd', 3, [], 'xlarge', 'Storage Optimized'],
    ['h1.2xlarge', 'h', 1, [], '2xlarge', 'Storage Optimized'],
    ['i3en.large', 'i', 3, ['e', 'n'], 'large', 'Storage Optimized'],
    ['p4d.24xlarge', 'p', 4, ['d'], '24xlarge', 'Accelerated Computing'],
    ['g4dn.xlarge', 'g', 4, ['d', 'n'], 'xlarge', 'Accelerated Computing'],
    ['f1.2xlarge', 'f', 1, [], '2xlarge', 'Accelerated Computing'],
    ['c5.48xlarge', 'c', 5, [], '48xlarge', 'Compute Optimized'],
    ['m7i.large', 'm', 7, ['i'], 'large', 'General Purpose'],
    ['c7i-flex.large', 'c', 7, ['i', 'flex'], 'large', 'Compute Optimized'],
    ['r6i.metal', 'r', 6, ['i'], 'metal', 'Memory Optimized'],
    ['m7i.metal-24xl', 'm', 7, ['i'], 'metal-24xl', 'General Purpose'],
  ] as const)('parses %s', (name, family, generation, caps, size, category) => {
    const p = parseInstanceTypeName(name);
    expect(p?.Family).toBe(family);
    expect(p?.Generation).toBe(generation);
    expect(letters(name)).toEqual(caps);
    expect(p?.Size).toBe(size);
    expect(p?.Category).toBe(category);
  });

  it('reads the High Memory and Mac shapes', () => {
    expect(parseInstanceTypeName('u-6tb1.metal')).toMatchObject({
      Family: 'u',
      Generation: 1,
      Capabilities: [],
      Size: 'metal',
      Variant: '6tb',
      VariantMeaning: '6 TiB of memory',
      Category: 'Memory Optimized',
    });
    expect(parseInstanceTypeName('u7i-12tb.224xlarge')).toMatchObject({ Family: 'u', Generation: 7, Variant: '12tb' });
    expect(parseInstanceTypeName('mac2-m2pro.metal')).toMatchObject({
      Family: 'mac',
      Generation: 2,
      Variant: 'm2pro',
      VariantMeaning: 'Apple M2 Pro silicon',
    });
  });

  it('gives metal no size factor of its own, and metal-24xl that of 24xlarge', () => {
    expect(parseInstanceTypeName('m5.metal')?.NormalizationFactor).toBeUndefined();
    expect(parseInstanceTypeName('m7i.metal-24xl')?.NormalizationFactor).toBe(192);
    expect(parseInstanceTypeName('t3.nano')?.NormalizationFactor).toBe(0.25);
  });

  it.each([
    ['t3.enormous', /'enormous' is not an instance size/],
    ['foo', /has no '\.'/],
    ['m5.', /no size/],
    ['.large', /no family/],
    ['foo1.large', /'foo' is not an EC2 instance family/],
    ['m5k.large', /'k' .* is not a capability letter/],
    ['m5dd.large', /appears twice/],
    ['m.large', /not family letters followed by a generation/],
    ['5m.large', /not family letters followed by a generation/],
    ['m05.large', /not family letters followed by a generation/],
    ['m5.1xlarge', /not an instance size/],
    ['m5.999xlarge', /not an instance size/],
    ['m5.large.large', /more than one/],
    ['m5-turbo.large', /not a known suffix/],
    ['', /has no '\.'/],
  ])('refuses %s', (name, reason) => {
    expect(parseInstanceTypeName(name)).toBeUndefined();
    const outcome = analyzeInstanceTypeName(name);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });

  it('reads the odd names the EC2 API lists: Apple chips, superchips, retired families, 480xlarge', () => {
    expect(parseInstanceTypeName('mac-m4pro.metal')).toMatchObject({ Family: 'mac', Generation: 4, Variant: 'm4pro', Size: 'metal' });
    expect(parseInstanceTypeName('p6e-gb200.36xlarge')).toMatchObject({ Family: 'p', Variant: 'gb200', VariantMeaning: expect.stringMatching(/Grace/) });
    expect(parseInstanceTypeName('u7inh-32tb.480xlarge')).toMatchObject({ Family: 'u', Variant: '32tb', Size: '480xlarge' });
    expect(letters('u7inh-32tb.480xlarge')).toEqual(['i', 'n', 'h']);
    expect(parseInstanceTypeName('hi1.4xlarge')).toMatchObject({ Family: 'hi', Category: 'Storage Optimized' });
    expect(letters('g3s.xlarge')).toEqual(['s']);
    expect(letters('g6f.large')).toEqual(['f']);
    expect(letters('trn2u.48xlarge')).toEqual(['u']);
    expect(parseInstanceTypeName('u7inh-32tb.481xlarge')).toBeUndefined();
    expect(parseInstanceTypeName('mac-m4turbo.metal')).toBeUndefined();
  });

  it('maps family letters to the course categories', () => {
    expect(categoryOfFamily('m')).toBe('General Purpose');
    expect(categoryOfFamily('C')).toBe('Compute Optimized');
    expect(categoryOfFamily('x')).toBe('Memory Optimized');
    expect(categoryOfFamily('inf')).toBe('Accelerated Computing');
    expect(categoryOfFamily('d')).toBe('Storage Optimized');
    expect(categoryOfFamily('hpc')).toBe('HPC Optimized');
    expect(categoryOfFamily('q')).toBeUndefined();
  });
});
