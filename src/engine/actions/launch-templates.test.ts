import { expect, it } from 'vitest';
import { describe } from '../index';
import { no, ok } from '../engine-test-helpers';
import { scalingLab } from './scaling-test-helpers';

it('creates version 1 as default and latest, refuses a taken or malformed name and missing data (S20)', () => {
  const lab = scalingLab();
  const r = ok(lab.world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: lab.imageId } });
  expect(r.response.LaunchTemplate).toMatchObject({ LaunchTemplateName: 'web', DefaultVersionNumber: 1, LatestVersionNumber: 1 });
  expect(r.response.LaunchTemplate.LaunchTemplateId).toMatch(/^lt-[0-9a-f]{17}$/);
  expect(no(r.world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: {} })).toMatchObject({
    code: 'InvalidLaunchTemplateName.AlreadyExistsException',
    message: 'Launch template name already in use.',
  });
  expect(no(lab.world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'a b', LaunchTemplateData: {} }).code).toBe('InvalidLaunchTemplateName.MalformedException');
  expect(no(lab.world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web' })).toMatchObject({ code: 'MissingParameter', rule: 'lt.data.missing' });
  expect(no(lab.world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: {} })).toMatchObject({
    code: 'MissingParameter',
    rule: 'lt.data.missing',
    message: 'No launch template data was provided. You must specify the launch template data.',
  });
});

it('adds versions that do not become the default until ModifyLaunchTemplate (S21, S22)', () => {
  const lab = scalingLab();
  const lt = ok(lab.world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: lab.imageId, InstanceType: 't3.micro' } });
  const id = lt.response.LaunchTemplate.LaunchTemplateId;
  const v2 = ok(lt.world, 'ec2:CreateLaunchTemplateVersion', { LaunchTemplateId: id, SourceVersion: '1', LaunchTemplateData: { InstanceType: 't3.large' } });
  expect(v2.response.LaunchTemplateVersion).toMatchObject({ VersionNumber: 2, DefaultVersion: false, LaunchTemplateData: { ImageId: lab.imageId, InstanceType: 't3.large' } });
  expect(no(lt.world, 'ec2:CreateLaunchTemplateVersion', { LaunchTemplateId: id, SourceVersion: '9', LaunchTemplateData: {} }).code).toBe('InvalidLaunchTemplateId.VersionNotFound');
  expect(no(v2.world, 'ec2:ModifyLaunchTemplate', { LaunchTemplateId: id, DefaultVersion: '666' }).code).toBe('InvalidLaunchTemplateId.VersionNotFound');
  const moved = ok(v2.world, 'ec2:ModifyLaunchTemplate', { LaunchTemplateId: id, DefaultVersion: '2' });
  expect(moved.response.LaunchTemplate.DefaultVersionNumber).toBe(2);
  const del = ok(moved.world, 'ec2:DeleteLaunchTemplateVersions', { LaunchTemplateId: id, Versions: ['2', '1'] });
  expect(del.response.UnsuccessfullyDeletedLaunchTemplateVersions[0].ResponseError.Code).toBe('unexpectedError');
  expect(del.response.SuccessfullyDeletedLaunchTemplateVersions).toHaveLength(1);
});

it('launches RunInstances from $Default, $Latest or a number, request members on top (S23)', () => {
  const lab = scalingLab();
  let world = ok(lab.world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: lab.imageId, InstanceType: 't3.micro' } }).world;
  world = ok(world, 'ec2:CreateLaunchTemplateVersion', { LaunchTemplateName: 'web', SourceVersion: '1', LaunchTemplateData: { InstanceType: 't3.small' } }).world;
  const launch = (Version: string, extra: Record<string, unknown> = {}) =>
    ok(world, 'ec2:RunInstances', { LaunchTemplate: { LaunchTemplateName: 'web', Version }, MinCount: 1, MaxCount: 1, ...extra }).response.Instances[0];
  expect(launch('$Default').InstanceType).toBe('t3.micro');
  expect(launch('$Latest').InstanceType).toBe('t3.small');
  expect(launch('2', { InstanceType: 'm5.large' }).InstanceType).toBe('m5.large');
  expect(launch('1').Tags).toContainEqual({ Key: 'aws:ec2launchtemplate:version', Value: '1' });
  expect(no(world, 'ec2:RunInstances', { LaunchTemplate: { LaunchTemplateName: 'nope' }, MinCount: 1, MaxCount: 1 }).code).toBe('InvalidLaunchTemplateName.NotFoundException');
  expect(no(world, 'ec2:RunInstances', { LaunchTemplate: { LaunchTemplateId: 'lt-123' }, MinCount: 1, MaxCount: 1 }).code).toBe('InvalidLaunchTemplateId.Malformed');
  expect(no(world, 'ec2:RunInstances', { LaunchTemplate: { LaunchTemplateId: 'lt-0123456789abcdef0' }, MinCount: 1, MaxCount: 1 }).code).toBe('InvalidLaunchTemplateId.NotFound');
  expect(no(world, 'ec2:RunInstances', { LaunchTemplate: { LaunchTemplateName: 'web', Version: '7' }, MinCount: 1, MaxCount: 1 }).code).toBe('InvalidLaunchTemplateId.VersionNotFound');
  const bare = ok(world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'bare', LaunchTemplateData: { InstanceType: 't3.micro' } }).world;
  const e = no(bare, 'ec2:RunInstances', { LaunchTemplate: { LaunchTemplateName: 'bare' }, MinCount: 1, MaxCount: 1 });
  expect(e).toMatchObject({ code: 'MissingParameter', message: 'The request must contain the parameter ImageId' });
});

it('deletes a template with all its versions', () => {
  const lab = scalingLab();
  const lt = ok(lab.world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: lab.imageId } });
  const gone = ok(lt.world, 'ec2:DeleteLaunchTemplate', { LaunchTemplateName: 'web' }).world;
  expect(describe(gone, 'ec2:DescribeLaunchTemplates', {}).LaunchTemplates).toEqual([]);
  expect(no(gone, 'ec2:RunInstances', { LaunchTemplate: { LaunchTemplateId: lt.response.LaunchTemplate.LaunchTemplateId }, MinCount: 1, MaxCount: 1 }).code).toBe('InvalidLaunchTemplateId.NotFound');
});
