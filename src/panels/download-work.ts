/**
 * "Download your work" when the autosave cannot save: the lab as a `.ec2lab.json` file (it opens again with Open a
 * file…); if it cannot be packed as a scenario, the world, positions and lens as the autosave's JSON. Loaded lazily.
 */
import { encodeWith, scenarioOfLab } from '../share/build-share';
import { downloadText, scenarioFileName, scenarioFileText } from '../share/files';
import { serializeAutosave } from '../store/persist';
import { useLabStore } from '../store/store';

export async function downloadWork(): Promise<void> {
  const savedAt = new Date().toISOString();
  try {
    const encoded = encodeWith(await scenarioOfLab(), 'My work', '');
    if (encoded.ok) {
      downloadText(scenarioFileText(encoded.fragment, 'My work', savedAt), scenarioFileName('my-work'));
      return;
    }
  } catch {
    // fall through to the plain save
  }
  const s = useLabStore.getState();
  if (!s.world) return;
  downloadText(serializeAutosave({ world: s.world, positions: s.positions, lens: s.lens, savedAt }), 'ec2-lab-work.json');
}
