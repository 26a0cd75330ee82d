/**
 * Reads whose cost does not come from the world but from the catalogue (every instance type, in every zone, for
 * every term and payment option): on the smallest world they take milliseconds to hundreds of milliseconds, and they
 * create nothing, so world size × resources created says ~0. Replay charges each its price here *before* running it
 * (in the units of stepWork, about 1 µs each on a laptop), so a link of a thousand of them is refused before the
 * first one runs. work-priors.test.ts fails when a read answers with a catalogue-sized list and has no price here.
 */
export const READ_PRIORS: Readonly<Record<string, number>> = {
  /** ~17,700 answer nodes; 130–500 ms: one alone is past LIMITS.maxReplayWorkOnOpen. */
  'ec2:DescribeReservedInstancesOfferings': 200_000,
  /** Every type × every zone of the Region; 10–25 ms. */
  'ec2:DescribeInstanceTypeOfferings': 12_000,
  /** Every spot type × zone, scanning the price history for each; 10–20 ms, more as the history grows. */
  'ec2:DescribeSpotPriceHistory': 12_000,
  /** The whole instance-type catalogue (~4,400 answer nodes, also charged after it runs). */
  'ec2:DescribeInstanceTypes': 1_000,
};
