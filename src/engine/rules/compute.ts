import { ruleTable } from './sections';

/** Rules of the compute family (see ../shared/reference/ec2-rules.md). */
export const COMPUTE_RULES = ruleTable({});
