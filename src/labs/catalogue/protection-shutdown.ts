import { actionSeen, instanceWith, refusalSeen } from '../goals';
import { defineLab } from '../runner';
import { findAmazonAmi, findDefaultSubnet, instanceIds, launch, start } from './common';

export const protectionShutdown = defineLab({
  id: 'protection-shutdown',
  title: 'Termination protection and shutdown behaviour',
  sections: ['Termination Protection [OOS]', 'Shutdown Behaviour [OOS]'],
  summary: [
    'Protect a production server from an accidental terminate call.',
    'Then find out what a shutdown from inside the OS does, and why protection does not stop it.',
  ],
  minutes: 10,
  start: { defaultVpc: true, actions: [findAmazonAmi(), findDefaultSubnet('us-east-1a', 'subnetA'), launch('prod', { subnet: 'subnetA', note: 'A production server.' })] },
  steps: [
    {
      id: 'protect',
      title: 'Turn protection on',
      instruction: 'Turn on termination protection for the production server.',
      goals: [instanceWith({ terminationProtection: true })],
      hints: ['ec2:ModifyInstanceAttribute with DisableApiTermination: { Value: true }.', 'You can also set it at launch.'],
      why: 'Termination protection is an attribute of the instance. While it is on, the API refuses to terminate it.',
      solution: [{ type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: { ref: 'prod' }, DisableApiTermination: { Value: true } }, note: 'Protect prod.' }],
    },
    {
      id: 'try',
      title: 'Try to terminate',
      instruction: 'Try to terminate the production server.',
      goals: [refusalSeen({ rule: 'instance.terminate.protected', label: 'You saw a terminate refused by termination protection' })],
      hints: ['ec2:TerminateInstances.', 'Read the refusal: OperationNotPermitted.'],
      why: 'Protection splits roles: a junior admin may be allowed to terminate instances, but only someone allowed to change the attribute can remove a protected one.',
      solution: [
        {
          type: 'ec2:TerminateInstances',
          params: { InstanceIds: instanceIds('prod') },
          refused: { code: 'OperationNotPermitted', rule: 'instance.terminate.protected' },
          note: 'Try to terminate prod.',
        },
      ],
    },
    {
      id: 'os-stop',
      title: 'Shut down from the OS',
      instruction: 'Inside the OS, run a shutdown (sim:GuestShutdown). What state is the instance in?',
      goals: [
        actionSeen('sim:GuestShutdown', {
          label: 'A shutdown inside the OS stopped the instance (the default)',
          where: (h) => h.events.some((e) => e.type === 'instance-state' && e.to === 'stopped'),
        }),
      ],
      hints: ['sim:GuestShutdown with the InstanceId.', 'Look at the instance state afterwards.'],
      why: 'By default a shutdown from the OS stops the instance: it can be started again later.',
      solution: [{ type: 'sim:GuestShutdown', params: { InstanceId: { ref: 'prod' } }, note: 'Shut down from the OS.' }],
    },
    {
      id: 'os-terminate',
      title: 'Shutdown means terminate',
      instruction: 'Start the server again. Set its shutdown behaviour to "terminate", then shut it down from the OS once more.',
      goals: [
        instanceWith(
          { terminationProtection: true, state: ['shutting-down', 'terminated'] },
          { label: 'A protected instance was terminated by a shutdown from its own OS' },
        ),
      ],
      hints: [
        'ec2:ModifyInstanceAttribute with InstanceInitiatedShutdownBehavior: { Value: "terminate" }.',
        'Then sim:GuestShutdown. Termination protection only guards the API.',
      ],
      why: 'The shutdown behaviour decides whether an OS shutdown stops or terminates the instance. Termination protection guards the API call only, so a "terminate" shutdown still removes the instance.',
      solution: [
        start('prod'),
        { type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: { ref: 'prod' }, InstanceInitiatedShutdownBehavior: { Value: 'terminate' } }, note: 'Shutdown now terminates.' },
        { type: 'sim:GuestShutdown', params: { InstanceId: { ref: 'prod' } }, note: 'Shut down from the OS.' },
      ],
    },
  ],
  questions: [
    {
      prompt: 'An instance has termination protection and shutdown behaviour "terminate". A script runs `shutdown -h now`. What happens?',
      choices: [
        { text: 'It is terminated', correct: true, explanation: 'Protection guards the API call, not an OS shutdown.' },
        { text: 'It stops', correct: false, explanation: 'Only with the default behaviour "stop".' },
        { text: 'Nothing: protection blocks it', correct: false, explanation: 'Protection applies to TerminateInstances only.' },
      ],
    },
  ],
});
