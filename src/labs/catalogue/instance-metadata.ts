import { builtInLab } from '../authoring/built-in';
import { defaultVpcStart, launch, sshAccess, type TerminalScript } from './common';

const TTL_HEADER = 'X-aws-ec2-metadata-token-ttl-seconds';
/** base64 of the one-line boot script the terminal's --user-data sends (the CLI encodes it). */
const USER_DATA = btoa('echo hello from user data');
const MD = 'http://169.254.169.254/latest';

/** What the learner types (src/terminal/inside-labs.test.ts runs every line against this lab). */
const T = {
  sg: "SG=$(aws ec2 describe-security-groups --group-names ssh-from-me --query 'SecurityGroups[0].GroupId' --output text)",
  ami: "AMI=$(aws ec2 describe-images --owners amazon --query 'Images[0].ImageId' --output text)",
  run: "APP=$(aws ec2 run-instances --image-id $AMI --instance-type t3.micro --key-name lab-key --security-group-ids $SG --iam-instance-profile Name=AppRole --user-data 'echo hello from user data' --query 'Instances[0].InstanceId' --output text)",
  ip: "IP=$(aws ec2 describe-instances --instance-ids $APP --query 'Reservations[0].Instances[0].PublicIpAddress' --output text)",
  ssh: 'ssh -i lab-key.pem ec2-user@$IP',
  userData: `curl ${MD}/user-data`,
  ipAddr: 'ip addr',
  publicIp: `curl ${MD}/meta-data/public-ipv4`,
  ec2Metadata: 'ec2-metadata --instance-id',
  roles: `curl ${MD}/meta-data/iam/security-credentials/`,
  creds: `curl ${MD}/meta-data/iam/security-credentials/AppRole`,
  requireV2: 'aws ec2 modify-instance-metadata-options --instance-id $APP --http-tokens required',
  plainGet: `curl -i ${MD}/meta-data/instance-id`,
  token: `TOKEN=$(curl -s -X PUT ${MD}/api/token -H "${TTL_HEADER}: 21600")`,
  withToken: `curl -s -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/meta-data/instance-id`,
};

export const instanceMetadataScript: TerminalScript = [
  ['launch', [T.sg, T.ami, T.run]],
  ['open', [T.ip, T.ssh, T.userData]],
  ['environment', [T.ipAddr, T.publicIp]],
  ['credentials', [T.roles, T.creds]],
  ['require-v2', ['exit', T.requireV2]],
  ['v1-refused', [T.ssh, T.plainGet]],
  ['token', [T.token, T.withToken, T.ec2Metadata]],
];

function get(path: string, note: string, extra: Record<string, string | { ref: string }> = {}) {
  return { type: 'sim:QueryIMDS', params: { InstanceId: { ref: 'app' }, Method: 'GET', Path: path, ...extra }, note };
}

export const instanceMetadata = builtInLab({
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
  start: defaultVpcStart(['a'], ...sshAccess()),
  steps: [
    {
      id: 'launch',
      title: 'Launch with user data and a role',
      instruction: `Open the terminal (\`) and launch an instance with a boot script as user data, the instance profile AppRole, the key pair lab-key and the security group ssh-from-me (SSH from your address): ${T.sg}, then ${T.ami}, then ${T.run}`,
      goals: [{ kind: 'instance', where: { state: 'running', hasUserData: true, hasRole: true }, label: 'A running instance has user data and an IAM role' }],
      hints: [
        'The CLI base64-encodes --user-data for you; the SDK (ec2:RunInstances UserData) expects it encoded already.',
        'A real boot script starts with #!/bin/bash on a line of its own; a one-line script is enough to see user data arrive.',
      ],
      why: 'User data is a script or configuration the instance reads at boot. The instance profile lets software on the instance act with a role’s permissions, without stored keys.',
      solution: [
        launch('app', {
          subnet: 'subnetA',
          params: { UserData: USER_DATA, IamInstanceProfile: { Name: 'AppRole' }, KeyName: 'lab-key', SecurityGroupIds: [{ ref: 'sshSg' }] },
          note: 'Launch with user data, a role, the key pair and SSH from your address.',
        }),
      ],
    },
    {
      id: 'open',
      title: 'Ask without a password',
      instruction: `Log in: ${T.ip}, then ${T.ssh}. Inside, read the user data with a plain GET to the metadata service — no token, no password: ${T.userData}`,
      goals: [{ kind: 'imds', path: 'user-data', status: 200, withToken: false, label: 'Without any credential, the metadata service gave you the user data' }],
      hints: ['No .pem file? mssh $APP connects with EC2 Instance Connect instead.', 'The service lives at 169.254.169.254, inside every instance: the same curl from CloudShell leads nowhere.'],
      why: 'IMDSv1 needs no authentication and is not encrypted: anything that can run a command on the instance can read it. Never put secrets in user data.',
      solution: [get('/latest/user-data', 'Read the user data.')],
    },
    {
      id: 'environment',
      title: 'The address the OS never sees',
      instruction: `Look at the instance’s interfaces from inside with ${T.ipAddr}: is the public IPv4 there? Then ask the metadata service for it: ${T.publicIp}`,
      goals: [
        {
          kind: 'all',
          label: 'Inside the OS you saw only private addresses, and the metadata service told you the public one',
          goals: [
            { kind: 'action', type: 'sim:GuestInterfaces', label: 'You looked at the interfaces from inside' },
            { kind: 'imds', path: 'public-ipv4', status: 200, label: 'The metadata service answered with the public IPv4' },
          ],
        },
      ],
      hints: [
        'ip addr shows private addresses only: the internet gateway translates the public one.',
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
      instruction: `Find the role’s temporary credentials in the metadata service: ${T.roles} lists the role, then read it.`,
      goals: [{ kind: 'imds', under: 'iam/security-credentials/', status: 200, label: 'You read the temporary credentials of the instance’s role' }],
      hints: ['The list answers with the role name: AppRole.', `${T.creds}`],
      why: 'EC2 assumes the role for you and serves short-lived credentials through the metadata service, rotating them before they expire. The AWS SDKs on the instance find them there.',
      solution: [
        get('/latest/meta-data/iam/security-credentials/', 'List the roles.'),
        get('/latest/meta-data/iam/security-credentials/AppRole', 'Read the AppRole credentials.'),
      ],
    },
    {
      id: 'require-v2',
      title: 'Require IMDSv2',
      instruction: `Make the instance require session tokens (IMDSv2). That is an EC2 API call: type exit to come back to CloudShell, then ${T.requireV2}`,
      goals: [{ kind: 'instance', where: { httpTokens: 'required' }, label: 'An instance requires IMDSv2 tokens' }],
      hints: ['It works on a running instance: no reboot needed.', 'The SDK call is ec2:ModifyInstanceMetadataOptions with HttpTokens "required".'],
      why: 'IMDSv2 protects the credentials from tricks such as a web app that can be made to fetch any URL: a plain GET is no longer enough.',
      solution: [{ type: 'ec2:ModifyInstanceMetadataOptions', params: { InstanceId: { ref: 'app' }, HttpTokens: 'required' }, note: 'Require tokens.' }],
    },
    {
      id: 'v1-refused',
      title: 'A plain GET now',
      instruction: `Log in again (${T.ssh}) and ask for the instance id with a plain GET: ${T.plainGet}`,
      goals: [{ kind: 'imds', status: 401, withToken: false, label: 'A GET without a token got 401 Unauthorized' }],
      hints: ['-i shows the status line: HTTP/1.1 401 Unauthorized.', 'curl -f would fail instead, with exit status 22.'],
      why: 'With tokens required, every request must carry a session token.',
      solution: [get('/latest/meta-data/instance-id', 'Plain GET.')],
    },
    {
      id: 'token',
      title: 'Get a session token',
      instruction: `Ask for a session token with a PUT and a TTL header: ${T.token} — then send it with your GET: ${T.withToken}`,
      goals: [
        { kind: 'imds', method: 'PUT', path: '/latest/api/token', status: 200, label: 'You got a session token with a PUT' },
        { kind: 'imds', method: 'GET', withToken: true, status: 200, label: 'A GET with the token was answered' },
      ],
      hints: [
        'echo $TOKEN shows the token: a PUT is something a fetch-any-URL web page cannot be tricked into sending.',
        'The token goes in the X-aws-ec2-metadata-token header of every request.',
        `Amazon Linux’s ec2-metadata tool does the token exchange for you: ${T.ec2Metadata} (ec2-metadata --help lists the others).`,
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
