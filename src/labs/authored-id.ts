/**
 * Catalogue labs have plain slug ids; a lab made with the builder has `authored-<hash of its document>`. Tiny on
 * purpose: the store reads it without loading the catalogue or the authoring code.
 */
export const AUTHORED_LAB_PREFIX = 'authored-';

export function isAuthoredLabId(id: string): boolean {
  return id.startsWith(AUTHORED_LAB_PREFIX);
}
