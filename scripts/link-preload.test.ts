import { describe, expect, it } from 'vitest';
import { filesFor, preloadScript, scriptsOf, type ChunkFacts } from './link-preload';

const chunk = (fileName: string, facadeModuleId: string | null, moduleIds: string[], imports: string[] = []): ChunkFacts => ({
  fileName,
  facadeModuleId,
  moduleIds,
  imports,
});

describe('link-preload', () => {
  const chunks = [
    chunk('assets/main.js', '/src/main.tsx', ['/src/main.tsx'], ['assets/react.js']),
    chunk('assets/react.js', null, ['/node_modules/react/index.js']),
    chunk('assets/engine.js', null, ['/src/engine/index.ts', '/src/engine/apply.ts'], ['assets/rules.js', 'assets/react.js']),
    chunk('assets/rules.js', null, ['/src/engine/rules/storage.ts']),
    chunk('assets/catalogue.js', '/src/labs/catalogue/index.ts', ['/src/labs/catalogue/index.ts'], ['assets/engine.js']),
  ];

  it('takes the chunks of the modules and their static imports, each once, less what the page loads anyway', () => {
    const loaded = new Set(['assets/main.js', 'assets/react.js']);
    expect(filesFor(['/src/labs/catalogue/index.ts', '/src/engine/index.ts'], chunks, loaded)).toEqual([
      'assets/catalogue.js',
      'assets/engine.js',
      'assets/rules.js',
    ]);
  });

  it('fails the build for a module no chunk holds', () => {
    expect(() => filesFor(['/src/gone.ts'], chunks, new Set())).toThrow(/no chunk holds \/src\/gone\.ts/);
  });

  it("reads the scripts index.html loads up front, not the page's other links", () => {
    const html = `<link rel="icon" href="/favicon.svg" /><script src="/theme-boot.js"></script>
      <script type="module" crossorigin src="/assets/main.js"></script><link rel="modulepreload" crossorigin href="/assets/react.js">
      <link rel="stylesheet" href="/assets/main.css">`;
    expect([...scriptsOf(html, '/')]).toEqual(['theme-boot.js', 'assets/main.js', 'assets/react.js']);
  });

  it('adds one modulepreload link per file, only on a matching hash', () => {
    const run = (hash: string) => {
      const links: { rel: string; href: string; crossOrigin: string | null }[] = [];
      const document = {
        createElement: () => ({ rel: '', href: '', crossOrigin: null }),
        head: { append: (link: (typeof links)[number]) => links.push(link) },
      };
      new Function('location', 'document', preloadScript('#lab=', ['/assets/engine.js', '/assets/catalogue.js']))({ hash }, document);
      return links;
    };
    expect(run('#lab=elastic-ip')).toEqual([
      { rel: 'modulepreload', href: '/assets/engine.js', crossOrigin: '' },
      { rel: 'modulepreload', href: '/assets/catalogue.js', crossOrigin: '' },
    ]);
    expect(run('#s=1.abc')).toEqual([]);
    expect(run('')).toEqual([]);
  });
});
