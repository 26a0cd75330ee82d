import { builtInLab } from '../authoring/built-in';
import { advance, defaultVpcStart, start, stop } from './common';

const m5OnHost = { ImageId: { ref: 'ami' }, InstanceType: 'm5.large', MinCount: 1, MaxCount: 1, SubnetId: { ref: 'subnetA' } };

export const dedicated = builtInLab({
  id: 'dedicated',
  title: 'Dedicated Hosts and Dedicated Instances',
  sections: ['EC2 Purchase Options', 'Dedicated Hosts [OOS]', 'Dedicated Instances [OOS]'],
  summary: [
    'Rent a whole physical server, place an instance on it and keep it there with host affinity.',
    'Compare with Dedicated Instances: no host to manage, a premium and a regional fee instead.',
  ],
  minutes: 20,
  start: defaultVpcStart(['a']),
  steps: [
    {
      id: 'allocate',
      title: 'Rent a host',
      instruction: 'Allocate a Dedicated Host for the m5 family in us-east-1a.',
      goals: [{ kind: 'check', check: 'dedicated/have-dedicated-host', label: "You have a Dedicated Host" }],
      hints: ['ec2:AllocateHosts with AvailabilityZone and InstanceFamily "m5".', 'A host lives in one AZ, like any EC2 host.'],
      why: 'A Dedicated Host is a whole physical server for you alone. You pay for the host by the hour (no per-second pricing) from allocation to release, not per instance, and you can see its sockets and cores — useful for licences priced per socket or core.',
      solution: [
        { type: 'ec2:AllocateHosts', params: { AvailabilityZone: 'us-east-1a', InstanceFamily: 'm5', Quantity: 1 }, as: { host: 'HostIds.0' }, note: 'Allocate an m5 host.' },
      ],
    },
    {
      id: 'auto-placement',
      title: 'Where does it go?',
      instruction: 'Launch an m5.large with tenancy "host", without naming your host.',
      goals: [{ kind: 'refused', rule: 'host.auto-placement-off', label: 'You saw a host launch refused: auto-placement is off' }],
      hints: ['ec2:RunInstances with Placement: { Tenancy: "host" }.', 'New hosts accept only launches that name them.'],
      why: 'Auto-placement is off by default: you manage the capacity of your hosts and decide what runs where.',
      solution: [
        {
          type: 'ec2:RunInstances',
          params: { ...m5OnHost, Placement: { Tenancy: 'host' } },
          refused: { code: 'InsufficientHostCapacity', rule: 'host.auto-placement-off' },
          note: 'Try a host launch without a HostId.',
        },
      ],
    },
    {
      id: 'on-host',
      title: 'Place it yourself',
      instruction: 'Launch the m5.large on your host, with host affinity.',
      goals: [{ kind: 'check', check: 'dedicated/instance-host-affinity-runs-dedicated-host', label: "An instance with host affinity runs on your Dedicated Host" }],
      hints: ['Placement: { Tenancy: "host", HostId, Affinity: "host" }.', 'The host and the subnet must be in the same AZ.'],
      why: 'Instances of several sizes can share the host until its capacity is used up. Affinity ties an instance to this host.',
      solution: [
        {
          type: 'ec2:RunInstances',
          params: { ...m5OnHost, Placement: { Tenancy: 'host', HostId: { ref: 'host' }, Affinity: 'host' } },
          as: { licensed: 'Instances.0.InstanceId' },
          note: 'Launch on the host with affinity.',
        },
      ],
    },
    {
      id: 'affinity',
      title: 'Stop, start, same host',
      instruction: 'Stop the instance and start it again. Which host does it run on?',
      goals: [{ kind: 'check', check: 'dedicated/after-stop-start-instance-came-back', label: "After a stop and start, an instance came back to the same host" }],
      hints: ['ec2:StopInstances, ec2:StartInstances, then sim:HostOf.', 'On shared tenancy a start picks any host; here it cannot.'],
      why: 'With affinity "host" the instance always restarts on the same host, so a per-core licence stays valid.',
      solution: [stop('licensed'), start('licensed'), { type: 'sim:HostOf', params: { InstanceId: { ref: 'licensed' } }, note: 'Check the host.' }],
    },
    {
      id: 'release',
      title: 'Release a busy host?',
      instruction: 'Try to release the host while the instance runs on it.',
      goals: [{ kind: 'event', type: 'refused', label: 'You saw a host refuse to be released while it runs an instance', rule: 'host.release.occupied' }],
      hints: ['ec2:ReleaseHosts with the HostId.', 'The answer lists it under Unsuccessful.'],
      why: 'You manage the host’s capacity, so you must move or stop its instances before you give it back. Until then it is billed every hour.',
      solution: [{ type: 'ec2:ReleaseHosts', params: { HostIds: [{ ref: 'host' }] }, note: 'Try to release the busy host.' }],
    },
    {
      id: 'dedicated-instance',
      title: 'Dedicated Instances',
      instruction: 'Launch an m5.large with tenancy "dedicated". Let an hour pass and read the bill.',
      goals: [
        { kind: 'instance', where: { tenancy: 'dedicated', state: 'running' } },
        { kind: 'check', check: 'dedicated/instance-host-ran-hour-added-nothing', label: "The instance on your host ran for an hour and added nothing to the bill" },
        { kind: 'check', check: 'dedicated/dedicated-instance-paid-own-premium-rate', label: "The Dedicated Instance paid its own, premium rate" },
        { kind: 'check', check: 'dedicated/bill-shows-regional-fee-dedicated-instances', label: "The bill shows the regional fee of Dedicated Instances" },
      ],
      hints: ['Placement: { Tenancy: "dedicated" }, no host needed.', 'sim:AdvanceTime 3600, then sim:BillingView.'],
      why: 'A Dedicated Instance runs on hardware no other account uses, but AWS manages the hosts. You pay a premium per instance, plus an hourly fee per region while any runs. The instance on your host costs nothing extra: you already pay for the host.',
      solution: [
        { type: 'ec2:RunInstances', params: { ...m5OnHost, Placement: { Tenancy: 'dedicated' } }, note: 'Launch a Dedicated Instance.' },
        advance(3600, 'Let an hour pass.'),
        { type: 'sim:BillingView', params: {}, note: 'Open the bill.' },
      ],
    },
  ],
  questions: [
    {
      prompt: 'You must not share hardware with other customers, and do not want to manage servers. Which option?',
      choices: [
        { text: 'Dedicated Instances', correct: true, explanation: 'Isolated hardware, managed by AWS.' },
        { text: 'Dedicated Hosts', correct: false, explanation: 'Also isolated, but you manage the host’s capacity.' },
        { text: 'Spot Instances', correct: false, explanation: 'Spot runs on shared hardware.' },
      ],
    },
  ],
});
