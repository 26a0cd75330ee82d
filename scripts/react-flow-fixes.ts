/**
 * A fix to React Flow's own code, applied when the app is built (issue #12, the action-to-paint row of
 * BENCHMARKS.md).
 *
 * React Flow 12 mounts its selection listener only when someone listens for selection changes — meant to. The test
 * is `!!s.onSelectionChangeHandlers`, but that list starts as `[]`, which is truthy: the listener is always mounted.
 * Its store selector walks every node on every store update (each action, each frame of a camera flight) and
 * allocates an entry per node. On the 1,000-resource canvas that was about a tenth of the memory allocated per
 * action, and it brought garbage collections into the frames being measured. The canvas never listens (it has no
 * `onSelectionChange` and does not call `useOnSelectionChange`), so the fixed test leaves it unmounted.
 *
 * The text replaced must be found exactly once: an upgrade of @xyflow/react that changes it fails the build, so the
 * fix is looked at again (dropped if React Flow fixed it) instead of silently no longer applying.
 */
import type { Plugin } from 'vite';

/** React Flow's module this fixes (its ES build), by the end of its path. */
const MODULE = /[\\/]@xyflow[\\/]react[\\/]dist[\\/]esm[\\/]index\.m?js$/;

export const FIXES: readonly { why: string; from: string; to: string }[] = [
  {
    why: 'the selection listener mounted although nothing listens ([] is truthy)',
    from: 'const changeSelector = (s) => !!s.onSelectionChangeHandlers;',
    to: 'const changeSelector = (s) => s.onSelectionChangeHandlers.length > 0;',
  },
];

/** `code` with every fix applied; throws when a fix's text is not there exactly once. */
export function applyFixes(code: string): string {
  let out = code;
  for (const fix of FIXES) {
    const at = out.indexOf(fix.from);
    if (at < 0 || out.indexOf(fix.from, at + 1) >= 0) {
      throw new Error(`react-flow-fixes: "${fix.from}" is not in @xyflow/react exactly once (fix for ${fix.why}); see scripts/react-flow-fixes.ts`);
    }
    out = out.slice(0, at) + fix.to + out.slice(at + fix.from.length);
  }
  return out;
}

/**
 * The build plugin. The dev server pre-bundles dependencies without plugins, so there React Flow runs unfixed: the
 * canvas behaves the same, only slower on large worlds.
 */
export function reactFlowFixes(): Plugin {
  return {
    name: 'ec2-lab:react-flow-fixes',
    apply: 'build',
    transform(code, id) {
      if (!MODULE.test(id.split('?')[0]!)) return null;
      return { code: applyFixes(code), map: null };
    },
  };
}
