/**
 * zod without JIT, for the whole app, imported first by main.tsx. zod compiles object parsers with `new Function`
 * unless `jitless` is set before a schema is built; the Content-Security-Policy (index.html) has no 'unsafe-eval',
 * and even zod's probe for eval would be reported as a CSP violation.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
