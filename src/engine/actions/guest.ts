import { defineActions } from './registry';

export const GUEST_ACTIONS = defineActions([]);
