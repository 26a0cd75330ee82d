import { ruleTable } from './sections';

/** Rules of the purchasing family (see ../shared/reference/ec2-rules.md). */
export const PURCHASING_RULES = ruleTable({});
