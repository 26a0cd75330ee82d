import { defineActions } from './registry';

export const ROUTE_TABLE_ACTIONS = defineActions([]);
