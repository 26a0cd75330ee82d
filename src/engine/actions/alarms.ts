import { defineActions } from './registry';

export const ALARM_ACTIONS = defineActions([]);
