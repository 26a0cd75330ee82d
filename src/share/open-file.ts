/** Opening a `.ec2lab.json` file (button or drop): read and check the file, then open its scenario like a link. */
import { readScenarioFile } from './files';
import { openScenarioText, reportOpenError, type OpenResult } from './open-scenario';

export async function openScenarioFile(file: Blob): Promise<OpenResult> {
  const parsed = await readScenarioFile(file);
  if (!parsed.ok) return reportOpenError('file', parsed.code, parsed.message);
  return openScenarioText(parsed.fragment, 'file');
}
