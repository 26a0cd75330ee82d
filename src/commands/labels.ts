/**
 * Plain names for engine actions (`ec2:CreateVpc` → "Create VPC"), shared by the palette, toolbar and timeline.
 * An engine action's label is its descriptor's (commands/actions/); the lab's own history entries are named here.
 */
import { descriptorOf } from './actions';
import { plainLabel } from './actions/types';

const LAB_ENTRIES: Record<string, string> = {
  'lab:Undo': 'Undo',
  'lab:Redo': 'Redo',
  'lab:Reset': 'Start again',
};

/** "Create VPC", "Attach network interface", "Launch instances". */
export function actionLabel(type: string): string {
  return descriptorOf(type)?.label ?? LAB_ENTRIES[type] ?? plainLabel(type);
}
