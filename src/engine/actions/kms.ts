import { defineActions } from './registry';

export const KMS_ACTIONS = defineActions([]);
