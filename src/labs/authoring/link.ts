/**
 * An authored lab as a link (`#labdoc=1.<payload>`) or a file (`.ec2lab-lab.json`). The link reuses the scenario
 * envelope (src/scenario/envelope.ts): deflate-raw + base64url + checksum, inflated with a bomb cap. Opening never
 * throws: every refusal is `{ ok: false, error: { code, message } }` with one sentence. Pure.
 */
import type { World } from '../../engine';
import { seal, unseal } from '../../scenario/envelope';
import type { Lab } from '../types';
import { AUTHORED_LIMITS, checkAuthoredLab, type AuthoredError, type AuthoredLab } from './document';
import { toLab, type StartLayout } from './to-lab';

export const LINK_PREFIX = 'labdoc=';
export const FILE_SUFFIX = '.ec2lab-lab.json';
/** Bytes of a lab file this app reads. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type OpenedLab =
  | { ok: true; doc: AuthoredLab; lab: Lab; world: World; refs: Record<string, string>; layout?: StartLayout }
  | { ok: false; error: AuthoredError };

const fail = (code: AuthoredError['code'], message: string): OpenedLab => ({ ok: false, error: { code, message } });

/** The checked document, made runnable. */
function open(value: unknown): OpenedLab {
  const checked = checkAuthoredLab(value);
  if (!checked.ok) return checked;
  const made = toLab(checked.doc);
  if (!made.ok) return made;
  return { ok: true, doc: checked.doc, lab: made.lab, world: made.world, refs: made.refs, ...(made.layout ? { layout: made.layout } : {}) };
}

/**
 * The part of a URL after `#`: `labdoc=1.<payload>`. Throws RangeError when the document is past the limits the
 * decoder enforces (so nothing is shared that cannot be opened); the builder then offers the file instead.
 */
export function encodeAuthoredLab(doc: AuthoredLab): string {
  const checked = checkAuthoredLab(doc);
  if (!checked.ok) throw new RangeError(checked.error.message);
  const json = JSON.stringify(doc);
  if (json.length > AUTHORED_LIMITS.documentChars) {
    throw new RangeError(`The lab is too large to share as a link (${json.length} characters of JSON); save it as a file.`);
  }
  let sealed: string;
  try {
    sealed = seal(json);
  } catch (thrown) {
    throw new RangeError(`The lab is too large to share as a link; save it as a file.`, { cause: thrown });
  }
  return LINK_PREFIX + sealed.slice(sealed.indexOf('=') + 1);
}

const ENVELOPE_MESSAGES: Record<string, string> = {
  'not-a-scenario': 'This is not an EC2 lab link (it should look like "#labdoc=1.…").',
  'bad-version': 'This lab link was packed by a newer version of the app; reload the page to open it.',
  corrupt: 'The lab link is damaged (was it cut short or changed?).',
  'too-large': 'The lab link is too large to open.',
};

/** Open a `labdoc=1.…` fragment (a whole URL, or the fragment with its `#`, is accepted too). Never throws. */
export function decodeAuthoredLab(input: unknown): OpenedLab {
  try {
    if (typeof input !== 'string') return fail('not-a-lab', 'A lab link is text; this is not.');
    let text = input.trim();
    const hash = text.indexOf('#');
    if (hash >= 0) text = text.slice(hash + 1);
    if (!text.startsWith(LINK_PREFIX)) return fail('not-a-lab', ENVELOPE_MESSAGES['not-a-scenario']!);
    const unsealed = unseal(`s=${text.slice(LINK_PREFIX.length)}`);
    if (!unsealed.ok) {
      const code = unsealed.error.code === 'not-a-scenario' ? 'not-a-lab' : unsealed.error.code;
      return fail(code, ENVELOPE_MESSAGES[unsealed.error.code] ?? 'The lab link does not open.');
    }
    let value: unknown;
    try {
      value = JSON.parse(unsealed.json);
    } catch {
      return fail('corrupt', 'The lab link is damaged: its content is not JSON.');
    }
    return open(value);
  } catch (thrown) {
    const detail = thrown instanceof Error ? `: ${thrown.message.slice(0, 120)}` : '';
    return fail('invalid', `The lab link could not be read${detail}.`);
  }
}

/** The file's text: the document as indented JSON. */
export function authoredLabFile(doc: AuthoredLab): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name from the title: `my-lab.ec2lab-lab.json`. */
export function authoredLabFileName(doc: Pick<AuthoredLab, 'title'>): string {
  const slug = doc.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'lab'}${FILE_SUFFIX}`;
}

/** Open the text of a lab file. Never throws. */
export function parseAuthoredLabFile(textOfFile: unknown): OpenedLab {
  try {
    if (typeof textOfFile !== 'string') return fail('not-a-lab', 'A lab file is text; this is not.');
    if (textOfFile.length > MAX_FILE_BYTES) return fail('too-large', `The file is larger than ${MAX_FILE_BYTES / 1024} KiB; a lab file is smaller.`);
    let value: unknown;
    try {
      value = JSON.parse(textOfFile);
    } catch {
      return fail('corrupt', 'The file is not a lab: it is not JSON.');
    }
    return open(value);
  } catch (thrown) {
    const detail = thrown instanceof Error ? `: ${thrown.message.slice(0, 120)}` : '';
    return fail('invalid', `The file could not be read${detail}.`);
  }
}
