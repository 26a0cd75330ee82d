import { builtInLab } from '../authoring/built-in';
import { advance, findAmazonAmi, findDefaultSubnet, launch, stop } from './common';

export const spot = builtInLab({
  id: 'spot',
  title: 'On-Demand and Spot: the price of a two-minute warning',
  sections: ['EC2 Purchase Options', 'On-Demand Instances', 'Spot Instances'],
  summary: [
    'Run a Spot Instance next to an On-Demand one and compare the bill.',
    'Push the Spot price over your maximum and watch the two-minute interruption.',
  ],
  minutes: 15,
  start: {
    defaultVpc: true,
    actions: [findAmazonAmi(), findDefaultSubnet('us-east-1a', 'subnetA'), launch('steady', { subnet: 'subnetA', note: 'An On-Demand t3.micro (the default).' })],
  },
  steps: [
    {
      id: 'launch-spot',
      title: 'Launch on Spot',
      instruction: 'Launch a t3.micro in us-east-1a as a Spot Instance, with a maximum price of 0.005 USD per hour.',
      goals: [{ kind: 'check', check: 'spot/spot-request-maximum-price-launched-instance', label: "A Spot request with a maximum price launched an instance" }],
      hints: [
        'ec2:RunInstances with InstanceMarketOptions: { MarketType: "spot", SpotOptions: { MaxPrice: "0.005" } }.',
        'Spot capacity is spare EC2 capacity; its price moves with demand.',
      ],
      why: 'You set the most you will pay. You pay the current Spot price, which is usually far lower than On-Demand (up to 90 % less).',
      solution: [
        launch('cheap', {
          subnet: 'subnetA',
          params: { InstanceMarketOptions: { MarketType: 'spot', SpotOptions: { MaxPrice: '0.005' } } },
          note: 'Launch a Spot t3.micro with a max price.',
        }),
      ],
    },
    {
      id: 'bill',
      title: 'Compare the bill',
      instruction: 'Let an hour pass, then open the bill.',
      goals: [
        { kind: 'check', check: 'spot/spot-instance-paid-less-per-hour', label: "The Spot Instance paid less per hour than the On-Demand one" },
        { kind: 'action', type: 'sim:BillingView', label: 'You opened the bill' },
      ],
      hints: ['sim:AdvanceTime with Seconds 3600.', 'sim:BillingView shows each instance and what paid for it.'],
      why: 'On-Demand is billed per second while running, with no commitment and no discount. Spot trades that certainty for a big discount: AWS can take the capacity back.',
      solution: [advance(3600, 'Let an hour pass.'), { type: 'sim:BillingView', params: {}, note: 'Open the bill.' }],
    },
    {
      id: 'price-up',
      title: 'The price rises',
      instruction: 'Set the Spot price of t3.micro in us-east-1a to 0.01 USD, above your maximum.',
      goals: [{ kind: 'event', type: 'spot-interruption-notice', label: 'Your Spot Instance got an interruption notice' }],
      hints: ['sim:SetSpotPrice with InstanceType, AvailabilityZone and Price "0.01".', 'Read the event: the OS can see the notice in the metadata service.'],
      why: 'When the Spot price goes above your maximum, EC2 gives the instance two minutes’ notice. Good Spot workloads are stateless or can resume, so they shrug this off.',
      solution: [
        { type: 'sim:SetSpotPrice', params: { InstanceType: 't3.micro', AvailabilityZone: 'us-east-1a', Price: '0.01' }, note: 'Raise the Spot price.' },
      ],
    },
    {
      id: 'interrupted',
      title: 'Two minutes later',
      instruction: 'Let two minutes pass.',
      goals: [{ kind: 'event', type: 'spot-interruption', label: 'EC2 interrupted your Spot Instance' }],
      hints: ['sim:AdvanceTime with Seconds 120.', 'Then look at the instance state.'],
      why: 'After the notice EC2 terminates the instance (or stops or hibernates it, if you asked for that on a persistent request). The On-Demand instance next to it is never interrupted.',
      solution: [advance(120, 'Let two minutes pass.')],
    },
    {
      id: 'stop-on-demand',
      title: 'Stopped means not billed',
      instruction: 'Stop the On-Demand instance, let an hour pass and check its bill.',
      goals: [
        { kind: 'check', check: 'spot/demand-instance-stopped-time-passed-no', label: "An On-Demand instance is stopped and time passed: it is no longer billed" },
      ],
      hints: ['ec2:StopInstances, then sim:AdvanceTime.', 'sim:BillingView with the InstanceId: the rate is 0.'],
      why: 'On-Demand instances are billed only while running. (Their EBS volumes still cost storage while stopped.)',
      solution: [stop('steady'), advance(3600, 'Let an hour pass.'), { type: 'sim:BillingView', params: { InstanceId: { ref: 'steady' } }, note: 'Check its bill.' }],
    },
  ],
  questions: [
    {
      prompt: 'Which workload suits Spot?',
      choices: [
        { text: 'A batch job that can be rerun', correct: true, explanation: 'It can lose an instance and try again.' },
        { text: 'A single database server', correct: false, explanation: 'An interruption would take it down.' },
        { text: 'A licence server that must never stop', correct: false, explanation: 'Spot can be interrupted at two minutes’ notice.' },
      ],
    },
  ],
});
