import { ruleTable } from './sections';

/** Rules about instance type names and the catalogue (see ../shared/reference/ec2-rules.md §J). */
export const CATALOG_RULES = ruleTable({});
