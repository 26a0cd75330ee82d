import { defineActions } from './registry';

export const HOST_ACTIONS = defineActions([]);
