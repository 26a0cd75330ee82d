import { defineActions } from './registry';

export const VOLUME_ACTIONS = defineActions([]);
