import { defineActions } from './registry';

export const RESERVED_INSTANCE_ACTIONS = defineActions([]);
