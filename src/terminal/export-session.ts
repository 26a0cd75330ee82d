/** "Export as a shell script": the store's session log → `aws` commands (src/cli/script.ts) → a download. */
import { ACTION_LIST } from '../engine';
import { sessionScript } from '../cli/script';
import { downloadText } from '../share/files';
import type { SessionLog } from '../store/world-slice';

const READS = new Set(ACTION_LIST.filter((a) => a.read).map((a) => a.type));

function sessionScriptOf(log: SessionLog | null): string {
  return sessionScript(
    (log?.entries ?? []).map((e) => ({ action: e.action, ok: e.ok, response: e.response, read: READS.has(e.action.type) })),
  );
}

export function downloadSessionScript(log: SessionLog | null): void {
  downloadText(sessionScriptOf(log), 'ec2-lab-session.sh');
}
