import type { RegionInfo } from './model/common';

/** The regions the lab models, with their AZ names and zone ids, and the public IPv4 pools EC2 hands out there. */
export const REGIONS: Record<string, RegionInfo> = {
  'us-east-1': {
    name: 'us-east-1',
    zones: [
      { ZoneName: 'us-east-1a', ZoneId: 'use1-az1' },
      { ZoneName: 'us-east-1b', ZoneId: 'use1-az2' },
      { ZoneName: 'us-east-1c', ZoneId: 'use1-az4' },
    ],
    publicPools: [
      [54, 160],
      [3, 80],
      [44, 192],
    ],
  },
  'us-west-2': {
    name: 'us-west-2',
    zones: [
      { ZoneName: 'us-west-2a', ZoneId: 'usw2-az1' },
      { ZoneName: 'us-west-2b', ZoneId: 'usw2-az2' },
      { ZoneName: 'us-west-2c', ZoneId: 'usw2-az3' },
    ],
    publicPools: [
      [34, 208],
      [52, 32],
      [44, 224],
    ],
  },
  'eu-west-1': {
    name: 'eu-west-1',
    zones: [
      { ZoneName: 'eu-west-1a', ZoneId: 'euw1-az1' },
      { ZoneName: 'eu-west-1b', ZoneId: 'euw1-az2' },
      { ZoneName: 'eu-west-1c', ZoneId: 'euw1-az3' },
    ],
    publicPools: [
      [34, 240],
      [52, 48],
      [54, 72],
    ],
  },
};

export const HOME_REGION = 'us-east-1';

/** The account whose console the learner is using. */
export const DEFAULT_ACCOUNT = '111122223333';

/** The account that owns Amazon's public AMIs (ImageOwnerAlias `amazon`). */
export const AMAZON_ACCOUNT = '137112412989';

/** The account that publishes AWS Marketplace AMIs (ImageOwnerAlias `aws-marketplace`). */
export const MARKETPLACE_ACCOUNT = '679593333241';
