import type { Check } from './check';
import { goal, historyEvents } from '../goals';
import type { GoalContext, HistoryEntry } from '../types';
import { type TerminalScript } from '../catalogue/common';

/** The dynamic public IPv4 each instance holds after every history entry, from the engine's events. */
function publicIpBefore(history: readonly HistoryEntry[], index: number, instanceId: string): string | undefined {
  let ip: string | undefined;
  for (const { event, index: at } of historyEvents(history)) {
    if (at >= index) break;
    if (event.resourceId !== instanceId) continue;
    if (event.type === 'public-ip-assigned') ip = event.to;
    if (event.type === 'public-ip-released') ip = undefined;
  }
  return ip;
}

/** A reboot of an instance that held a public IPv4, which released nothing. */
function rebootKeptIp({ history }: GoalContext): boolean {
  return history.some((entry, index) =>
    entry.events.some(
      (e) =>
        e.type === 'instance-reboot' &&
        e.resourceId !== undefined &&
        publicIpBefore(history, index, e.resourceId) !== undefined &&
        !entry.events.some((r) => r.type === 'public-ip-released' && r.resourceId === e.resourceId),
    ),
  );
}

/** After a release, the same instance got a different dynamic address. */
function newIpAfterRelease({ history }: GoalContext): boolean {
  const events = historyEvents(history).map((x) => x.event);
  return events.some(
    (released, i) =>
      released.type === 'public-ip-released' &&
      events
        .slice(i + 1)
        .some((assigned) => assigned.type === 'public-ip-assigned' && assigned.resourceId === released.resourceId && assigned.to !== released.from),
  );
}

const Q = (field: string) => `--query 'Reservations[0].Instances[0].${field}' --output text`;
const MD = 'http://169.254.169.254/latest/meta-data';

/** What the learner types (src/terminal/inside-labs.test.ts runs every line against this lab). */
const T = {
  subnet: "SUBNET=$(aws ec2 describe-subnets --filters Name=tag:Name,Values=app --query 'Subnets[0].SubnetId' --output text)",
  mapPublic: 'aws ec2 modify-subnet-attribute --subnet-id $SUBNET --map-public-ip-on-launch',
  ami: "AMI=$(aws ec2 describe-images --owners amazon --query 'Images[0].ImageId' --output text)",
  sg: "SG=$(aws ec2 describe-security-groups --filters Name=group-name,Values=ssh-from-me --query 'SecurityGroups[0].GroupId' --output text)",
  run: "APP=$(aws ec2 run-instances --image-id $AMI --instance-type t3.micro --subnet-id $SUBNET --security-group-ids $SG --key-name lab-key --query 'Instances[0].InstanceId' --output text)",
  showIp: `aws ec2 describe-instances --instance-ids $APP ${Q('PublicIpAddress')}`,
  reboot: 'aws ec2 reboot-instances --instance-ids $APP',
  stop: 'aws ec2 stop-instances --instance-ids $APP',
  start: 'aws ec2 start-instances --instance-ids $APP',
  ip: `IP=$(aws ec2 describe-instances --instance-ids $APP ${Q('PublicIpAddress')})`,
  ssh: 'ssh -i lab-key.pem ec2-user@$IP',
  hostname: 'hostname',
  digHostname: 'dig +short $(hostname)',
  privateName: `NAME=$(aws ec2 describe-instances --instance-ids $APP ${Q('PrivateDnsName')})`,
  digName: 'dig $NAME',
  publicName: `PUBLIC=$(aws ec2 describe-instances --instance-ids $APP ${Q('PublicDnsName')})`,
  digPublic: 'dig +short $PUBLIC',
  digPublicInside: `dig +short $(curl -s ${MD}/public-hostname)`,
};

export const publicIpv4Script: TerminalScript = [
  ['get-one', [T.subnet, T.mapPublic, T.ami, T.sg, T.run, T.showIp]],
  ['reboot', [T.reboot, T.showIp]],
  ['stop-start', [T.stop, T.start, T.showIp]],
  ['private-dns', [T.ip, T.ssh, T.hostname, T.digHostname, 'exit', T.privateName, T.digName]],
  ['public-dns', [T.publicName, T.digPublic, T.ssh, T.digPublicInside]],
];

export const publicIpv4Checks = {
  "public-ipv4/reboot-kept-public-ipv4-instance": (goal('A reboot kept the public IPv4 of an instance', rebootKeptIp)).test,
  "public-ipv4/stop-start-gave-instance-new-public": (goal('A stop and start gave an instance a new public IPv4', newIpAfterRelease)).test,
} satisfies Record<string, Check>;
