import type { InstanceTypeInfo } from './catalog/instance-types';
import type { Image } from './model/storage';
import { refuse } from './refusal';

/**
 * An instance type runs only AMIs of its processor architecture (RunInstances, and ModifyInstanceAttribute
 * InstanceType on a stopped instance). The message is AWS's RunInstances text (also what it says for a launch
 * template's type and AMI).
 */
export function requireMatchingArchitecture(type: InstanceTypeInfo, image: Image, instanceId?: string): void {
  // The lab has no macOS AMIs: a Mac type runs the images of its processor's architecture.
  const archs: readonly string[] = type.architectures.map((a) => a.replace(/_mac$/, ''));
  if (archs.includes(image.architecture)) return;
  const typeArch = archs.find((a) => a !== 'i386') ?? archs[0] ?? 'unknown';
  refuse(
    'instance.type.architecture',
    `The architecture '${typeArch}' of the specified instance type does not match the architecture '${image.architecture}' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the architecture of the instance type or AMI.`,
    {
      resources: [...(instanceId ? [instanceId] : []), image.id],
      scope: { kind: 'parameter', to: 'InstanceType' },
      fix: `${type.name} runs ${archs.join('/')} images and ${image.id} is ${image.architecture}: pick a ${image.architecture} instance type${image.architecture === 'arm64' ? ' (a Graviton type such as t4g.micro)' : ' (such as t3.micro)'}, or an ${typeArch} AMI.`,
    },
  );
}
