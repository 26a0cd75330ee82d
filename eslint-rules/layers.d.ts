/** Types of eslint-rules/layers.js for the TypeScript tests that import it. */
export declare const LAYERS: readonly (readonly string[])[];
export declare const LAZY_ENTRIES: readonly string[];
export declare function topFolder(srcRoot: string, file: string): string | null;
export declare function layerViolation(from: string, to: string): string | null;
declare const plugin: { rules: Record<string, unknown> };
export default plugin;
