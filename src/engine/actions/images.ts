import { defineActions } from './registry';

export const IMAGE_ACTIONS = defineActions([]);
