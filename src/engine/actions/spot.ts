import { defineActions } from './registry';

export const SPOT_ACTIONS = defineActions([]);
