import { ruleTable } from './sections';

/**
 * Purchase options: Spot, Reserved Instances, Dedicated Hosts and Dedicated Instances (rules 71–76 of
 * docs/reference/ec2-rules.md).
 */
export const PURCHASING_RULES = ruleTable({
  'spot.max-price.minimum': {
    code: 'InvalidParameterValue',
    title: 'Spot max price above USD 0.001',
    concept:
      'The maximum price is the most you agree to pay per hour for a Spot Instance. It is optional (without it you pay the Spot price, never more than On-Demand); when you give one it must be more than USD 0.001.',
    fix: 'Leave MaxPrice out, or give a price above 0.001 USD per hour.',
    section: 'Spot Instances',
    ref: 71,
  },
  'spot.max-price.too-low': {
    code: 'SpotMaxPriceTooLow',
    title: 'Max price below the Spot price',
    concept:
      'AWS sets the Spot price from spare capacity. A launch whose maximum price is below the current Spot price cannot run: RunInstances refuses it, a Spot request waits open with price-too-low.',
    fix: 'Raise MaxPrice above the current Spot price (see DescribeSpotPriceHistory), or leave it out to pay the Spot price capped at On-Demand.',
    section: 'Spot Instances',
    ref: 71,
  },
  'spot.one-time.stop': {
    code: 'InvalidParameterCombination',
    title: 'Stop or hibernate needs a persistent request',
    concept:
      'A one-time Spot request ends once its instance is interrupted, so nothing could ever start a stopped instance again. Only a persistent request can keep an interrupted instance stopped and restart it later.',
    fix: "Use SpotInstanceType 'persistent' with InstanceInterruptionBehavior 'stop' or 'hibernate', or keep the default 'terminate'.",
    section: 'Spot Instances',
    ref: 73,
  },
  'spot.stop.ebs-root': {
    code: 'InvalidParameterCombination',
    title: 'Stop or hibernate needs an EBS root',
    concept:
      'Stopping keeps the instance’s data on its EBS root volume. An instance-store root is lost when the instance leaves its host, so such a Spot Instance can only be terminated.',
    fix: "Launch from an EBS-backed AMI, or use InstanceInterruptionBehavior 'terminate'.",
    section: 'Spot Instances',
    ref: 73,
  },
  'spot.start.interrupted': {
    code: 'IncorrectSpotRequestState',
    title: 'Only EC2 restarts an interrupted Spot Instance',
    concept:
      'A Spot Instance that EC2 stopped because of price or capacity belongs to its persistent request: EC2 itself starts it again, in the same AZ with the same type, once the Spot price is back under your maximum.',
    fix: 'Wait for the Spot price to fall under the request’s max price (sim:SetSpotPrice), or cancel the request and launch anew.',
    section: 'Spot Instances',
    ref: 73,
  },
  'spot.host-tenancy': {
    code: 'InvalidParameterCombination',
    title: 'No Spot on Dedicated Hosts',
    concept:
      'Spot sells AWS’s spare shared capacity, which AWS can take back. A Dedicated Host is a server you already pay for in full, so there is nothing to bid for on it.',
    fix: "Launch the Spot Instance with tenancy 'default' or 'dedicated', or run it On-Demand on the host.",
    section: 'Spot Instances',
    ref: 76,
  },
  'spot.type-unsupported': {
    code: 'Unsupported',
    title: 'Instance type not sold as Spot',
    concept: 'Spot sells spare capacity of the instance types AWS offers that way; some types (e.g. t2.nano, Mac, some HPC types) are On-Demand only.',
    fix: 'Pick another instance type, or launch On-Demand.',
    section: 'Spot Instances',
    ref: 71,
  },
  'ri.offering.not-found': {
    code: 'InvalidReservedInstancesOfferingId',
    title: 'Unknown Reserved Instance offering',
    concept:
      'A Reserved Instance is bought from an offering: one instance type, scope (a Region or one AZ), term, payment option and tenancy. Offering ids come from DescribeReservedInstancesOfferings in the same Region.',
    fix: 'Call DescribeReservedInstancesOfferings in this Region and use one of its ReservedInstancesOfferingId values.',
    section: 'Reserved Instances',
    ref: 75,
  },
  'ri.queue.regional-only': {
    code: 'InvalidParameterCombination',
    title: 'Only regional Reserved Instances can be queued',
    concept:
      'A zonal Reserved Instance reserves capacity in one AZ from the moment you buy it, so it cannot wait in a queue; a regional one is only a billing discount and can be scheduled for later.',
    fix: 'Buy the zonal offering now (omit PurchaseTime), or queue a regional offering instead.',
    section: 'Reserved Instances',
    ref: 75,
  },
  'capacity.insufficient': {
    code: 'InsufficientInstanceCapacity',
    title: 'No capacity left for this type in this AZ',
    concept:
      'EC2 capacity is physical hardware in one Availability Zone, and On-Demand and Spot launches take it first come, first served. A zonal Reserved Instance reserves capacity for its type in its AZ, so those launches still succeed; a regional Reserved Instance is only a discount and reserves nothing.',
    fix: 'Try another Availability Zone or instance type, try again later, or buy a zonal Reserved Instance to reserve capacity where you need it.',
    section: 'Reserved Instances',
    ref: 75,
  },
  'host.family-or-type': {
    code: 'InvalidParameterCombination',
    title: 'A host is for one instance type or one family',
    concept:
      'A Dedicated Host is a physical server built for one instance family; you allocate it either for a single type or for the whole family (mixed sizes).',
    fix: 'Give exactly one of InstanceType (e.g. m5.large) or InstanceFamily (e.g. m5).',
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'host.type-unsupported': {
    code: 'InvalidParameterValue',
    title: 'Instance type not offered on Dedicated Hosts',
    concept: 'Only some instance families are sold as whole Dedicated Hosts.',
    fix: 'Pick a family offered on Dedicated Hosts, such as m5, c5 or r5.',
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'host.auto-placement-off': {
    code: 'InsufficientHostCapacity',
    title: 'No host accepts untargeted launches',
    concept:
      'Host auto-placement is off by default: a Dedicated Host only runs instances whose launch names its HostId. An untargeted tenancy-host launch needs a host with auto-placement on.',
    fix: 'Name the host in Placement.HostId, or allocate the host with AutoPlacement on.',
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'host.capacity': {
    code: 'InsufficientHostCapacity',
    title: 'Dedicated Host is full',
    concept:
      'A Dedicated Host has a fixed number of cores; the instances on it together cannot use more. You manage that capacity yourself.',
    fix: 'Stop or terminate an instance on the host, launch a smaller size, or allocate another host.',
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'host.instance-type-mismatch': {
    code: 'InvalidParameterCombination',
    title: 'Host built for another instance type',
    concept:
      'A Dedicated Host supports one instance type, or the sizes of one family; an instance of another type cannot run on it.',
    fix: 'Launch a type the host supports, or allocate a host for this type.',
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'host.az-mismatch': {
    code: 'InvalidParameterCombination',
    title: 'Host and subnet in different AZs',
    concept: 'A Dedicated Host is one physical server in one AZ; only instances in a subnet of that AZ can run on it.',
    fix: 'Launch into a subnet in the host’s AZ, or allocate a host in the subnet’s AZ.',
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'host.not-available': {
    code: 'InvalidHostState',
    title: 'Host released',
    concept: 'A released Dedicated Host is no longer yours: its id stays visible for a while but cannot take instances.',
    fix: 'Allocate a new host.',
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'host.release.occupied': {
    code: 'Client.InvalidHost.Occupied',
    title: 'Host still runs instances',
    concept:
      'Releasing a Dedicated Host gives the physical server back to AWS, so every instance on it must be stopped or terminated first.',
    fix: 'Stop or terminate the instances on the host, then release it.',
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'host.t3-unlimited': {
    code: 'InvalidParameterCombination',
    title: 'T3 unlimited not on Dedicated Hosts',
    concept:
      'Unlimited mode lets a burstable instance borrow CPU beyond its baseline; on a Dedicated Host the cores are fixed and yours, so only standard credits are allowed.',
    fix: "Use CreditSpecification { CpuCredits: 'standard' } or another tenancy.",
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'placement.not-stopped': {
    code: 'InvalidInstanceState',
    title: 'Placement changes need a stopped instance',
    concept:
      'Tenancy, host and affinity decide which physical machine the instance boots on, so they can only change while it is stopped and on no host.',
    fix: 'Stop the instance, modify its placement, then start it.',
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'placement.host-tenancy-final': {
    code: 'InvalidRequest',
    title: 'Host tenancy cannot be undone',
    concept:
      'An instance moved onto Dedicated Host tenancy cannot go back to dedicated or default (shared) tenancy; it can only move between your hosts.',
    fix: 'Keep tenancy host (change HostId or Affinity), or launch a new instance with the tenancy you need.',
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
  'placement.affinity-needs-host': {
    code: 'InvalidParameterCombination',
    title: 'Affinity only with host tenancy',
    concept: 'Host affinity pins an instance to one Dedicated Host; it has no meaning for instances on shared or dedicated hardware.',
    fix: "Set Tenancy 'host' (and a HostId) together with Affinity 'host'.",
    section: 'Dedicated Hosts [OOS]',
    ref: 76,
  },
});
