import { builtInLab } from '../authoring/built-in';
import { defaultVpcStart, instanceIds, launch, sshAccess, start, type TerminalScript } from './common';

const Q = (field: string) => `--query 'Reservations[0].Instances[0].${field}' --output text`;

/** What the learner types (src/terminal/inside-labs.test.ts runs every line against this lab). */
const T = {
  find: `PROD=$(aws ec2 describe-instances --filters Name=tag:Name,Values=prod ${Q('InstanceId')})`,
  protect: 'aws ec2 modify-instance-attribute --instance-id $PROD --disable-api-termination',
  terminate: 'aws ec2 terminate-instances --instance-ids $PROD',
  ip: `IP=$(aws ec2 describe-instances --instance-ids $PROD ${Q('PublicIpAddress')})`,
  ssh: 'ssh -i lab-key.pem ec2-user@$IP',
  shutdown: 'sudo shutdown -h now',
  state: `aws ec2 describe-instances --instance-ids $PROD ${Q('State.Name')}`,
  start: 'aws ec2 start-instances --instance-ids $PROD',
  behaviour: 'aws ec2 modify-instance-attribute --instance-id $PROD --instance-initiated-shutdown-behavior terminate',
};

export const protectionShutdownScript: TerminalScript = [
  ['protect', [T.find, T.protect]],
  ['try', [T.terminate]],
  ['os-stop', [T.ip, T.ssh, T.shutdown, T.state]],
  ['os-terminate', [T.start, T.behaviour, T.ip, T.ssh, T.shutdown, T.state]],
];

export const protectionShutdown = builtInLab({
  id: 'protection-shutdown',
  title: 'Termination protection and shutdown behaviour',
  sections: ['Termination Protection [OOS]', 'Shutdown Behaviour [OOS]'],
  summary: [
    'Protect a production server from an accidental terminate call.',
    'Then find out what a shutdown from inside the OS does, and why protection does not stop it.',
  ],
  minutes: 10,
  start: defaultVpcStart(
    ['a'],
    ...sshAccess(),
    launch('prod', { subnet: 'subnetA', params: { KeyName: 'lab-key', SecurityGroupIds: [{ ref: 'sshSg' }] }, note: 'A production server you can ssh to with lab-key.pem.' }),
  ),
  steps: [
    {
      id: 'protect',
      title: 'Turn protection on',
      instruction: `Turn on termination protection for the production server. In the terminal (\`): ${T.find}, then ${T.protect}`,
      goals: [{ kind: 'instance', where: { terminationProtection: true } }],
      hints: ['--no-disable-api-termination turns it off again.', 'You can also set it at launch (run-instances --disable-api-termination).'],
      why: 'Termination protection is an attribute of the instance. While it is on, the API refuses to terminate it.',
      solution: [{ type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: { ref: 'prod' }, DisableApiTermination: { Value: true } }, note: 'Protect prod.' }],
    },
    {
      id: 'try',
      title: 'Try to terminate',
      instruction: `Try to terminate the production server: ${T.terminate}`,
      goals: [{ kind: 'refused', rule: 'instance.terminate.protected', label: 'You saw a terminate refused by termination protection' }],
      hints: ['Read the refusal: OperationNotPermitted.', 'echo $? prints the CLI’s exit status: 254 for an error from AWS.'],
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
      instruction: `Log in — ${T.ip}, then ${T.ssh} — and shut down from inside the OS: ${T.shutdown}. The connection closes. What state is the instance in? ${T.state}`,
      goals: [
        { kind: 'action', type: 'sim:GuestShutdown', label: 'A shutdown inside the OS stopped the instance (the default)', event: 'instance-state', eventTo: 'stopped' },
      ],
      hints: ['shutdown needs root: without sudo it is refused.', 'sudo poweroff does the same.'],
      why: 'By default a shutdown from the OS stops the instance: it can be started again later.',
      solution: [{ type: 'sim:GuestShutdown', params: { InstanceId: { ref: 'prod' } }, note: 'Shut down from the OS.' }],
    },
    {
      id: 'os-terminate',
      title: 'Shutdown means terminate',
      instruction: `Start the server again (${T.start}) and set its shutdown behaviour to terminate: ${T.behaviour}. Then shut it down from the OS once more: it has a new public IPv4 after the stop, so read it again (${T.ip}), ${T.ssh}, ${T.shutdown}, and look: ${T.state}`,
      goals: [
        { kind: 'instance', where: { terminationProtection: true, state: ['shutting-down', 'terminated'] }, label: 'A protected instance was terminated by a shutdown from its own OS' },
      ],
      hints: [
        'The SDK call is ec2:ModifyInstanceAttribute with InstanceInitiatedShutdownBehavior: { Value: "terminate" }.',
        'Termination protection only guards the API.',
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
