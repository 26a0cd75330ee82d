import { builtInLab } from '../authoring/built-in';
import { defaultVpcStart, launch, start, stop } from './common';

export const scaling = builtInLab({
  id: 'scaling',
  title: 'Grow up or grow out: vertical and horizontal scaling',
  sections: ['Horizontal and Vertical Scaling', 'Vertical Scaling', 'Horizontal Scaling'],
  summary: [
    'Resize a server and learn why it has to stop first.',
    'Then add identical servers across Availability Zones instead.',
  ],
  minutes: 12,
  start: defaultVpcStart(
    ['a', 'b', 'c'],
    launch('app', { subnet: 'subnetA', note: 'The app server runs as a t3.micro.' }),
  ),
  steps: [
    {
      id: 'resize-running',
      title: 'Resize while running?',
      instruction: 'The app server is too small. Try to change its type to t3.large while it runs.',
      goals: [{ kind: 'refused', rule: 'instance.modify.not-stopped', label: 'You saw a resize refused because the instance was running' }],
      hints: ['Use ec2:ModifyInstanceAttribute with InstanceType: { Value: "t3.large" }.', 'Read the refusal: IncorrectInstanceState.'],
      why: 'A new size means new hardware: more vCPUs and memory that another host has free. The instance has to stop to move there, so vertical scaling always costs a restart.',
      solution: [
        {
          type: 'ec2:ModifyInstanceAttribute',
          params: { InstanceId: { ref: 'app' }, InstanceType: { Value: 't3.large' } },
          refused: { code: 'IncorrectInstanceState', rule: 'instance.modify.not-stopped' },
          note: 'Try to resize the running instance.',
        },
      ],
    },
    {
      id: 'resize',
      title: 'Scale up',
      instruction: 'Stop the app server, change its type to a bigger size, and start it again.',
      goals: [
        { kind: 'check', check: 'scaling/changed-instance-bigger-size', label: "You changed an instance to a bigger size" },
        { kind: 'check', check: 'scaling/resized-instance-running-again', label: "The resized instance is running again" },
      ],
      hints: ['ec2:StopInstances, then ec2:ModifyInstanceAttribute, then ec2:StartInstances.', 't3.large has four times the units of a t3.micro.'],
      why: 'Vertical scaling needs no change to the application, so it works even for a monolith. But there is a ceiling (the biggest size), bigger sizes cost more, and each step means downtime.',
      solution: [
        stop('app'),
        { type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: { ref: 'app' }, InstanceType: { Value: 't3.large' } }, note: 'Resize to t3.large.' },
        start('app'),
      ],
    },
    {
      id: 'scale-out',
      title: 'Scale out',
      instruction: 'Add two more servers of the same type, so three run side by side in at least two Availability Zones.',
      goals: [
        { kind: 'check', check: 'scaling/three-running-instances-same-type-spread', label: "Three running instances of the same type, spread over at least two AZs" },
      ],
      hints: ['Launch the same type as your app server.', 'Use the default subnets of us-east-1b and us-east-1c.'],
      why: 'Horizontal scaling adds or removes identical servers with no downtime, and spreading them over AZs survives the loss of a zone. A load balancer shares the requests between them, so the app must keep sessions off the server (stateless).',
      solution: [
        launch('app2', { subnet: 'subnetB', type: 't3.large', note: 'A second app server in us-east-1b.' }),
        launch('app3', { subnet: 'subnetC', type: 't3.large', note: 'A third one in us-east-1c.' }),
      ],
    },
  ],
  questions: [
    {
      prompt: 'Users lose their shopping cart when a request lands on another server. What is missing?',
      choices: [
        { text: 'Off-host sessions: the servers must be stateless', correct: true, explanation: 'Keep session data in a shared store so any server can answer.' },
        { text: 'A bigger instance size', correct: false, explanation: 'Size does not help: the session is still on one server only.' },
        { text: 'More Availability Zones', correct: false, explanation: 'Zones add resilience, not shared sessions.' },
      ],
    },
    {
      prompt: 'Which kind of scaling works for a monolith with no changes?',
      choices: [
        { text: 'Vertical', correct: true, explanation: 'A bigger instance runs the same app, after a restart.' },
        { text: 'Horizontal', correct: false, explanation: 'Several copies need the app to handle shared or off-host state.' },
      ],
    },
  ],
});
