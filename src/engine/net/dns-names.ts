/**
 * EC2's DNS names. Private (IP name): `ip-10-16-0-10.ec2.internal` in us-east-1, `ip-….<region>.compute.internal`
 * elsewhere. Public: `ec2-54-1-2-3.compute-1.amazonaws.com` in us-east-1, `ec2-….<region>.compute.amazonaws.com`
 * elsewhere.
 */
export function privateDnsName(region: string, privateIp: string): string {
  const host = `ip-${privateIp.replaceAll('.', '-')}`;
  return region === 'us-east-1' ? `${host}.ec2.internal` : `${host}.${region}.compute.internal`;
}

export function publicDnsName(region: string, publicIp: string): string {
  const host = `ec2-${publicIp.replaceAll('.', '-')}`;
  return region === 'us-east-1' ? `${host}.compute-1.amazonaws.com` : `${host}.${region}.compute.amazonaws.com`;
}

/** A public DNS name exists only with a public IPv4 and both VPC DNS attributes on. */
export function hasPublicDnsName(vpc: { enableDnsHostnames: boolean; enableDnsSupport: boolean }): boolean {
  return vpc.enableDnsHostnames && vpc.enableDnsSupport;
}
