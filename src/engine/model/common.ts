/** Things every resource shares. */
export interface Tag {
  Key: string;
  Value: string;
}

export interface Owned {
  /** Account that owns the resource (12 digits). */
  ownerId: string;
  /** Region the resource lives in: ids are regional, a lookup from another region finds nothing. */
  region: string;
  tags: Tag[];
}

export interface Zone {
  ZoneName: string;
  ZoneId: string;
}

export interface RegionInfo {
  name: string;
  zones: Zone[];
  /** Public IPv4 blocks this region hands out for dynamic public IPs and Elastic IPs (first two octets). */
  publicPools: [number, number][];
}
