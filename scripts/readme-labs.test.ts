import { describe as suite, it } from 'vitest';
import { labs } from '../src/labs/catalogue';
import { labTableMarkdown } from '../src/labs-ui/lab-table';
import { checkReadmeBlock } from './readme-block';

/** The README's list of guided labs is generated from the catalogue, so it never drifts (UPDATE_README=1 regenerates). */
suite('README guided labs', () => {
  it('lists exactly the labs of the catalogue, in picker order', () => checkReadmeBlock('labs', labTableMarkdown(labs)));
});
