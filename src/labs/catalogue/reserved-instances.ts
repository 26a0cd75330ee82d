import { builtInLab } from '../authoring/built-in';
import { advance, defaultVpcStart, instanceIds, launch } from './common';

const offeringFilter = { InstanceType: 'm5.large', ProductDescription: 'Linux/UNIX', InstanceTenancy: 'default', OfferingClass: 'standard', MaxDuration: 31_536_000 };

export const reservedInstances = builtInLab({
  id: 'reserved-instances',
  title: 'Reserved Instances: zonal or regional, and how you pay',
  sections: ['EC2 Purchase Options', 'Reserved Instances', 'Payment Terms'],
  summary: [
    'Buy a zonal and a regional Reserved Instance and read, hour by hour, which instance they pay for.',
    'See partial coverage of a bigger size, and a reservation billed while nobody uses it.',
  ],
  minutes: 20,
  start: defaultVpcStart(
    ['a', 'b'],
    launch('db', { subnet: 'subnetA', type: 'm5.large', note: 'A database server, m5.large in us-east-1a.' }),
    launch('batch', { subnet: 'subnetB', type: 'm5.xlarge', note: 'A batch server, m5.xlarge in us-east-1b.' }),
  ),
  steps: [
    {
      id: 'offers',
      title: 'Read the offers',
      instruction: 'List the Reserved Instance offerings for m5.large in us-east-1a. Compare the payment options.',
      goals: [
        { kind: 'check', check: 'reserved-instances/compared-no-upfront-partial-upfront-all', label: "You compared No Upfront, Partial Upfront and All Upfront offers" },
      ],
      hints: ['ec2:DescribeReservedInstancesOfferings with InstanceType and AvailabilityZone.', 'Compare FixedPrice (paid now) and UsagePrice (paid per hour).'],
      why: 'A reservation is a commitment for 1 or 3 years (never 2). No Upfront lowers the hourly price, All Upfront removes it and gives the biggest discount, Partial Upfront sits between.',
      solution: [
        { type: 'ec2:DescribeReservedInstancesOfferings', params: { InstanceType: 'm5.large', AvailabilityZone: 'us-east-1a' }, note: 'List the offers for m5.large in us-east-1a.' },
      ],
    },
    {
      id: 'zonal',
      title: 'Buy a zonal RI',
      instruction: 'Buy one m5.large Reserved Instance scoped to us-east-1a: 1 year, No Upfront.',
      goals: [{ kind: 'check', check: 'reserved-instances/own-zonal-reserved-instance', label: "You own a zonal Reserved Instance" }],
      hints: ['Narrow the offers with OfferingType "No Upfront" and MaxDuration 31536000.', 'ec2:PurchaseReservedInstancesOffering with its ReservedInstancesOfferingId and InstanceCount 1.'],
      why: 'A zonal RI is locked to one AZ. It reserves capacity there, so you can launch even when the zone is busy.',
      solution: [
        {
          type: 'ec2:DescribeReservedInstancesOfferings',
          params: { ...offeringFilter, AvailabilityZone: 'us-east-1a', OfferingType: 'No Upfront' },
          as: { zonalOffer: 'ReservedInstancesOfferings.0.ReservedInstancesOfferingId' },
          note: 'Find the 1-year No Upfront zonal offer.',
        },
        { type: 'ec2:PurchaseReservedInstancesOffering', params: { ReservedInstancesOfferingId: { ref: 'zonalOffer' }, InstanceCount: 1 }, note: 'Buy it.' },
      ],
    },
    {
      id: 'zonal-bill',
      title: 'Who does it pay for?',
      instruction: 'Let an hour pass and open the bill.',
      goals: [
        { kind: 'check', check: 'reserved-instances/zonal-ri-paid-instance-az', label: "A zonal RI paid for an instance in its AZ" },
        { kind: 'check', check: 'reserved-instances/instance-another-az-size-still-paid', label: "An instance of another AZ and size still paid On-Demand" },
      ],
      hints: ['sim:AdvanceTime with 3600 seconds, then sim:BillingView.', 'Look at PurchaseOption and CoveredBy for each instance.'],
      why: 'A zonal RI discounts only its exact type in its own AZ. The m5.xlarge in us-east-1b gets nothing from it.',
      solution: [advance(3600, 'Let an hour pass.'), { type: 'sim:BillingView', params: {}, note: 'Open the bill.' }],
    },
    {
      id: 'regional',
      title: 'Buy a regional RI',
      instruction: 'Buy one m5.large Reserved Instance for the whole region: 1 year, All Upfront. Let an hour pass and read the bill.',
      goals: [
        { kind: 'check', check: 'reserved-instances/regional-ri-paid-instance-whatever-az', label: "A regional RI paid for an instance, whatever its AZ" },
        { kind: 'check', check: 'reserved-instances/instance-bigger-than-reservation-only-partly', label: "An instance bigger than the reservation was only partly covered" },
      ],
      hints: [
        'Filter the offers with Filters: [{ Name: "scope", Values: ["Region"] }] and OfferingType "All Upfront".',
        'Then sim:AdvanceTime and sim:BillingView. One m5.large covers half an m5.xlarge.',
      ],
      why: 'A regional RI reserves no capacity but discounts matching instances in any AZ. For Linux it is size-flexible inside the family: an m5.large reservation covers half of an m5.xlarge, and the rest is billed On-Demand.',
      solution: [
        {
          type: 'ec2:DescribeReservedInstancesOfferings',
          params: { ...offeringFilter, OfferingType: 'All Upfront', Filters: [{ Name: 'scope', Values: ['Region'] }] },
          as: { regionalOffer: 'ReservedInstancesOfferings.0.ReservedInstancesOfferingId' },
          note: 'Find the 1-year All Upfront regional offer.',
        },
        { type: 'ec2:PurchaseReservedInstancesOffering', params: { ReservedInstancesOfferingId: { ref: 'regionalOffer' }, InstanceCount: 1 }, note: 'Buy it.' },
        advance(3600, 'Let an hour pass.'),
        { type: 'sim:BillingView', params: {}, note: 'Open the bill.' },
      ],
    },
    {
      id: 'unused',
      title: 'Paid for nothing',
      instruction: 'Terminate the database server and let an hour pass. Is its reservation still billed?',
      goals: [
        { kind: 'check', check: 'reserved-instances/reservation-no-instance-used-still-billed', label: "A reservation that no instance used was still billed" },
      ],
      hints: ['ec2:TerminateInstances, then sim:AdvanceTime.', 'In sim:BillingView the reservation line shows Utilization 0.'],
      why: 'You buy the reservation, not the instance: unused hours are still paid, and a Reserved Instance cannot be cancelled. Reserve only the steady base load.',
      solution: [
        { type: 'ec2:TerminateInstances', params: { InstanceIds: instanceIds('db') }, note: 'Terminate the database server.' },
        advance(3600, 'Let an hour pass.'),
        { type: 'sim:BillingView', params: {}, note: 'Open the bill.' },
      ],
    },
  ],
  questions: [
    {
      prompt: 'You need capacity guaranteed in us-east-1a for a year. Which reservation?',
      choices: [
        { text: 'A zonal RI in us-east-1a', correct: true, explanation: 'Only zonal RIs reserve capacity.' },
        { text: 'A regional RI', correct: false, explanation: 'Regional RIs give a discount in any AZ but reserve no capacity.' },
      ],
    },
    {
      prompt: 'Which payment option gives the biggest discount?',
      choices: [
        { text: 'All Upfront', correct: true, explanation: 'You pay everything at the start and nothing per hour.' },
        { text: 'Partial Upfront', correct: false, explanation: 'A middle way: some now, a lower hourly rate.' },
        { text: 'No Upfront', correct: false, explanation: 'Nothing now, but the hourly rate is the highest of the three.' },
      ],
    },
  ],
});
