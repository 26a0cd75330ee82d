import { defineActions } from './registry';

export const BILLING_ACTIONS = defineActions([]);
