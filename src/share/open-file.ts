/**
 * Opening a file (button or drop): read and check it, then open a scenario (`.ec2lab.json`) like a link, or start a
 * guided lab made with the lab builder (`.ec2lab-lab.json`) like a `#labdoc=` link. Never throws.
 */
import { readScenarioFile } from './files';
import { openScenarioText, reportOpenError } from './open-scenario';

export type OpenFileResult = { ok: true } | { ok: false; code: string; message: string };

export async function openScenarioFile(file: Blob): Promise<OpenFileResult> {
  const parsed = await readScenarioFile(file);
  if (!parsed.ok) return reportOpenError('file', parsed.code, parsed.message);
  if ('labFile' in parsed) {
    try {
      const [{ decodeLabOffThread }, { startAuthoredLab }] = await Promise.all([
        import('./decode-client'),
        import('../labs-author/open-labdoc'),
      ]);
      const opened = await decodeLabOffThread('lab-file', parsed.labFile);
      if (!opened.ok) return reportOpenError('file', opened.error.code, opened.error.message);
      return await startAuthoredLab(opened, 'file');
    } catch {
      return reportOpenError('file', 'load-failed', 'The lab could not load what it needs to open this file; check the connection and reload.');
    }
  }
  const r = await openScenarioText(parsed.fragment, 'file');
  return r.ok ? { ok: true } : r;
}
