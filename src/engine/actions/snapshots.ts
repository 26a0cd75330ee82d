import { defineActions } from './registry';

export const SNAPSHOT_ACTIONS = defineActions([]);
