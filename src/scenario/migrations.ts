/**
 * Numbered, contiguous migrations of the wire document (tldraw style). Migration `n` turns a document of version
 * `n - 1` into version `n`; the current version is the last migration's, or 1 while there is none. A test checks the
 * numbers are contiguous, and tests/fixtures keep one document of every past version.
 *
 * To change the format: bump nothing by hand, append `{ version: 2, up(doc) { …; return doc } }` here, write a
 * fixture of version 1 (already there), and make the zod schema describe version 2.
 */
import { isObject, type Obj } from './json';

export interface Migration {
  /** The version this migration produces. */
  version: number;
  /** One line on what changed. */
  summary: string;
  /** Upgrade a document of `version - 1` (a fresh copy: it may be changed in place). */
  up: (doc: Obj) => Obj;
}

/** Every migration since version 1, in order. Empty: version 1 is the first and the current one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    summary:
      'Security groups carry their rules (collection securityGroupRules). The wire format is unchanged; a version 1 snapshot gets every rule-less group its default rules when opened (codec.ts).',
    up: (doc) => doc,
  },
  {
    version: 3,
    summary:
      'Log steps may carry the presenter\'s note (n) and a chapter title starting at the step (c). Older documents have neither and open unchanged.',
    up: (doc) => doc,
  },
];

/** Snapshots written before this version hold security groups without their rules. */
export const RULES_SINCE_VERSION = 2;

export const FIRST_VERSION = 1;

export function currentVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.length ? (migrations[migrations.length - 1] as Migration).version : FIRST_VERSION;
}

/** Problems with a migration list: numbers must run FIRST_VERSION + 1, FIRST_VERSION + 2, … with no gap. */
export function migrationGaps(migrations: readonly Migration[] = MIGRATIONS): string[] {
  return migrations.flatMap((m, i) =>
    m.version === FIRST_VERSION + 1 + i ? [] : [`migration #${i} produces version ${m.version}, expected ${FIRST_VERSION + 1 + i}`],
  );
}

type MigrationResult =
  | { ok: true; doc: Obj }
  | { ok: false; code: 'bad-version' | 'invalid'; message: string };

/** Bring a parsed document up to the current version. */
export function migrate(doc: unknown, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  if (!isObject(doc)) return { ok: false, code: 'invalid', message: 'The scenario is not a JSON object.' };
  const version = doc.version;
  const current = currentVersion(migrations);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_VERSION) {
    return { ok: false, code: 'bad-version', message: `The scenario has no valid version number (found ${JSON.stringify(version)?.slice(0, 20)}).` };
  }
  if (version > current) {
    return {
      ok: false,
      code: 'bad-version',
      message: `This scenario was made by a newer version of the lab (document version ${version}; this lab reads up to ${current}). Reload the lab to open it.`,
    };
  }
  let out = doc;
  for (const m of migrations) {
    if (m.version <= version) continue;
    out = m.up(out);
    out.version = m.version;
  }
  return { ok: true, doc: out };
}
