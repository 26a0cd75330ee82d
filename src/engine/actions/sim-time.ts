import { defineActions } from './registry';

export const SIM_TIME_ACTIONS = defineActions([]);
