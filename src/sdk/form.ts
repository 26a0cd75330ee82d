/**
 * The body of an AWS Query request (`Action=RunInstances&Version=2016-11-15&InstanceId.1=i-…&Filter.1.Name=…`) as a
 * tree of its dotted keys: `Filter.1.Value.2=x` becomes `Filter → 1 → Value → 2 = x`. Bounded: the body, the number
 * of pairs and the depth of a key are capped, so a hostile body costs little.
 */

const MAX_BODY_CHARS = 1_000_000;
const MAX_PAIRS = 10_000;
const MAX_KEY_DEPTH = 32;

export interface FormNode {
  value?: string;
  children: Map<string, FormNode>;
}

export class FormError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new FormError('MalformedQueryString', `The query string contains a malformed escape: ${text.slice(0, 64)}`);
  }
}

function node(): FormNode {
  return { children: new Map() };
}

/** Parses a form-encoded body into its key tree. Throws FormError on a body AWS would refuse. */
export function parseForm(body: string): FormNode {
  if (body.length > MAX_BODY_CHARS) {
    throw new FormError('RequestEntityTooLarge', `The request body has ${body.length} characters; at most ${MAX_BODY_CHARS} are accepted.`);
  }
  const root = node();
  const pairs = body.split('&').filter((p) => p !== '');
  if (pairs.length > MAX_PAIRS) {
    throw new FormError('RequestEntityTooLarge', `The request has ${pairs.length} parameters; at most ${MAX_PAIRS} are accepted.`);
  }
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const parts = key.split('.');
    if (parts.length > MAX_KEY_DEPTH) {
      throw new FormError('InvalidParameter', `The parameter ${key.slice(0, 64)}… is nested deeper than ${MAX_KEY_DEPTH} levels.`);
    }
    let at = root;
    for (const part of parts) {
      let next = at.children.get(part);
      if (!next) {
        next = node();
        at.children.set(part, next);
      }
      at = next;
    }
    at.value = value;
  }
  return root;
}

/** The plain value of a top-level key (`Action`, `Version`), if given. */
export function topValue(root: FormNode, key: string): string | undefined {
  return root.children.get(key)?.value;
}
