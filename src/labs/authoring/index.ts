/**
 * Authored labs: "Make a lab from this scenario". Goals as data (GoalSpec) compiled to the lab format's goals, the
 * document (AuthoredLab) with its checks, `toLab`, and the link and file forms. Pure: no React, no DOM.
 * See docs/labs.md, "Authoring a lab".
 */
export { COLLECTIONS, collectionDef, propertyDef, readProperty, placementOf, resourcesOf } from './properties';
export type { CollectionDef, PropertyDef, PropertyType, ScopeKey } from './properties';
export { EDITABLE_KINDS, OPERATORS, OPERATORS_FOR, VALUELESS, checkGoalSpec, goalSpecSchema, isActionType } from './goal-spec';
export type { ActionGoalSpec, Condition, GoalScope, GoalSpec, Operator, RefusedGoalSpec, ResourceGoalSpec } from './goal-spec';
export { compileGoal, countMet, describeCondition, describeGoalSpec, matching, namesIn } from './compile-goal';
export { AUTHORED_FORMAT, AUTHORED_LIMITS, AUTHORED_VERSION, checkAuthoredLab, emptyAuthoredLab } from './document';
export type { AuthoredError, AuthoredErrorCode, AuthoredLab, AuthoredStart, AuthoredStep } from './document';
export { authoredLabId, labFromDocument, replayStart, splitSummary, toLab, type StartLayout, type ToLabResult } from './to-lab';
export {
  FILE_SUFFIX,
  LINK_PREFIX,
  MAX_FILE_BYTES,
  authoredLabFile,
  authoredLabFileName,
  decodeAuthoredLab,
  encodeAuthoredLab,
  parseAuthoredLabFile,
  type OpenedLab,
} from './link';
