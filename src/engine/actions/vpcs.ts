import { defineActions } from './registry';

export const VPC_ACTIONS = defineActions([]);
