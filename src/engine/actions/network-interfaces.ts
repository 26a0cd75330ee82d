import { defineActions } from './registry';

export const NETWORK_INTERFACE_ACTIONS = defineActions([]);
