/** The React Flow node IDs of the boxes that are not resources (a resource's node ID is its own ID). */
export const regionNodeId = (region: string) => `region:${region}`;
export const azNodeId = (zoneName: string) => `az:${zoneName}`;
export const shelfNodeId = (region: string) => `shelf:${region}`;
export const zoneColumnNodeId = (vpcId: string, zoneName: string) => `zone:${vpcId}:${zoneName}`;
export const hostNodeId = (hostId: string) => `host:${hostId}`;
export const bayNodeId = (kind: 'ebs' | 'idle', zoneName: string) => `${kind}:${zoneName}`;
