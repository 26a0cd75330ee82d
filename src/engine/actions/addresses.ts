import { defineActions } from './registry';

export const ADDRESS_ACTIONS = defineActions([]);
