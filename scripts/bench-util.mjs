/** What the benchmark scripts share: the repository root, the build directory, a median and a size in KB. */
export const root = new URL('..', import.meta.url).pathname;
export const dist = `${root}dist/`;

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
