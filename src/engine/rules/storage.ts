import { ruleTable } from './sections';

/** Rules of the storage family (see ../shared/reference/ec2-rules.md). */
export const STORAGE_RULES = ruleTable({});
