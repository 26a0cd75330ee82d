/**
 * A lab link's code from the first moment (issue #12, the lab-link row of BENCHMARKS.md). A page opened on
 * `#lab=<id>` needs the engine, the catalogue, the runner and the lab panel — lazy chunks. The app asks for them as
 * soon as its own code runs (src/app/prefetch-link.ts), but that is only once every first-load chunk has arrived and
 * been evaluated: the two downloads came one after the other. This build plugin writes a tiny classic script that
 * index.html runs (async) while it is still being parsed: on a matching hash it adds a `<link rel="modulepreload">`
 * for each file of that code, so both downloads overlap. Any other page fetches nothing more.
 *
 * Which files: the chunks of every module the given source modules import dynamically, with their static imports,
 * less what index.html loads anyway. A listed module that is not in the build fails it: a rename must not silently
 * drop the preload.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

/** What the plugin reads of a chunk (rolldown's OutputChunk has more). */
export interface ChunkFacts {
  fileName: string;
  facadeModuleId: string | null;
  moduleIds: readonly string[];
  imports: readonly string[];
}

/** The files to fetch for modules `ids`: the chunks holding them and their static imports, less `loaded`, in order. */
export function filesFor(ids: readonly string[], chunks: readonly ChunkFacts[], loaded: ReadonlySet<string>): string[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files: string[] = [];
  const seen = new Set<string>(loaded);
  const visit = (chunk: ChunkFacts) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    files.push(chunk.fileName);
    for (const file of chunk.imports) {
      const next = byFile.get(file);
      if (next) visit(next);
    }
  };
  for (const id of ids) {
    const chunk = chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
    if (!chunk) throw new Error(`link-preload: no chunk holds ${id}`);
    visit(chunk);
  }
  return files;
}

/** The scripts an HTML page loads up front (module scripts and modulepreload links), as bundle file names. */
export function scriptsOf(html: string, base: string): Set<string> {
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1] ?? (/\brel="modulepreload"/.test(tag) ? /\bhref="([^"]+)"/.exec(tag)?.[1] : undefined);
    if (src?.startsWith(base)) files.add(src.slice(base.length));
  }
  return files;
}

/** The classic script: on a hash starting with `prefix`, one modulepreload link per URL (as index.html's, crossorigin). */
export function preloadScript(prefix: string, urls: readonly string[]): string {
  return `// ${prefix}… links: fetch the code they need while the page loads (scripts/link-preload.ts)
if (location.hash.startsWith(${JSON.stringify(prefix)})) {
  for (const href of ${JSON.stringify(urls)}) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}
`;
}

/** `modules` (paths from the project root): their dynamic imports are what a `prefix` link (`#lab=`) preloads. */
export function linkPreload(prefix: string, modules: readonly string[]): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'ec2-lab:link-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') return this.error('link-preload: no index.html in the bundle');
      const ids = modules.flatMap((m) => {
        const info = this.getModuleInfo(path.resolve(root, m));
        if (!info) return this.error(`link-preload: ${m} is not in the build`);
        return info.dynamicallyImportedIds;
      });
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      const files = filesFor(ids, chunks, scriptsOf(html.source, base));
      const ref = this.emitFile({ type: 'asset', name: 'link-preload.js', source: preloadScript(prefix, files.map((f) => base + f)) });
      const tag = `<script async src="${base}${this.getFileName(ref)}"></script>`;
      const at = html.source.indexOf('<script');
      if (at < 0) return this.error('link-preload: index.html has no <script>');
      html.source = `${html.source.slice(0, at)}${tag}\n    ${html.source.slice(at)}`;
    },
  };
}
