import { defineActions } from './registry';

export const SECURITY_GROUP_ACTIONS = defineActions([]);
