/** The SDK handler is dev-only: no app module may import it, so nothing of it (or of the SDK) reaches the bundle. */
import { describe, expect, it } from 'vitest';

const APP = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./**'], { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const SDK = import.meta.glob(['./*.ts', '!./*.test.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const IMPORTS_SDK = /from\s+['"](?:\.\.?\/)+sdk(?:\/[^'"]*)?['"]|from\s+['"]@aws-sdk\/|import\(\s*['"]@aws-sdk\//;

describe('src/sdk stays out of the app', () => {
  it('no app source imports src/sdk or an AWS SDK client', () => {
    expect(Object.keys(APP).length).toBeGreaterThan(100);
    expect(Object.keys(APP).some((f) => f.includes('/sdk/'))).toBe(false);
    expect(Object.entries(APP).filter(([, text]) => IMPORTS_SDK.test(text)).map(([file]) => file)).toEqual([]);
  });

  it('the pattern does catch such imports (in src/sdk itself)', () => {
    expect(IMPORTS_SDK.test(SDK['./services.ts']!)).toBe(true);
    expect(IMPORTS_SDK.test(`import { EngineHandler } from '../sdk';`)).toBe(true);
    expect(IMPORTS_SDK.test(`import { x } from '../../sdk/handler';`)).toBe(true);
  });
});
