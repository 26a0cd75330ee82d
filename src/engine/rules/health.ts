import { ruleTable } from './sections';

/** Rules of the health family (see ../shared/reference/ec2-rules.md). */
export const HEALTH_RULES = ruleTable({});
