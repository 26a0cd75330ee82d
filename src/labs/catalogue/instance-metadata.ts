import { actionSeen, allOf, imdsAnswered, instanceWith } from '../goals';
import { defineLab } from '../runner';
import { findAmazonAmi, findDefaultSubnet, launch } from './common';

const TTL_HEADER = 'X-aws-ec2-metadata-token-ttl-seconds';
/** base64 of a small boot script (user data is sent base64-encoded). */
const USER_DATA = btoa('#!/bin/bash\nyum install -y httpd\nsystemctl start httpd\n');

function get(path: string, note: string, extra: Record<string, string | { ref: string }> = {}) {
  return { type: 'sim:QueryIMDS', params: { InstanceId: { ref: 'app' }, Method: 'GET', Path: path, ...extra }, note };
}

export const instanceMetadata = defineLab({
  id: 'instance-metadata',
  title: 'Instance metadata: user data, role credentials and IMDSv2',
  sections: [
    'Instance Metadata',
    'URL',
    'Environment',
    'User Data',
    'Authentication',
    'Unauthenticated and Unencrypted',
    'CLI',
    'EC2 SSH vs EC2 Instance Connect management',
  ],
  summary: [
    'Ask an instance about itself from the inside: its user data and its role’s temporary credentials.',
    'See that IMDSv1 answers anyone on the box, then require IMDSv2 session tokens.',
  ],
  minutes: 18,
  start: { defaultVpc: true, actions: [findAmazonAmi(), findDefaultSubnet('us-east-1a', 'subnetA')] },
  steps: [
    {
      id: 'launch',
      title: 'Launch with user data and a role',
      instruction: 'Launch an instance with a boot script as user data and the instance profile "AppRole".',
      goals: [instanceWith({ state: 'running', hasUserData: true, hasRole: true }, { label: 'A running instance has user data and an IAM role' })],
      hints: ['ec2:RunInstances with UserData (base64 text) and IamInstanceProfile: { Name: "AppRole" }.', 'The SDK expects user data base64-encoded.'],
      why: 'User data is a script or configuration the instance reads at boot. The instance profile lets software on the instance act with a role’s permissions, without stored keys.',
      solution: [launch('app', { subnet: 'subnetA', params: { UserData: USER_DATA, IamInstanceProfile: { Name: 'AppRole' } }, note: 'Launch with user data and a role.' })],
    },
    {
      id: 'open',
      title: 'Ask without a password',
      instruction: 'From inside the instance, read its user data with a plain GET to the metadata service. No token, no password.',
      goals: [imdsAnswered({ path: 'user-data', status: 200, withToken: false, label: 'Without any credential, the metadata service gave you the user data' })],
      hints: ['sim:QueryIMDS with Path /latest/user-data.', 'The service lives at 169.254.169.254, inside every instance.'],
      why: 'IMDSv1 needs no authentication and is not encrypted: anything that can run a command on the instance can read it. Never put secrets in user data.',
      solution: [get('/latest/user-data', 'Read the user data.')],
    },
    {
      id: 'environment',
      title: 'The address the OS never sees',
      instruction:
        'Look at the instance’s interfaces from inside (what `ip addr` shows), then ask the metadata service for its public IPv4.',
      goals: [
        allOf(
          'Inside the OS you saw only private addresses, and the metadata service told you the public one',
          actionSeen('sim:GuestInterfaces', { label: 'You looked at the interfaces from inside' }),
          imdsAnswered({ path: 'public-ipv4', status: 200, label: 'The metadata service answered with the public IPv4' }),
        ),
      ],
      hints: [
        'sim:GuestInterfaces shows the OS view; sim:QueryIMDS with Path /latest/meta-data/public-ipv4 asks the metadata service.',
        'Both are reads: they change nothing in the world.',
      ],
      why: 'The OS only ever has private IPv4 addresses: the internet gateway translates between the private and the public address. The metadata service (http://169.254.169.254/latest/meta-data/, categories such as hostname, public-ipv4, security-groups) is how software on the instance learns about its environment — including the public address it cannot see.',
      solution: [
        { type: 'sim:GuestInterfaces', params: { InstanceId: { ref: 'app' } }, note: 'ip addr inside the instance: private addresses only.' },
        get('/latest/meta-data/public-ipv4', 'The public IPv4, from the metadata service.'),
      ],
    },
    {
      id: 'credentials',
      title: 'Role credentials',
      instruction: 'Find the role’s temporary credentials in the metadata service.',
      goals: [imdsAnswered({ path: /iam\/security-credentials\/[^/]+$/, status: 200, label: 'You read the temporary credentials of the instance’s role' })],
      hints: ['List /latest/meta-data/iam/security-credentials/ to get the role name.', 'Then GET that path with the role name at the end.'],
      why: 'EC2 assumes the role for you and serves short-lived credentials through the metadata service, rotating them before they expire. The AWS SDKs on the instance find them there.',
      solution: [
        get('/latest/meta-data/iam/security-credentials/', 'List the roles.'),
        get('/latest/meta-data/iam/security-credentials/AppRole', 'Read the AppRole credentials.'),
      ],
    },
    {
      id: 'require-v2',
      title: 'Require IMDSv2',
      instruction: 'Make the instance require session tokens (IMDSv2).',
      goals: [instanceWith({ httpTokens: 'required' }, { label: 'An instance requires IMDSv2 tokens' })],
      hints: ['ec2:ModifyInstanceMetadataOptions with HttpTokens "required".', 'It works on a running instance.'],
      why: 'IMDSv2 protects the credentials from tricks such as a web app that can be made to fetch any URL: a plain GET is no longer enough.',
      solution: [{ type: 'ec2:ModifyInstanceMetadataOptions', params: { InstanceId: { ref: 'app' }, HttpTokens: 'required' }, note: 'Require tokens.' }],
    },
    {
      id: 'v1-refused',
      title: 'A plain GET now',
      instruction: 'Ask for the instance id with a plain GET again.',
      goals: [imdsAnswered({ status: 401, withToken: false, label: 'A GET without a token got 401 Unauthorized' })],
      hints: ['sim:QueryIMDS with Path /latest/meta-data/instance-id, no token.', 'Read the status.'],
      why: 'With tokens required, every request must carry a session token.',
      solution: [get('/latest/meta-data/instance-id', 'Plain GET.')],
    },
    {
      id: 'token',
      title: 'Get a session token',
      instruction: 'PUT /latest/api/token with a TTL header, then use the token to read the instance id.',
      goals: [
        imdsAnswered({ method: 'PUT', path: '/latest/api/token', status: 200, label: 'You got a session token with a PUT' }),
        imdsAnswered({ method: 'GET', withToken: true, status: 200, label: 'A GET with the token was answered' }),
      ],
      hints: [
        `sim:QueryIMDS with Method PUT, Path /latest/api/token and Headers { "${TTL_HEADER}": "21600" }.`,
        'Then GET with Token set to the token you got (the X-aws-ec2-metadata-token header).',
      ],
      why: 'The PUT starts a session that lasts up to six hours. Its answer has a hop limit of 1 by default, so it cannot leave the instance.',
      solution: [
        {
          type: 'sim:QueryIMDS',
          params: { InstanceId: { ref: 'app' }, Method: 'PUT', Path: '/latest/api/token', Headers: { [TTL_HEADER]: '21600' } },
          as: { token: 'Token' },
          note: 'Get a token.',
        },
        get('/latest/meta-data/instance-id', 'GET with the token.', { Token: { ref: 'token' } }),
      ],
    },
  ],
  questions: [
    {
      prompt: 'On Amazon Linux you run `ec2-metadata --public-ipv4`. Where does the answer come from?',
      choices: [
        { text: 'From the metadata service at 169.254.169.254, like a curl would', correct: true, explanation: 'The ec2-metadata tool (make it executable with chmod u+x, see --help) is a wrapper around the same HTTP URL.' },
        { text: 'From the network configuration of the OS', correct: false, explanation: 'The OS has no public IPv4 configured: the internet gateway translates to it.' },
        { text: 'From the EC2 API over the internet', correct: false, explanation: 'No credentials or internet access are needed: the service is link-local, inside the instance.' },
      ],
    },
    {
      prompt: 'How is EC2 Instance Connect different from plain SSH with a key pair?',
      choices: [
        { text: 'It pushes a one-time public key through the EC2 API, so IAM decides who may connect; SSH needs you to keep and distribute the private key of the instance’s key pair', correct: true, explanation: 'Instance Connect keys are valid for 60 seconds and every push is an API call that IAM controls and CloudTrail logs; with SSH alone, whoever holds the .pem file gets in.' },
        { text: 'It does not need port 22 open to the client', correct: false, explanation: 'Both end in an SSH connection to the instance on port 22 (the browser-based client connects from AWS’s address range for the Region).' },
        { text: 'It works without an SSH server on the instance', correct: false, explanation: 'The instance runs sshd and the Instance Connect agent; only the way the key gets there differs.' },
      ],
    },
    {
      prompt: 'Where do applications on an instance get the credentials of its IAM role?',
      choices: [
        { text: 'From the instance metadata service', correct: true, explanation: 'Under iam/security-credentials/<role>, rotated automatically.' },
        { text: 'From the user data', correct: false, explanation: 'User data is readable by anyone on the box; never put secrets there.' },
        { text: 'From a key file baked in the AMI', correct: false, explanation: 'That is exactly what roles avoid.' },
      ],
    },
    {
      prompt: 'Anyone who can run a command on the instance can read its metadata. How do you limit that?',
      choices: [
        { text: 'Block 169.254.169.254 with the OS firewall, or turn the endpoint off', correct: true, explanation: 'IMDS has no login of its own: access is controlled on the instance (or with HttpEndpoint disabled).' },
        { text: 'Give the metadata service a password', correct: false, explanation: 'There is none: IMDSv2 tokens prove a local PUT, not an identity.' },
        { text: 'Encrypt user data with HTTPS', correct: false, explanation: 'IMDS speaks plain HTTP on a link-local address; it is not encrypted.' },
      ],
    },
  ],
});
