import type { LaunchTemplate, LaunchTemplateVersion } from '../model/scaling';
import { Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters, type FilterAccessors } from '../filters';
import { toSdkLaunchTemplate, toSdkVersion } from '../shapes/launch-templates';
import { defineActions } from '../action-def';
import { findLaunchTemplate, templateVersion } from '../launch-requests';

/**
 * EC2 launch templates (rules S20–S23): saved, versioned launch parameters. Versions are immutable; `$Default` and
 * `$Latest` name the default and the newest. RunInstances and Auto Scaling launch from them.
 */

const NAME = /^[A-Za-z0-9\-_./()]{3,128}$/;
/** Bound on the stored data of one version (untrusted input). */
const MAX_DATA_CHARS = 32_000;

function missingData(): never {
  return refuse('lt.data.missing', 'No launch template data was provided. You must specify the launch template data.', { scope: { kind: 'parameter', to: 'LaunchTemplateData' } });
}

function readData(p: Params, base: Record<string, unknown> = {}): Record<string, unknown> {
  const data = p.optObj('LaunchTemplateData');
  if (!data) missingData();
  const merged = { ...base, ...data.raw };
  if (JSON.stringify(merged).length > MAX_DATA_CHARS) refuse('request.invalid-parameter', `LaunchTemplateData is larger than ${MAX_DATA_CHARS} characters.`);
  return merged;
}

function createLaunchTemplate(tx: Tx, p: Params) {
  const name = p.str('LaunchTemplateName');
  if (!NAME.test(name)) refuse('lt.name.malformed', `The launch template name '${name.slice(0, 40)}' is malformed: 3–128 letters, digits and - _ . / ( ).`);
  if (tx.visible('launchTemplates').some((t) => t.name === name)) refuse('lt.name.duplicate', 'Launch template name already in use.');
  const data = readData(p);
  // an empty LaunchTemplateData is as good as none for a new template (S20; observed on AWS)
  if (Object.keys(data).length === 0) missingData();
  const description = p.optStr('VersionDescription');
  const id = tx.id('lt');
  const lt: LaunchTemplate = {
    ownerId: tx.account,
    region: tx.region,
    tags: p.tagsFor('launch-template'),
    id,
    name,
    defaultVersion: 1,
    latestVersion: 1,
    versions: [{ versionNumber: 1, ...(description !== undefined ? { description } : {}), data, createTime: tx.now }],
    createTime: tx.now,
  };
  tx.put('launchTemplates', id, lt);
  tx.event({ type: 'created', message: `Launch template ${name} (${id}) created with version 1 as its default.`, resourceId: id });
  return { LaunchTemplate: toSdkLaunchTemplate(lt) };
}

function createLaunchTemplateVersion(tx: Tx, p: Params) {
  const lt = findLaunchTemplate(tx, p.optStr('LaunchTemplateId'), p.optStr('LaunchTemplateName'));
  const source = p.optStr('SourceVersion');
  const base = source !== undefined ? templateVersion(lt, source).data : {};
  if (lt.versions.length >= 10_000) refuse('request.invalid-parameter', 'A launch template has at most 10,000 versions.', { code: 'MaxTemplateVersionLimitExceeded' });
  const data = readData(p, base);
  const description = p.optStr('VersionDescription');
  const version: LaunchTemplateVersion = { versionNumber: lt.latestVersion + 1, ...(description !== undefined ? { description } : {}), data, createTime: tx.now };
  const next = tx.update('launchTemplates', lt.id, { latestVersion: version.versionNumber, versions: [...lt.versions, version] });
  tx.event({ type: 'lt-version', message: `Launch template ${lt.name} has version ${version.versionNumber}; the default is still ${lt.defaultVersion}.`, resourceId: lt.id });
  return { LaunchTemplateVersion: toSdkVersion(next, version) };
}

function modifyLaunchTemplate(tx: Tx, p: Params) {
  const lt = findLaunchTemplate(tx, p.optStr('LaunchTemplateId'), p.optStr('LaunchTemplateName'));
  const wanted = p.optStr('DefaultVersion') ?? p.optStr('SetDefaultVersion');
  if (wanted === undefined) return { LaunchTemplate: toSdkLaunchTemplate(lt) };
  const v = templateVersion(lt, wanted);
  const next = tx.update('launchTemplates', lt.id, { defaultVersion: v.versionNumber });
  tx.event({ type: 'lt-default', message: `Launch template ${lt.name} now launches version ${v.versionNumber} by default.`, resourceId: lt.id, from: String(lt.defaultVersion), to: String(v.versionNumber) });
  return { LaunchTemplate: toSdkLaunchTemplate(next) };
}

function describeLaunchTemplates(tx: Tx, p: Params) {
  const ids = p.optStrList('LaunchTemplateIds');
  const names = p.optStrList('LaunchTemplateNames');
  const templates = ids
    ? ids.map((id) => findLaunchTemplate(tx, id, undefined))
    : names
      ? names.map((n) => findLaunchTemplate(tx, undefined, n))
      : tx.visible('launchTemplates');
  return { LaunchTemplates: applyFilters(templates, p, {}, toSdkLaunchTemplate).map(toSdkLaunchTemplate) };
}

/** A version's SDK shape with its launch data lifted to the top, so `instance-type` and `image-id` filters find them. */
function versionFilterShape(lt: LaunchTemplate, v: LaunchTemplateVersion) {
  const sdk = toSdkVersion(lt, v);
  return { ...sdk.LaunchTemplateData, ...sdk, IsDefaultVersion: sdk.DefaultVersion };
}

const VERSION_FILTERS: FilterAccessors<{ lt: LaunchTemplate; v: LaunchTemplateVersion }> = {
  'http-endpoint': ({ v }) => metadataOption(v, 'HttpEndpoint'),
  'http-tokens': ({ v }) => metadataOption(v, 'HttpTokens'),
  'http-protocol-ipv4': ({ v }) => metadataOption(v, 'HttpProtocolIpv4'),
  'iam-instance-profile': ({ v }) => {
    const profile = (v.data as Record<string, unknown>).IamInstanceProfile as Record<string, unknown> | undefined;
    return [profile?.Arn, profile?.Name].filter((x): x is string => typeof x === 'string');
  },
};

function metadataOption(v: LaunchTemplateVersion, key: string): string | undefined {
  const options = (v.data as Record<string, unknown>).MetadataOptions as Record<string, unknown> | undefined;
  const value = options?.[key];
  return typeof value === 'string' ? value : undefined;
}

function describeLaunchTemplateVersions(tx: Tx, p: Params) {
  const lt = findLaunchTemplate(tx, p.optStr('LaunchTemplateId'), p.optStr('LaunchTemplateName'));
  const versions = p.optStrList('Versions');
  const min = p.optInt('MinVersion', 1);
  const max = p.optInt('MaxVersion', 1);
  if (versions && (min !== undefined || max !== undefined)) {
    refuse('request.invalid-combination', 'Specify either Versions or MinVersion/MaxVersion, not both.', { scope: { kind: 'parameter', to: 'MinVersion' } });
  }
  const list = (versions ? versions.map((v) => templateVersion(lt, v)) : [...lt.versions].reverse()).filter(
    (v) => (min === undefined || v.versionNumber >= min) && (max === undefined || v.versionNumber <= max),
  );
  const items = list.map((v) => ({ lt, v, tags: lt.tags }));
  const filtered = applyFilters(items, p, VERSION_FILTERS, (item) => versionFilterShape(item.lt, item.v));
  return { LaunchTemplateVersions: filtered.map(({ v }) => toSdkVersion(lt, v)) };
}

function deleteLaunchTemplate(tx: Tx, p: Params) {
  const lt = findLaunchTemplate(tx, p.optStr('LaunchTemplateId'), p.optStr('LaunchTemplateName'));
  tx.remove('launchTemplates', lt.id);
  tx.event({ type: 'deleted', message: `Launch template ${lt.name} and its ${lt.versions.length} version(s) were deleted.`, resourceId: lt.id });
  return { LaunchTemplate: toSdkLaunchTemplate(lt) };
}

function deleteLaunchTemplateVersions(tx: Tx, p: Params) {
  const lt = findLaunchTemplate(tx, p.optStr('LaunchTemplateId'), p.optStr('LaunchTemplateName'));
  const ok: { LaunchTemplateId: string; LaunchTemplateName: string; VersionNumber: number }[] = [];
  const failed: unknown[] = [];
  let versions = lt.versions;
  for (const v of p.strList('Versions')) {
    const n = Number(v);
    const base = { LaunchTemplateId: lt.id, LaunchTemplateName: lt.name, VersionNumber: n };
    if (n === lt.defaultVersion) failed.push({ ...base, ResponseError: { Code: 'unexpectedError', Message: 'Cannot delete the default version of a launch template' } });
    else if (!versions.some((x) => x.versionNumber === n)) failed.push({ ...base, ResponseError: { Code: 'launchTemplateVersionDoesNotExist', Message: 'The specified launch template version does not exist.' } });
    else {
      versions = versions.filter((x) => x.versionNumber !== n);
      ok.push(base);
    }
  }
  if (ok.length) tx.update('launchTemplates', lt.id, { versions });
  return { SuccessfullyDeletedLaunchTemplateVersions: ok, UnsuccessfullyDeletedLaunchTemplateVersions: failed };
}

export const LAUNCH_TEMPLATE_ACTIONS = defineActions([
  { type: 'ec2:CreateLaunchTemplate', summary: 'Save launch parameters as version 1 of a launch template.', run: createLaunchTemplate },
  { type: 'ec2:CreateLaunchTemplateVersion', summary: 'Add a numbered version (optionally based on another).', run: createLaunchTemplateVersion },
  { type: 'ec2:ModifyLaunchTemplate', summary: 'Choose which version $Default means.', run: modifyLaunchTemplate },
  { type: 'ec2:DescribeLaunchTemplates', summary: 'List launch templates.', run: describeLaunchTemplates, read: true },
  { type: 'ec2:DescribeLaunchTemplateVersions', summary: 'List a launch template’s versions and their data.', run: describeLaunchTemplateVersions, read: true },
  { type: 'ec2:DeleteLaunchTemplateVersions', summary: 'Delete versions other than the default.', run: deleteLaunchTemplateVersions },
  { type: 'ec2:DeleteLaunchTemplate', summary: 'Delete a launch template and all its versions.', run: deleteLaunchTemplate },
]);
