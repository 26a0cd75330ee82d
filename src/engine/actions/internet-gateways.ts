import { defineActions } from './registry';

export const INTERNET_GATEWAY_ACTIONS = defineActions([]);
