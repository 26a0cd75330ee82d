import { defineActions } from './registry';

export const SUBNET_ACTIONS = defineActions([]);
