import type { LaunchTemplate, LaunchTemplateVersion } from '../model/scaling';
import { isoAt } from '../time';

/** SDK shapes of launch templates and their versions (CreateLaunchTemplate, DescribeLaunchTemplate[Version]s). */

export function toSdkLaunchTemplate(lt: LaunchTemplate) {
  return {
    LaunchTemplateId: lt.id,
    LaunchTemplateName: lt.name,
    CreateTime: isoAt(lt.createTime),
    CreatedBy: `arn:aws:iam::${lt.ownerId}:root`,
    DefaultVersionNumber: lt.defaultVersion,
    LatestVersionNumber: lt.latestVersion,
    ...(lt.tags.length ? { Tags: lt.tags } : {}),
  };
}

export function toSdkVersion(lt: LaunchTemplate, v: LaunchTemplateVersion) {
  return {
    LaunchTemplateId: lt.id,
    LaunchTemplateName: lt.name,
    VersionNumber: v.versionNumber,
    ...(v.description !== undefined ? { VersionDescription: v.description } : {}),
    CreateTime: isoAt(v.createTime),
    CreatedBy: `arn:aws:iam::${lt.ownerId}:root`,
    DefaultVersion: v.versionNumber === lt.defaultVersion,
    LaunchTemplateData: structuredClone(v.data),
  };
}
