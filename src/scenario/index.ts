/**
 * Scenarios as documents: a lab (world, action log, canvas layout, lab progress, camera) packed into the part of a
 * URL after `#`, and opened back exactly. Pure like the engine. See docs/scenario-format.md.
 */
export { createScenario, scenarioCarries, type CreateScenarioInput } from './create';
export { decodeScenario, encodeScenario } from './codec';
export { currentVersion, MIGRATIONS, type Migration } from './migrations';
export { LIMITS } from './limits';
export type {
  Camera,
  DecodeResult,
  LabState,
  LogStep,
  Position,
  Scenario,
  ScenarioError,
  ScenarioErrorCode,
  ScenarioLayout,
  ScenarioOrigin,
  ScenarioWarning,
  ScenarioWarningCode,
  StepNote,
} from './types';
