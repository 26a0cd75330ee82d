/**
 * One option's words → its raw value (reference/aws-cli.md (b) "When each applies"): plain words, JSON when the word
 * starts with `[` or `{`, shorthand otherwise; `file://` is refused (the lab has no files). JSON is bounded in depth.
 */
import { paramError } from './errors';
import type { CliOption } from './options';
import { parseShorthand, ShorthandError } from './shorthand';

const MAX_JSON_DEPTH = 32;

function refuseFiles(name: string, word: string): void {
  if (/^(file|fileb):\/\//.test(word)) {
    throw paramError(
      `Error parsing parameter '${name}': Unable to load paramfile ${word}: the lab runs in your browser and can't ` +
        'read files; paste the value instead (JSON or shorthand).',
    );
  }
}

function depthOf(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return max;
}

/** Parses a JSON option value, with the CLI's error wording. */
export function parseJsonValue(name: string, text: string): unknown {
  if (depthOf(text) > MAX_JSON_DEPTH) {
    throw paramError(`Error parsing parameter '${name}': Invalid JSON: nested deeper than ${MAX_JSON_DEPTH} levels\nJSON received: ${text.slice(0, 200)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw paramError(`Error parsing parameter '${name}': Invalid JSON: ${(e as Error).message}\nJSON received: ${text}`);
  }
}

function shorthand(name: string, word: string): unknown {
  try {
    return parseShorthand(word);
  } catch (e) {
    if (e instanceof ShorthandError) throw paramError(`Error parsing parameter '${name}': ${e.message}`);
    throw e;
  }
}

/** A structure option's value: JSON (`{…}`) or shorthand (`a=1,b=2`), with the CLI's error wording. */
export function structure(name: string, word: string): unknown {
  if (word.trimStart().startsWith('{')) return parseJsonValue(name, word);
  // argprocess.py: a word starting with `[` is not shorthand, and JSON for a structure must be an object.
  if (word.trimStart().startsWith('[')) throw paramError(`Error parsing parameter '${name}': Invalid JSON:\n${word}`);
  return shorthand(name, word);
}

function complexList(name: string, words: string[]): unknown {
  const first = words[0] ?? '';
  if (first.trimStart().startsWith('[')) return parseJsonValue(name, first);
  if (first.trimStart().startsWith('{')) {
    return words.map((w) => {
      if (!w.trimStart().startsWith('{')) throw paramError(`Error parsing parameter '${name}': Invalid JSON:\n${w}`);
      return parseJsonValue(name, w);
    });
  }
  return words.map((w) => shorthand(name, w));
}

/** A word given to an option of a sim: action (no model): a number, a boolean, JSON, or the text itself. */
function untypedWord(name: string, word: string): unknown {
  if (/^-?\d+$/.test(word)) return Number(word);
  if (word === 'true' || word === 'false') return word === 'true';
  if (/^\s*[[{]/.test(word)) return parseJsonValue(name, word);
  return word;
}

/** The raw (unconverted) value of an option from the words given to it. */
export function rawValue(option: CliOption, words: string[], flag: boolean): unknown {
  const name = option.name;
  for (const w of words) refuseFiles(name, w);
  switch (option.kind) {
    case 'flag':
      return flag;
    case 'wrapped-bool':
      return words.length ? structure(name, words[0]!) : { Value: flag };
    case 'wrapped-string': {
      const word = words[0]!;
      if (word.trimStart().startsWith('{') || word.includes('=')) return structure(name, word);
      return { Value: word };
    }
    case 'list':
      if (words.length === 1 && words[0]!.trimStart().startsWith('[')) return parseJsonValue(name, words[0]!);
      return words;
    case 'complex':
      return structure(name, words[0]!);
    case 'complex-list':
      return complexList(name, words);
    case 'untyped':
      if (words.length === 0) return flag;
      return words.length === 1 ? untypedWord(name, words[0]!) : words.map((w) => untypedWord(name, w));
    default:
      return words[0];
  }
}
