import { defineActions } from './registry';

export const INSTANCE_ACTIONS = defineActions([]);
