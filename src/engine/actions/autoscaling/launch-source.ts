import type { AutoScalingGroup } from '../../model/scaling';
import type { Params } from '../../params';
import { Refusal, refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { findLaunchTemplate, templateVersion } from '../../launch-requests';

/**
 * A group's launch source (S24) and the checks that tie its launch template to the group's subnets (S26): the
 * template must exist, launch an image, and name only security groups that exist in the subnets' VPC.
 */

const INVALID = 'You must use a valid fully-formed launch template.';

/** Launch sources AWS accepts that the lab does not model, with the reason (S24). */
const UNSUPPORTED_SOURCES: Record<string, string> = {
  LaunchConfigurationName: 'launch configurations are a legacy launch source the lab does not model',
  InstanceId: 'the lab does not derive a group from an existing instance',
  MixedInstancesPolicy: 'the lab does not model mixed instances policies (several instance types or Spot mixes)',
};

/** Refuses a launch source other than LaunchTemplate, naming it, instead of claiming that none was given. */
export function refuseUnsupportedSources(p: Params): void {
  for (const [member, reason] of Object.entries(UNSUPPORTED_SOURCES)) {
    if (!p.has(member)) continue;
    refuse('asg.launch-source.unsupported', `${member} is not supported by the lab: ${reason}. Give a LaunchTemplate instead.`, {
      scope: { kind: 'parameter', to: member },
    });
  }
}

export function readLaunchTemplate(tx: Tx, p: Params): AutoScalingGroup['launchTemplate'] {
  refuseUnsupportedSources(p);
  const spec = p.optObj('LaunchTemplate');
  if (!spec) {
    refuse('asg.launch-source.missing', 'Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.', {
      scope: { kind: 'parameter', to: 'LaunchTemplate' },
    });
  }
  const id = spec.optStr('LaunchTemplateId');
  const name = spec.optStr('LaunchTemplateName');
  if (id !== undefined && name !== undefined) {
    refuse('asg.launch-source.missing', 'Valid requests must contain either launchTemplateId or LaunchTemplateName', { scope: { kind: 'parameter', to: 'LaunchTemplate' } });
  }
  const version = spec.optStr('Version') ?? '$Default';
  try {
    const lt = findLaunchTemplate(tx, id, name);
    const v = templateVersion(lt, version);
    if (v.data.ImageId === undefined) refuse('lt.image.missing', `Version ${v.versionNumber} of ${lt.id} has no ImageId.`);
    return { id: lt.id, name: lt.name, version };
  } catch (thrown) {
    if (!(thrown instanceof Refusal)) throw thrown;
    return refuse('asg.launch-template.invalid', `${INVALID} ${thrown.error.message}`, { resources: [id ?? name ?? ''] });
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

/** Security group ids a template version names, at the top level and on its network interfaces. */
function templateGroupIds(data: Record<string, unknown>): string[] {
  const ids = strings(data.SecurityGroupIds);
  const enis = Array.isArray(data.NetworkInterfaces) ? data.NetworkInterfaces : [];
  for (const eni of enis) if (eni && typeof eni === 'object') ids.push(...strings((eni as Record<string, unknown>).Groups));
  return [...new Set(ids)];
}

/** Refuses a template whose security groups do not exist, or live in another VPC than the group's subnets (S24, S26). */
export function checkTemplateVpc(tx: Tx, launchTemplate: AutoScalingGroup['launchTemplate'], vpcId: string): void {
  const lt = tx.find('launchTemplates', launchTemplate.id);
  if (!lt || !vpcId) return;
  const data = templateVersion(lt, launchTemplate.version).data as Record<string, unknown>;
  for (const groupId of templateGroupIds(data)) {
    const sg = tx.find('securityGroups', groupId);
    if (!sg) refuse('asg.launch-template.invalid', `${INVALID} The security group '${groupId.slice(0, 40)}' does not exist`, { resources: [lt.id, groupId.slice(0, 40)] });
    if (sg.vpcId !== vpcId) {
      refuse('asg.launch-template.other-vpc', 'One or more security groups in the launch template are not linked to the VPCs configured in the Auto Scaling group', {
        resources: [lt.id, sg.id],
        scope: { kind: 'vpc', from: sg.vpcId, to: vpcId },
      });
    }
  }
}
