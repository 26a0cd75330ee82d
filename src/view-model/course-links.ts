/** Links from the lab into the course reader (src/panels/course): `#course/<slug>` opens it on that heading. */

/** `Elastic IP address` → `elastic-ip-address`; `Dedicated Hosts [OOS]` → `dedicated-hosts`. */
export function courseSlug(section: string): string {
  return section
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function courseHref(section: string): string {
  return `#course/${courseSlug(section)}`;
}
