/**
 * `.ec2lab.json` files: the same scenario as a share link, for links too long for chat or a QR code, for an LMS
 * upload, or to keep. The file wraps the link's encoded fragment, so a file is validated exactly like a link
 * (size caps, decompression-bomb guard, checksum, migrations, zod, restore) by src/scenario:
 *
 *   { "format": "ec2-lab-file", "version": 1, "title": "…", "savedAt": "2026-…Z", "scenario": "s=1.…" }
 *
 * `title` and `savedAt` are for people looking at the file; the scenario inside is what opens. The file itself is
 * validated at this edge with zod (jitless, see src/scenario/zod-config.ts) before the fragment is decoded.
 */
import { z } from 'zod/mini';
import { LIMITS } from '../scenario/limits';
import { downloadBlob } from '../ui/download';

const FILE_FORMAT = 'ec2-lab-file';
export const FILE_EXTENSION = '.ec2lab.json';
/** A file larger than this is refused before it is read (the largest possible scenario is 256 Ki characters). */
export const MAX_FILE_BYTES = 1024 * 1024;

const fileSchema = z.looseObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(1),
  title: z.optional(z.string()),
  savedAt: z.optional(z.string()),
  scenario: z.string().check(z.maxLength(LIMITS.maxTextLength)),
});

type FileError = { ok: false; code: string; message: string };
/** A scenario file gives its fragment; a guided-lab file (`.ec2lab-lab.json`, made by the lab builder) its text. */
type ParsedFile = { ok: true; fragment: string } | { ok: true; labFile: string } | FileError;

/** The `format` of a lab builder's file (src/labs/authoring/document.ts): recognised here, opened by the builder's code. */
const LAB_FILE_FORMAT = 'ec2-lab-lab';

/** The text of a `.ec2lab.json` file for this fragment (`s=1.…`). */
export function scenarioFileText(fragment: string, title: string, savedAt: string): string {
  const doc: Record<string, unknown> = { format: FILE_FORMAT, version: 1 };
  if (title) doc.title = title;
  doc.savedAt = savedAt;
  doc.scenario = fragment;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name from the title: `classroom-topology.ec2lab.json`, or `ec2-lab.ec2lab.json` without a title. */
export function scenarioFileName(title: string): string {
  return `${fileSlug(title)}${FILE_EXTENSION}`;
}

/** A file name's stem made from a title: lower-case words joined by dashes, `ec2-lab` when nothing is left. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'ec2-lab';
}

/**
 * The scenario fragment inside a file's text. Also accepted: a text file holding just a share link or its
 * fragment. Never throws.
 */
export function parseScenarioFile(text: string): ParsedFile {
  if (text.length > MAX_FILE_BYTES) return tooLarge();
  const trimmed = text.trim();
  if (/^(https?:\/\/\S*#)?s=\d+\.[A-Za-z0-9_-]*$/.test(trimmed)) {
    return { ok: true, fragment: trimmed.slice(trimmed.indexOf('s=')) };
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return { ok: false, code: 'file-not-json', message: 'This file is not an ec2-lab file: it is not JSON.' };
  }
  if ((data as { format?: unknown } | null)?.format === LAB_FILE_FORMAT) return { ok: true, labFile: trimmed };
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const format = (data as { format?: unknown } | null)?.format;
    if (format === FILE_FORMAT) {
      return { ok: false, code: 'file-invalid', message: 'This ec2-lab file is damaged or from a newer version: its scenario could not be found.' };
    }
    return { ok: false, code: 'file-not-ec2lab', message: 'This JSON file is not an ec2-lab file (.ec2lab.json).' };
  }
  return { ok: true, fragment: parsed.data.scenario };
}

function tooLarge(): FileError {
  return { ok: false, code: 'file-too-large', message: `This file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; an ec2-lab file is never that big.` };
}

/** Read a dropped or chosen file (size checked before reading). */
export async function readScenarioFile(file: Blob): Promise<ParsedFile> {
  if (file.size > MAX_FILE_BYTES) return tooLarge();
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, code: 'file-unreadable', message: 'The browser could not read this file.' };
  }
  return parseScenarioFile(text);
}

/** Save a file through the browser's download. */
export function downloadText(text: string, name: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), name);
}

