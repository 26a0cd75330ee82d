import { builtInLab } from '../authoring/built-in';
import { advance, findAmazonAmi, findDefaultSubnet, launch, start, stop } from './common';
import { createGroup, createTemplate } from './scaling-blocks';

export const scaleUpOrOut = builtInLab({
  id: 'scale-up-or-out',
  title: 'Scale up or scale out?',
  sections: ['Horizontal and Vertical Scaling', 'Vertical Scaling', 'Horizontal Scaling'],
  summary: ['Give one server 8 vCPUs, or four servers 2 vCPUs each.', 'Compare the bill, the restart and what a failure costs you.'],
  minutes: 12,
  start: {
    defaultVpc: true,
    actions: [findAmazonAmi(), findDefaultSubnet('us-east-1a', 'subnetA'), findDefaultSubnet('us-east-1b', 'subnetB'), launch('app', { subnet: 'subnetA', type: 'm5.large', note: 'The app runs on one m5.large (2 vCPUs).' })],
  },
  steps: [
    {
      id: 'up',
      title: 'Scale up',
      instruction: 'Make the app server an m5.2xlarge (8 vCPUs): stop it, change its type, start it.',
      goals: [{ kind: 'event', type: 'instance-resized', label: 'You resized an instance to m5.2xlarge', to: 'm5.2xlarge' }],
      hints: ['A running instance cannot change its type.', 'ec2:StopInstances, then ec2:ModifyInstanceAttribute with InstanceType: { Value: "m5.2xlarge" }, then ec2:StartInstances.'],
      why: 'Vertical scaling needs a stop: the bigger size is other hardware. During the restart the app is down, and there is always a largest size.',
      solution: [
        stop('app'),
        { type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: { ref: 'app' }, InstanceType: { Value: 'm5.2xlarge' } }, note: 'Resize to m5.2xlarge.' },
        start('app'),
      ],
    },
    {
      id: 'out',
      title: 'Scale out',
      instruction: 'Create a launch template of m5.large and an Auto Scaling group of 4 across us-east-1a and us-east-1b: the same 8 vCPUs in four servers.',
      goals: [{ kind: 'check', check: 'scale-up-or-out/group-runs-4-instances', label: "A group runs 4 instances" }],
      hints: ['ec2:CreateLaunchTemplate with InstanceType m5.large.', 'autoscaling:CreateAutoScalingGroup with MinSize 4, MaxSize 8 and both subnets (no target group needed).'],
      why: 'Scaling out adds servers while the others keep running: no restart. The app must be stateless for that — its sessions kept off-host.',
      solution: [createTemplate('m5.large'), createGroup(['subnetA', 'subnetB'], { min: 4, max: 8, targetGroup: false })],
    },
    {
      id: 'bill',
      title: 'Read the bill',
      instruction: 'Let an hour pass and open the billing view.',
      goals: [{ kind: 'check', check: 'scale-up-or-out/read-bill-big-server-four-small', label: "You read a bill with the big server and the four small ones" }],
      hints: ['The bill grows only as time passes.', 'sim:AdvanceTime with Seconds: 3600, then sim:BillingView.'],
      why: 'Within a family the price is per vCPU: one m5.2xlarge costs what four m5.large cost. Scaling out buys the same capacity at the same price, spread over AZs, and it can shrink again at night.',
      solution: [advance(3600), { type: 'sim:BillingView', params: {}, note: 'Open the bill.' }],
    },
  ],
  questions: [
    {
      prompt: 'One m5.2xlarge or four m5.large: which costs more per hour?',
      choices: [
        { text: 'They cost the same.', correct: true, explanation: 'm5 prices scale with size: an m5.2xlarge is exactly four m5.large, in vCPUs, memory and price.' },
        { text: 'The m5.2xlarge: big sizes carry a premium.', correct: false, explanation: 'Within one family the hourly price is proportional to size; the premium the course mentions is buying more than you need because sizes come in steps.' },
        { text: 'The four m5.large: more servers cost more.', correct: false, explanation: 'Four times a quarter of the size is the same capacity and the same price.' },
      ],
    },
  ],
});
