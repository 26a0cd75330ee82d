import { ruleTable } from './sections';

/** Rules of the guest family (see ../shared/reference/ec2-rules.md). */
export const GUEST_RULES = ruleTable({});
