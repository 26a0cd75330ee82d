/**
 * Named checks: facts about the world and the history that need code (a comparison across events, a bill's lines).
 * A lab document names one in a `check` goal; the name is data, the code lives here. Pure.
 */
import type { Check } from './check';
import { amiBakeChecks } from './ami-bake';
import { dedicatedChecks } from './dedicated';
import { ebsMoveChecks } from './ebs-move';
import { elasticIpChecks } from './elastic-ip';
import { instanceTypesChecks } from './instance-types';
import { loseAnAzChecks } from './lose-an-az';
import { natInstanceChecks } from './nat-instance';
import { networkInterfacesChecks } from './network-interfaces';
import { publicIpv4Checks } from './public-ipv4';
import { regionsAndHostsChecks } from './regions-and-hosts';
import { reservedInstancesChecks } from './reserved-instances';
import { scaleOutAlbChecks } from './scale-out-alb';
import { scaleUpOrOutChecks } from './scale-up-or-out';
import { scalingChecks } from './scaling';
import { sessionsChecks } from './sessions';
import { spotChecks } from './spot';
import { statusChecksChecks } from './status-checks';


/** Every named check, by name (`lab-id/what-it-checks`). */
export const CHECKS = {
  ...amiBakeChecks,
  ...dedicatedChecks,
  ...ebsMoveChecks,
  ...elasticIpChecks,
  ...instanceTypesChecks,
  ...loseAnAzChecks,
  ...natInstanceChecks,
  ...networkInterfacesChecks,
  ...publicIpv4Checks,
  ...regionsAndHostsChecks,
  ...reservedInstancesChecks,
  ...scaleOutAlbChecks,
  ...scaleUpOrOutChecks,
  ...scalingChecks,
  ...sessionsChecks,
  ...spotChecks,
  ...statusChecksChecks,
} satisfies Record<string, Check>;

export type CheckName = keyof typeof CHECKS;

export const CHECK_NAMES = Object.keys(CHECKS) as CheckName[];
