import { describe as suite, it } from 'vitest';
import { actionTableMarkdown, ruleTableMarkdown } from '../src/engine/action-table';
import { checkReadmeBlock } from './readme-block';

/** README sections generated from the engine's registries, so they never drift (UPDATE_README=1 regenerates). */
suite('README tables', () => {
  it('lists exactly the actions the engine accepts', () => checkReadmeBlock('actions', actionTableMarkdown()));
  it('lists exactly the refusals of the rule catalogue', () => checkReadmeBlock('rules', ruleTableMarkdown()));
});
