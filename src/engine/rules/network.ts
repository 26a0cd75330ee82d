import { ruleTable } from './sections';

/** Rules of the network family (see ../shared/reference/ec2-rules.md). */
export const NETWORK_RULES = ruleTable({});
