import type { LaunchTemplate, LaunchTemplateVersion } from './model/scaling';
import { checkIdFormat } from './lookup';
import { Params } from './params';
import { refuse } from './refusal';
import type { Tx } from './tx';

/**
 * Launching from a launch template (rules S20–S23): finding a template and a version, and the RunInstances request
 * a version makes. Shared by RunInstances (actions/launch.ts), the launch template actions and Auto Scaling.
 */

/** A template by ID or by name (exactly one of them). */
export function findLaunchTemplate(tx: Tx, id: string | undefined, name: string | undefined): LaunchTemplate {
  if (id !== undefined && name !== undefined) {
    refuse('request.invalid-combination', 'Specify either LaunchTemplateId or LaunchTemplateName, not both.', { scope: { kind: 'parameter', to: 'LaunchTemplateId' } });
  }
  if (id !== undefined) {
    checkIdFormat('launchTemplates', id);
    const lt = tx.find('launchTemplates', id);
    if (!lt) refuse('lt.not-found', `The specified launch template, with template ID ${id}, does not exist.`, { resources: [id] });
    return lt;
  }
  if (name !== undefined) {
    const lt = tx.visible('launchTemplates').find((t) => t.name === name);
    if (!lt) {
      refuse('lt.not-found', `The specified launch template, with template name ${name.slice(0, 128)}, does not exist.`, {
        code: 'InvalidLaunchTemplateName.NotFoundException',
      });
    }
    return lt;
  }
  return refuse('request.missing-parameter', 'The request must contain the parameter LaunchTemplateId or LaunchTemplateName.', {
    scope: { kind: 'parameter', to: 'LaunchTemplateId' },
  });
}

/** A version by number, `$Default` or `$Latest` (default: `$Default`). */
export function templateVersion(lt: LaunchTemplate, version: string | undefined): LaunchTemplateVersion {
  const v = version ?? '$Default';
  const number = v === '$Default' ? lt.defaultVersion : v === '$Latest' ? lt.latestVersion : /^\d+$/.test(v) ? Number(v) : NaN;
  const found = lt.versions.find((x) => x.versionNumber === number);
  if (!found) {
    refuse('lt.version.not-found', `The specified launch template version '${v.slice(0, 20)}' of ${lt.id} does not exist.`, { resources: [lt.id] });
  }
  return found;
}

/**
 * RunInstances with `LaunchTemplate`: the version's data with the request's own members on top (S23), tagged
 * aws:ec2launchtemplate:id / :version. Returns the request unchanged when it names no template.
 */
export function withLaunchTemplate(tx: Tx, p: Params): Params {
  const spec = p.optObj('LaunchTemplate');
  if (!spec) return p;
  const lt = findLaunchTemplate(tx, spec.optStr('LaunchTemplateId'), spec.optStr('LaunchTemplateName'));
  const version = templateVersion(lt, spec.optStr('Version'));
  return new Params(launchRequest(lt, version, p.raw));
}

/** The RunInstances request a template version makes, with `overrides` on top. */
export function launchRequest(lt: LaunchTemplate, version: LaunchTemplateVersion, overrides: Record<string, unknown>): Record<string, unknown> {
  const { LaunchTemplate: _spec, ...request } = overrides;
  const merged: Record<string, unknown> = { ...version.data, ...request };
  if (merged.ImageId === undefined) refuse('lt.image.missing', 'The request must contain the parameter ImageId', { resources: [lt.id] });
  const ltTags = [
    { Key: 'aws:ec2launchtemplate:id', Value: lt.id },
    { Key: 'aws:ec2launchtemplate:version', Value: String(version.versionNumber) },
  ];
  const specs = [
    ...(Array.isArray(version.data.TagSpecifications) ? version.data.TagSpecifications : []),
    ...(Array.isArray(request.TagSpecifications) ? request.TagSpecifications : []),
    { ResourceType: 'instance', Tags: ltTags },
  ];
  merged.TagSpecifications = specs;
  return merged;
}
