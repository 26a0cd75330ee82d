import type { Check } from './check';
import { actionSeen, allOf, imdsAnswered } from '../goals';
import { type TerminalScript } from '../catalogue/common';

const TTL_HEADER = 'X-aws-ec2-metadata-token-ttl-seconds';
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

export const instanceMetadataChecks = {
  "instance-metadata/inside-os-only-private-addresses-metadata": (allOf(
          'Inside the OS you saw only private addresses, and the metadata service told you the public one',
          actionSeen('sim:GuestInterfaces', { label: 'You looked at the interfaces from inside' }),
          imdsAnswered({ path: 'public-ipv4', status: 200, label: 'The metadata service answered with the public IPv4' }),
        )).test,
} satisfies Record<string, Check>;
