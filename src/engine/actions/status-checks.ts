import { defineActions } from './registry';

export const STATUS_CHECK_ACTIONS = defineActions([]);
