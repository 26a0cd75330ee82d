import { defineActions } from './registry';

export const INSTANCE_TYPE_ACTIONS = defineActions([]);
