import { invalid, missing, type Params } from '../../params';
import { decodeUserData } from '../../user-data';

/** Reading a ModifyInstanceAttribute request: one attribute to change, in any of the forms the API accepts. */

export const ATTRIBUTE_NAMES = [
  'instanceType',
  'kernel',
  'ramdisk',
  'userData',
  'disableApiTermination',
  'instanceInitiatedShutdownBehavior',
  'rootDeviceName',
  'blockDeviceMapping',
  'productCodes',
  'sourceDestCheck',
  'groupSet',
  'ebsOptimized',
  'sriovNetSupport',
  'enaSupport',
  'enclaveOptions',
  'disableApiStop',
] as const;

export type Change =
  | { kind: 'instanceType'; value: string }
  | { kind: 'userData'; value: string }
  | { kind: 'disableApiTermination' | 'disableApiStop' | 'sourceDestCheck' | 'ebsOptimized'; value: boolean }
  | { kind: 'instanceInitiatedShutdownBehavior'; value: string }
  | { kind: 'groupSet'; value: string[] }
  | { kind: 'blockDeviceMapping'; value: { device: string; deleteOnTermination: boolean }[] };

function attributeString(p: Params, name: string): string | undefined {
  const raw = p.value(name);
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  return p.obj(name).str('Value');
}

/** User data in ModifyInstanceAttribute: a base64 string (CLI/SDK on the wire) or raw bytes. */
function userDataValue(p: Params, name: string): string | undefined {
  const raw = p.value(name);
  if (raw === undefined || raw === null) return undefined;
  const value = typeof raw === 'string' ? raw : p.obj(name).value('Value');
  if (typeof value === 'string') return decodeUserData(value, name);
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (Array.isArray(value) && value.every((b) => Number.isInteger(b) && b >= 0 && b < 256)) {
    return new TextDecoder().decode(Uint8Array.from(value as number[]));
  }
  return invalid(`${name}.Value`, value, 'User data must be base64-encoded text.');
}

export function readChanges(p: Params): Change[] {
  const changes: Change[] = [];
  const type = attributeString(p, 'InstanceType');
  if (type !== undefined) changes.push({ kind: 'instanceType', value: type });
  const userData = userDataValue(p, 'UserData');
  if (userData !== undefined) changes.push({ kind: 'userData', value: userData });
  for (const [member, kind] of [
    ['DisableApiTermination', 'disableApiTermination'],
    ['DisableApiStop', 'disableApiStop'],
    ['SourceDestCheck', 'sourceDestCheck'],
    ['EbsOptimized', 'ebsOptimized'],
  ] as const) {
    const v = p.optBool(member);
    if (v !== undefined) changes.push({ kind, value: v });
  }
  const behaviour = attributeString(p, 'InstanceInitiatedShutdownBehavior');
  if (behaviour !== undefined) changes.push({ kind: 'instanceInitiatedShutdownBehavior', value: behaviour });
  const groups = p.optList('Groups');
  if (groups !== undefined) changes.push({ kind: 'groupSet', value: p.optStrList('Groups') ?? [] });
  const mappings = p.optObjList('BlockDeviceMappings');
  if (mappings) {
    changes.push({
      kind: 'blockDeviceMapping',
      value: mappings.map((m) => ({
        device: m.str('DeviceName'),
        deleteOnTermination: m.obj('Ebs').optBool('DeleteOnTermination') ?? false,
      })),
    });
  }
  const attribute = p.optEnum('Attribute', ATTRIBUTE_NAMES);
  if (attribute) {
    const value = p.optStr('Value');
    if (value === undefined) missing('Value');
    switch (attribute) {
      case 'instanceType':
      case 'instanceInitiatedShutdownBehavior':
        changes.push({ kind: attribute, value });
        break;
      case 'userData':
        changes.push({ kind: 'userData', value: decodeUserData(value, 'Value') });
        break;
      case 'disableApiTermination':
      case 'disableApiStop':
      case 'sourceDestCheck':
      case 'ebsOptimized':
        if (value !== 'true' && value !== 'false') invalid('Value', value, 'It must be true or false.');
        changes.push({ kind: attribute, value: value === 'true' });
        break;
      case 'groupSet':
        changes.push({ kind: 'groupSet', value: value.split(',').map((s) => s.trim()).filter(Boolean) });
        break;
      default:
        invalid('Attribute', attribute, 'This attribute cannot be modified in the lab.');
    }
  }
  return changes;
}
