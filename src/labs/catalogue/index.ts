import type { Section } from '../../engine';
import type { Lab } from '../types';
import { regionsAndHosts } from './regions-and-hosts';
import { instanceTypes } from './instance-types';
import { scaling } from './scaling';
import { networkInterfaces } from './network-interfaces';
import { publicIpv4 } from './public-ipv4';
import { elasticIp } from './elastic-ip';
import { natInstance } from './nat-instance';
import { ebsMove } from './ebs-move';
import { amiBake } from './ami-bake';
import { amiCopy } from './ami-copy';
import { spot } from './spot';
import { reservedInstances } from './reserved-instances';
import { dedicated } from './dedicated';
import { statusChecks } from './status-checks';
import { protectionShutdown } from './protection-shutdown';
import { instanceMetadata } from './instance-metadata';
import { scaleOutAlb } from './scale-out-alb';
import { sessions } from './sessions';
import { loseAnAz } from './lose-an-az';
import { scaleUpOrOut } from './scale-up-or-out';
import { whyCantISsh } from './why-cant-i-ssh';

/** Every lab, in the order the picker shows them. */
export const labs: readonly Lab[] = [
  regionsAndHosts,
  instanceTypes,
  scaling,
  scaleUpOrOut,
  scaleOutAlb,
  sessions,
  loseAnAz,
  networkInterfaces,
  publicIpv4,
  elasticIp,
  natInstance,
  ebsMove,
  amiBake,
  amiCopy,
  spot,
  reservedInstances,
  dedicated,
  statusChecks,
  protectionShutdown,
  instanceMetadata,
  whyCantISsh,
];

export function labById(id: string): Lab | undefined {
  return labs.find((lab) => lab.id === id);
}

/** Labs that teach a course section (for "practise this" links from the explanation card). */
export function labsForSection(section: Section): Lab[] {
  return labs.filter((lab) => lab.sections.includes(section));
}
